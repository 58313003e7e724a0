import { Init1763798400000 } from "./1763798400000-init.js";

/** Every migration, in order. The same list serves the app, the tests and the TypeORM CLI. */
export const migrations = [Init1763798400000];
