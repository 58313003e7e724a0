import "reflect-metadata";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema } from "./schema.js";

/** graphql-js' own scalars: documented by the spec, not by us. */
const BUILT_IN_SCALARS = new Set(["String", "Int", "Float", "Boolean", "ID"]);
/** type-graphql cannot describe the root types; their fields are still checked. */
const TYPES_WITHOUT_DESCRIPTION = new Set(["Query", "Mutation"]);

const missing = (description: string | null | undefined): boolean => !description?.trim();

/** Every type, enum value, field and field argument in the schema that has no description. */
function undocumented(schema: GraphQLSchema): string[] {
  const gaps: string[] = [];
  for (const [name, type] of Object.entries(schema.getTypeMap())) {
    if (name.startsWith("__") || BUILT_IN_SCALARS.has(name)) continue;
    if (!TYPES_WITHOUT_DESCRIPTION.has(name) && missing(type.description)) gaps.push(name);
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (missing(value.description)) gaps.push(`${name}.${value.name}`);
    } else if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (missing(field.description)) gaps.push(`${name}.${field.name}`);
        for (const arg of field.args) if (missing(arg.description)) gaps.push(`${name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (missing(field.description)) gaps.push(`${name}.${field.name}`);
    }
  }
  return gaps.sort();
}

describe("schema documentation", () => {
  it("describes every type, enum value, field and argument (except the Query and Mutation types themselves)", async () => {
    const gaps = undocumented(await createSchema());
    expect(gaps, `${gaps.length} uden beskrivelse`).toEqual([]);
  });
});
