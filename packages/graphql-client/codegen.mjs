// Generates src/generated.ts (typed documents) from apps/api/schema.graphql and src/documents/*.graphql.
// Uses @graphql-codegen/core directly: the CLI's network loaders are not needed for local files.
import { codegen } from "@graphql-codegen/core";
import * as typedDocumentNode from "@graphql-codegen/typed-document-node";
import * as typescriptOperations from "@graphql-codegen/typescript-operations";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { buildSchema, parse } from "graphql";

const here = new URL(".", import.meta.url);

/** The text of src/generated.ts for the committed schema and documents. */
export async function generate() {
  const schemaSource = await readFile(new URL("../../apps/api/schema.graphql", here), "utf8");
  const schema = buildSchema(schemaSource);
  const docDir = new URL("src/documents/", here);
  const files = (await readdir(docDir)).filter((f) => f.endsWith(".graphql")).sort();
  const documents = await Promise.all(files.map(async (f) => ({ location: f, document: parse(await readFile(new URL(f, docDir), "utf8")) })));

  const config = {
    scalars: { Money: "string", ID: "string" },
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: true },
    maybeValue: "T | null",
    dedupeFragments: true,
  };

  const output = await codegen({
    filename: "src/generated.ts",
    schema: parse(schemaSource),
    schemaAst: schema,
    documents,
    config,
    plugins: [{ typescriptOperations: {} }, { typedDocumentNode: {} }],
    pluginMap: { typescriptOperations, typedDocumentNode },
  });

  return `/* Genereret af npm run codegen. Ret ikke i hånden. */\n/* eslint-disable */\n${output}`;
}

if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url) {
  await writeFile(new URL("src/generated.ts", here), await generate());
  process.stdout.write("Skrev src/generated.ts\n");
}
