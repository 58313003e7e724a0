// Used by the TypeORM CLI: `typeorm migration:run -d dist/cli-data-source.js` (needs DATABASE_URL).
import { createDataSource } from "./data-source.js";
import { databaseUrlFromEnv } from "./env.js";

export default createDataSource({ url: databaseUrlFromEnv() });
