import type { Logger as TypeOrmLogger } from "typeorm";

/**
 * What may be logged about an error without personal data. A database error carries the failed query's
 * `parameters` (free text, e-mails, CPR numbers), its `query`, and PostgreSQL's `detail` ("Key (email)=(…)
 * already exists", "Failing row contains (…)"), `where` and often a value in its message ("invalid input syntax
 * for type uuid: »…«"): none of them are kept. What stays: the error's name, the SQLSTATE, the constraint,
 * table and column names, and the stack's frames without the message.
 */
export interface SafeErrorFields {
  type: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  /** Kept for errors that are not the database's (our own code's messages); never for a database error. */
  message?: string;
  stack?: string;
}

interface PgLike {
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  severity?: unknown;
  driverError?: unknown;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** A TypeORM QueryFailedError (it has `driverError`) or pg's own DatabaseError (it has a `severity`). */
export function isDatabaseError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as PgLike;
  return e.driverError !== undefined || (typeof e.code === "string" && SQLSTATE.test(e.code) && e.severity !== undefined);
}

/** The stack's "at …" frames under the error's name: the first line holds the message. */
function framesOnly(name: string, stack: unknown): string | undefined {
  if (typeof stack !== "string") return undefined;
  const frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return [name, ...frames].join("\n");
}

export function safeErrorFields(error: unknown): SafeErrorFields {
  if (typeof error !== "object" || error === null) return { type: typeof error };
  const name = error instanceof Error ? error.name || error.constructor.name : "Object";
  if (!isDatabaseError(error)) {
    const e = error as { message?: unknown; stack?: unknown; code?: unknown };
    return { type: name, ...(text(e.code) ? { code: text(e.code) } : {}), message: text(e.message), stack: text(e.stack) };
  }
  const driver = ((error as PgLike).driverError ?? error) as PgLike;
  const fields: SafeErrorFields = { type: name };
  const code = text(driver.code) ?? text((error as PgLike).code);
  if (code) fields.code = code;
  for (const key of ["constraint", "table", "column"] as const) {
    const value = text(driver[key]);
    if (value) fields[key] = value;
  }
  const stack = framesOnly(name, (error as { stack?: unknown }).stack);
  if (stack) fields.stack = stack;
  return fields;
}

/** "SELECT", "INSERT", "UPDATE", … : the statement's first keyword (WITH … counts as WITH). */
export function statementLabel(query: string): string {
  return /^\s*(?:\/\*.*?\*\/\s*)?([A-Za-z]+)/.exec(query)?.[1]?.toUpperCase() ?? "SQL";
}

/** Where the data source's messages go: pino's logger fits, and so does the default (one JSON line on stderr). */
export interface DatabaseLogSink {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

const toStderr = (level: "warn" | "error") => (fields: object, message: string) =>
  void process.stderr.write(`${JSON.stringify({ level, source: "typeorm", ...fields, msg: message })}\n`);

/**
 * Without a logger of the application's (tests, commands): failures and warnings on stderr; the information lines
 * (each migration as it runs, for every test database) are left out, as TypeORM's "error" logging did.
 */
const stderrSink: DatabaseLogSink = { info: () => undefined, warn: toStderr("warn"), error: toStderr("error") };

/**
 * TypeORM's Logger without query parameters: TypeORM's own loggers print a failed query with `-- PARAMETERS: [...]`
 * (personal data, password hashes). This one logs a failed statement's SQLSTATE, constraint and table and the
 * statement's kind; a slow statement's kind and time. `onQuery` sees each statement's text (placeholders only,
 * never the values) for tests that count statements.
 */
export class SafeTypeOrmLogger implements TypeOrmLogger {
  constructor(
    private readonly sink: DatabaseLogSink = stderrSink,
    private readonly onQuery?: (sql: string) => void,
  ) {}

  logQuery(query: string): void {
    this.onQuery?.(query);
  }

  logQueryError(error: string | Error, query: string): void {
    const { stack: _stack, message: _message, ...fields } = safeErrorFields(error);
    this.sink.warn({ ...fields, operation: statementLabel(query) }, "database statement failed");
  }

  logQuerySlow(time: number, query: string): void {
    this.sink.warn({ operation: statementLabel(query), ms: time }, "slow database statement");
  }

  logSchemaBuild(message: string): void {
    this.sink.info({}, message);
  }

  logMigration(message: string): void {
    this.sink.info({}, message);
  }

  log(level: "log" | "info" | "warn", message: unknown): void {
    // TypeORM's own notices (deprecations, driver warnings): its text, never a query's values.
    if (level === "warn") this.sink.warn({}, String(message));
    else this.sink.info({}, String(message));
  }
}
