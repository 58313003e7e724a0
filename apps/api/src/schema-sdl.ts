import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";

const HEADER = "# Genereret af `npm run codegen` fra apps/api/src. Ret ikke i hånden.\n\n";

/** Sorted so the committed file only changes when the schema does. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
