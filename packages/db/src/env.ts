/** The only place in packages/db that reads the environment: the TypeORM CLI's data source. */
export function databaseUrlFromEnv(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL mangler. Sæt den til postgres://bruger:kode@vært:port/database for at køre TypeORM's CLI.");
  }
  return url;
}
