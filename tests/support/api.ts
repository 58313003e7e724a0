import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createLogger, startServer, type OidcSettings, type RunningServer, type ServerOptions } from "@overblik/api";
import type { Logger } from "pino";
import { print, type DocumentNode } from "graphql";
import type { DataSource } from "typeorm";
import { createSeededDatabase, TEST_KEYS, type TestDatabase, type TestPool } from "./database.js";

export interface GraphQLErrorShape {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
  status: number;
  headers: Headers;
}

export interface TestApi {
  url: string;
  dataSource: DataSource;
  db: TestDatabase;
  server: RunningServer;
  /** Statements run since the last reset (to check that DataLoaders keep a page's cost constant). */
  statements: string[];
  close(): Promise<void>;
}

/** Fixed keys for tests: the database of a test run is thrown away. */
export { TEST_KEYS };

/**
 * Every request of a test comes from 127.0.0.1, and a test file logs in far more than 20 times a minute:
 * the test API allows that many; the rate limit itself is tested with its own low limit.
 */
export const TEST_LOGIN_ATTEMPTS_PER_MINUTE = 10_000;

const JOB_TABLE = /\b(?:FROM|UPDATE|INTO) job\b/;

export async function startTestApi(
  options: {
    portalDist?: string;
    logger?: Logger;
    loginAttemptsPerMinute?: number;
    /** false: an empty database, no demo data. */
    seed?: boolean;
    /** The fair share's budget per user and minute; the production default unless a test must send more. */
    fairShareCostPerMinute?: number;
    /** Single sign-on against a test provider (support/oidc-provider.ts); absent: local accounts only. */
    oidc?: OidcSettings;
    /** A fixed port (the OIDC redirect URL names it before the API starts); a free one if absent. */
    port?: number;
    /** The national benchmark's connector (jobindsats.dk, or a local stand-in); absent: no token configured. */
    benchmark?: ServerOptions["benchmark"];
    /** GET /was redirects here; absent: the page saying it is not configured. */
    accessibilityStatementUrl?: string;
    /** A pool of one with a short wait makes every request that needs a second connection while it holds one fail at once. */
    pool?: TestPool;
    /** false: this API takes no background jobs (tests/api/jobs.test.ts runs its workers as processes). */
    jobWorker?: boolean;
  } = {},
): Promise<TestApi> {
  const statements: string[] = [];
  // The job worker's polls (statements on the job table, about two a second) are not a request's: not counted.
  const { db, dataSource } = await createSeededDatabase((sql) => void (JOB_TABLE.test(sql) || statements.push(sql)), options.seed ?? true, options.pool);
  const server = await startServer(
    {
      dataSource,
      logger: options.logger ?? createLogger("silent"),
      sessionSecret: "test-secret-test-secret-test-secret-0123",
      personalDataKeys: TEST_KEYS,
      portalDist: options.portalDist ?? "/nonexistent",
      loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? TEST_LOGIN_ATTEMPTS_PER_MINUTE,
      fairShareCostPerMinute: options.fairShareCostPerMinute,
      oidc: options.oidc,
      benchmark: options.benchmark,
      accessibilityStatementUrl: options.accessibilityStatementUrl,
      jobs: { enabled: options.jobWorker ?? true },
    },
    options.port ?? 0,
  );
  return {
    url: server.url,
    dataSource,
    db,
    server,
    statements,
    async close() {
      await server.close();
      await dataSource.destroy();
      await db.drop();
    },
  };
}

export async function gql<TData, TVars>(
  url: string,
  document: TypedDocumentNode<TData, TVars> | DocumentNode | string,
  variables?: TVars,
  init: { token?: string; cookie?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = { "content-type": "application/json", ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.cookie) headers.cookie = init.cookie;
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
  });
  const body = (await response.json()) as { data?: TData | null; errors?: GraphQLErrorShape[] };
  return { ...body, status: response.status, headers: response.headers };
}

/** The data of a response that must have no errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  if (!response.data) throw new Error("No data in GraphQL response");
  return response.data;
}

export const DEMO_PASSWORD = "overblik-demo";

export async function login(url: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const { LoginDocument } = await import("@overblik/graphql-client");
  const response = await gql(url, LoginDocument, { input: { email, password } });
  return dataOf(response).login.token;
}
