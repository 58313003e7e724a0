import { createSchema, printSchemaSdl } from "@overblik/api";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

describe("the committed schema", () => {
  it("apps/api/schema.graphql is what the code builds (run `npm run codegen` when this fails)", async () => {
    const committed = await readFile(new URL("../../apps/api/schema.graphql", import.meta.url), "utf8");
    expect(printSchemaSdl(await createSchema())).toBe(committed);
  });
});
