import { createSchema, printSchemaSdl } from "@overblik/api";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

describe("the committed schema", () => {
  it("apps/api/schema.graphql is what the code builds (run `npm run codegen` when this fails)", async () => {
    const committed = await readFile(new URL("../../apps/api/schema.graphql", import.meta.url), "utf8");
    expect(printSchemaSdl(await createSchema())).toBe(committed);
  });
});

describe("the typed documents", () => {
  it("packages/graphql-client/src/generated.ts matches the schema and the documents (run `npm run codegen`)", async () => {
    // @ts-expect-error: a plain .mjs script without type declarations
    const { generate } = (await import("../../packages/graphql-client/codegen.mjs")) as { generate: () => Promise<string> };
    const committed = await readFile(new URL("../../packages/graphql-client/src/generated.ts", import.meta.url), "utf8");
    expect(await generate()).toBe(committed);
  });
});
