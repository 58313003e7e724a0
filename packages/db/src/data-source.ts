import "reflect-metadata";
import { DataSource, type DataSourceOptions } from "typeorm";
import { entities } from "./entities/index.js";
import { migrations } from "./migrations/index.js";
import { SnakeNamingStrategy } from "./naming-strategy.js";
import { SafeTypeOrmLogger, type DatabaseLogSink } from "./safe-log.js";

export interface DataSourceConfig {
  url: string;
  /** Pool size per process; the API's default suits a 2-core machine. */
  poolSize?: number;
  /**
   * false: nothing (tests that provoke errors on purpose); otherwise failed statements by SQLSTATE, constraint and
   * kind, never their parameters (SafeTypeOrmLogger).
   */
  logging?: boolean;
  /** Where the data source's messages go (the API's pino logger); default one JSON line each on stderr. */
  log?: DatabaseLogSink;
  applicationName?: string;
  /** Called with every SQL statement (tests count statements per request with it). */
  onQuery?: (sql: string) => void;
  /**
   * How long a statement or transaction waits for a free connection before it fails (default 30 s). A pool that stays
   * full that long is starved — or deadlocked by a request that holds one connection and waits for a second while
   * others wait for its locks — and an error that ends the request and frees its locks is better than a request
   * that never answers.
   */
  acquireTimeoutMs?: number;
  /** Every transaction on these connections read-only (`default_transaction_read_only`): a read replica's pool. */
  readOnly?: boolean;
}

const SILENT: DatabaseLogSink = { info: () => {}, warn: () => {}, error: () => {} };

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
    // TypeORM's own loggers print a failed query with its parameters (personal data): ours never does.
    logging: config.logging !== false,
    logger: new SafeTypeOrmLogger(config.logging === false ? SILENT : config.log, config.onQuery),
    applicationName: config.applicationName ?? "overblik",
    extra: {
      max: config.poolSize ?? 10,
      connectionTimeoutMillis: config.acquireTimeoutMs ?? 30_000,
      ...(config.readOnly ? { options: "-c default_transaction_read_only=on" } : {}),
    },
  };
}

export function createDataSource(config: DataSourceConfig): DataSource {
  return new DataSource(dataSourceOptions(config));
}

/**
 * Connects to a read replica (DATABASE_READ_URL): no migrations — a hot standby follows the primary's schema and
 * refuses writes — and every transaction read-only, so a write sent there by mistake fails on any server, also on
 * one that would accept it.
 */
export async function openReadReplica(config: DataSourceConfig): Promise<DataSource> {
  const dataSource = createDataSource({ ...config, readOnly: true, applicationName: config.applicationName ?? "overblik-read" });
  await dataSource.initialize();
  return dataSource;
}

/** Any fixed number: the advisory lock that lets one process at a time run the migrations. */
const MIGRATION_LOCK = 7_316_002_013;

/**
 * Connects and brings the schema up to date with the committed migrations. Processes that start together (two
 * API processes, or the first-administrator command beside a starting `npm start`) take turns through a
 * PostgreSQL advisory lock on a connection of its own: without it both saw the same migration pending and the
 * second failed ("column … already exists").
 */
export async function openDatabase(config: DataSourceConfig): Promise<DataSource> {
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  const { default: pg } = await import("pg");
  const lock = new pg.Client({ connectionString: config.url, application_name: `${config.applicationName ?? "overblik"}-migrations` });
  try {
    await lock.connect();
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  } finally {
    // Ending the session releases the lock, also when a migration failed.
    await lock.end().catch(() => undefined);
  }
  return dataSource;
}
