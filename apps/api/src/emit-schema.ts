// Writes the schema SDL to apps/api/schema.graphql (committed; a test fails when it is out of date).
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { printSchemaSdl } from "./schema-sdl.js";
import { createSchema } from "./schema.js";

const target = fileURLToPath(new URL("../schema.graphql", import.meta.url));
await writeFile(target, printSchemaSdl(await createSchema()));
process.stdout.write(`Skrev ${target}\n`);
