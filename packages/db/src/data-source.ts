import "reflect-metadata";
import { DataSource, type DataSourceOptions, type Logger as TypeOrmLogger } from "typeorm";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { SnakeNamingStrategy } from "./naming-strategy.js";

export interface DataSourceConfig {
  url: string;
  /** Pool size per process; the API's default suits a 2-core machine. */
  poolSize?: number;
  /** true: every statement; false: nothing (tests that provoke errors on purpose); default: errors only. */
  logging?: boolean;
  applicationName?: string;
  /** Called with every SQL statement (tests count statements per request with it). */
  onQuery?: (sql: string) => void;
}

function queryListener(onQuery: (sql: string) => void): TypeOrmLogger {
  return {
    logQuery: (query) => onQuery(query),
    logQueryError: () => {},
    logQuerySlow: () => {},
    logSchemaBuild: () => {},
    logMigration: () => {},
    log: () => {},
  };
}

export function dataSourceOptions(config: DataSourceConfig): DataSourceOptions {
  return {
    type: "postgres",
    url: config.url,
    entities,
    migrations,
    migrationsTableName: "typeorm_migration",
    migrationsTransactionMode: "each",
    namingStrategy: new SnakeNamingStrategy(),
    // Migrations only, everywhere (tests included).
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL ≥ 13: no extension to install.
    uuidExtension: "pgcrypto",
    installExtensions: false,
    logging: config.logging === false ? false : config.onQuery || config.logging ? ["query", "error"] : ["error"],
    ...(config.onQuery ? { logger: queryListener(config.onQuery) } : {}),
    applicationName: config.applicationName ?? "overblik",
    extra: { max: config.poolSize ?? 10 },
  };
}

export function createDataSource(config: DataSourceConfig): DataSource {
  return new DataSource(dataSourceOptions(config));
}

/** Connects and brings the schema up to date with the committed migrations. */
export async function openDatabase(config: DataSourceConfig): Promise<DataSource> {
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
