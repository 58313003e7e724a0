import "reflect-metadata";
import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";
import { createSchema } from "./schema.js";

/** Operations anyone may call: logging in is how one becomes someone. */
// loginOptions: the login page asks before anyone is logged in whether "Log ind med din organisation" is offered.
const PUBLIC = new Set(["Mutation.login", "Query.loginOptions"]);

describe("authorization coverage", () => {
  it("puts @Authorized on every query, mutation and field resolver except login", async () => {
    await createSchema();
    const storage = getMetadataStorage();
    const authorized = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
    const operations = [
      ...storage.queries.map((q) => ({ key: `${q.target.name}.${q.methodName}`, name: `Query.${q.schemaName}` })),
      ...storage.mutations.map((m) => ({ key: `${m.target.name}.${m.methodName}`, name: `Mutation.${m.schemaName}` })),
      ...storage.fieldResolvers.map((f) => ({ key: `${f.target.name}.${f.methodName}`, name: `${f.target.name}.${f.methodName}` })),
    ];
    expect(operations.length).toBeGreaterThan(10);
    const open = operations.filter((op) => !authorized.has(op.key) && !PUBLIC.has(op.name)).map((op) => op.name);
    expect(open).toEqual([]);
  });
});
