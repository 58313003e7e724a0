import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { BenchmarkSettings } from "../modules/benchmark/jobindsats.client.js";
import type { JobSettings } from "../modules/jobs/job-settings.js";
import type { OidcSettings } from "../modules/oidc/oidc.config.js";

export interface ServerOptions {
  dataSource: DataSource;
  /** A read replica for the styregruppe's read-only screens (DATABASE_READ_URL, opened with openReadReplica); absent: the primary. */
  readDataSource?: DataSource;
  logger: Logger;
  sessionSecret: string;
  /** AES-256-GCM key (32 bytes) for names and CPR numbers, and the HMAC key (≥ 32 bytes) for CPR lookup. */
  personalDataKeys: { encryptionKey: Buffer; lookupKey: Buffer };
  sessionHours?: number;
  loginLockMinutes?: number;
  /** Login attempts per client (IP address as Express sees it) and minute; default 20. */
  loginAttemptsPerMinute?: number;
  /** Cost units of expensive work one user may spend per minute, across processes (common/fair-share.ts); default 600. */
  fairShareCostPerMinute?: number;
  /** Expensive operations one user may have running at once in this process; default 4. */
  fairShareMaxInFlight?: number;
  /** Production mode: introspection only for developers and administrators. */
  production?: boolean;
  secureCookies?: boolean;
  /** The built portal (apps/portal/dist); served at / with the playground at GET /graphql. */
  portalDist?: string;
  /** Single sign-on with OpenID Connect (env.ts: OIDC_*); null or absent: local accounts only. */
  oidc?: OidcSettings | null;
  /** The national benchmark from jobindsats.dk (modules/benchmark/jobindsats.client.ts); absent: no token configured. */
  benchmark?: BenchmarkSettings;
  /** The installation's accessibility statement (was.digst.dk); GET /was redirects to it, or explains how to set it. */
  accessibilityStatementUrl?: string | null;
  /** Background jobs in this process (modules/jobs): on by default, with a 30 s lease and a 1 s poll; no schedules. */
  jobs?: JobSettings;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Also listen on another port (the portal's), serving the same app. */
  listenAlso(port: number): Promise<number>;
  close(): Promise<void>;
}
