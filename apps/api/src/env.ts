import { z } from "zod";
import { DEFAULT_FAIR_SHARE_COST_PER_MINUTE, MAX_EXPENSIVE_IN_FLIGHT } from "./common/fair-share.js";
import { parseOidcSettings, type OidcSettings } from "./modules/oidc/oidc.config.js";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** 127.0.0.1 by default; 0.0.0.0 to serve other machines on the municipal network. */
    HOST: z.string().default("127.0.0.1"),
    PORTAL_PORT: z.coerce.number().int().min(0).max(65535).default(5173),
    /** postgres://… ; when unset, `npm start` runs an embedded PostgreSQL in DATA_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL skal begynde med postgres:// eller postgresql://")
      .optional(),
    /**
     * Optional: a read replica (a PostgreSQL hot standby of DATABASE_URL) for the styregruppe's read-only screens (the
     * portfolio, a project's dashboard and effect); unset: they read from DATABASE_URL.
     */
    DATABASE_READ_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_READ_URL skal begynde med postgres:// eller postgresql://")
      .optional(),
    DATA_DIR: z.string().default(".data"),
    /** Signs session tokens; at least 32 characters. Generated and kept in DATA_DIR in development. */
    SESSION_SECRET: z.string().min(32, "SESSION_SECRET skal være mindst 32 tegn").optional(),
    /** AES-256-GCM key for names and CPR numbers: 32 bytes, base64. Generated and kept in DATA_DIR in development. */
    PERSONAL_DATA_ENCRYPTION_KEY: z.string().optional(),
    /** HMAC key for CPR lookup: at least 32 bytes, base64. Generated and kept in DATA_DIR in development. */
    CPR_LOOKUP_KEY: z.string().optional(),
    /** How often the access-log retention job runs, in minutes. */
    RETENTION_JOB_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(60 * 24),
    /** "off": this API process takes no background jobs (a separate `npm run worker` then must). */
    JOB_WORKER: z.enum(["on", "off"]).default("on"),
    /** How long a worker's claim on a job holds without a heartbeat; another worker takes the job over after it. */
    JOB_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(30_000),
    /** How often an idle worker looks for a job (a job queued in the same process starts at once). */
    JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    /**
     * Tests only (tests/api/jobs.test.ts, for the worker it kills): a pause inside an import's transaction after its rows
     * are written and before it commits. 0, the default, is off.
     */
    JOB_TEST_PAUSE_MS: z.coerce.number().int().min(0).max(600_000).default(0),
    /** Minutes an account is locked after 5 wrong passwords within 24 hours. */
    LOGIN_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** Login attempts one client (IP address) may make per minute, across all API processes. */
    LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
    /** Cost units of expensive work one user may spend per minute, across all API processes (see README, Sikkerhed). */
    FAIR_SHARE_COST_PER_MINUTE: z.coerce.number().int().min(10).max(10_000_000).default(DEFAULT_FAIR_SHARE_COST_PER_MINUTE),
    /** Expensive operations one user may have running at once in one API process. */
    FAIR_SHARE_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(MAX_EXPENSIVE_IN_FLIGHT),
    SESSION_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(12),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    /**
     * Load the demo data when the database is empty. Its accounts share a password printed in the README (one is a
     * global administrator), so: on by default in development and test, off by default in production.
     */
    SEED_DEMO_DATA: z.enum(["true", "false"]).optional(),
    /** Production refuses SEED_DEMO_DATA=true unless this is "true" too (a demo server); main.ts then warns at start. */
    ALLOW_DEMO_DATA_IN_PRODUCTION: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    /** Single sign-on with OpenID Connect: off unless OIDC_ISSUER_URL is set; checked by modules/oidc/oidc.config.ts. */
    OIDC_ISSUER_URL: z.string().optional(),
    OIDC_CLIENT_ID: z.string().optional(),
    OIDC_CLIENT_SECRET: z.string().optional(),
    OIDC_REDIRECT_URL: z.string().optional(),
    /** Overblik's public address (https://overblik.kommune.dk); OIDC_REDIRECT_URL defaults to it + /auth/oidc/callback. */
    PUBLIC_URL: z.string().optional(),
    OIDC_GROUPS_CLAIM: z.string().optional(),
    OIDC_ROLE_MAPPING: z.string().optional(),
    OIDC_UNKNOWN_USERS: z.string().optional(),
    OIDC_BUTTON_LABEL: z.string().optional(),
    OIDC_SCOPES: z.string().optional(),
    OIDC_MUNICIPALITY: z.string().optional(),
    /** The national benchmark (modules/benchmark): jobindsats.dk's API v3; off (the dashboard says so) without a token. */
    JOBINDSATS_URL: z.string().url("JOBINDSATS_URL skal være en adresse, fx https://api.jobindsats.dk/v3").default("https://api.jobindsats.dk/v3"),
    /** The municipality's token from STAR (jobindsats.dk); never logged and never returned by the API. */
    JOBINDSATS_TOKEN: z.string().optional(),
    /** The installation's accessibility statement on was.digst.dk; GET /was redirects to it. */
    ACCESSIBILITY_STATEMENT_URL: z.string().url("ACCESSIBILITY_STATEMENT_URL skal være en adresse, fx https://www.was.digst.dk/…").optional(),
  })
  .transform(({ SEED_DEMO_DATA, ...rest }) => ({
    ...rest,
    SEED_DEMO_DATA: SEED_DEMO_DATA === undefined ? rest.NODE_ENV !== "production" : SEED_DEMO_DATA === "true",
  }));

export type Env = z.output<typeof schema> & { oidc: OidcSettings | null };

/** The environment checked, or the first problem as a Danish line for the operator: pure, so it can be tested. */
export function parseEnv(source: NodeJS.ProcessEnv): { ok: true; env: Env } | { ok: false; message: string } {
  const result = schema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") ?? "?";
    return { ok: false, message: `Ugyldig konfiguration: ${name}: ${issue?.message ?? "ukendt fejl"}\nSe .env.example.` };
  }
  if (result.data.NODE_ENV === "production") {
    for (const name of ["SESSION_SECRET", "PERSONAL_DATA_ENCRYPTION_KEY", "CPR_LOOKUP_KEY"] as const) {
      if (!result.data[name]) {
        return { ok: false, message: `Ugyldig konfiguration: ${name} skal sættes i produktion (se .env.example).` };
      }
    }
    if (result.data.SEED_DEMO_DATA && !result.data.ALLOW_DEMO_DATA_IN_PRODUCTION) {
      return {
        ok: false,
        message:
          "Ugyldig konfiguration: SEED_DEMO_DATA=true er ikke tilladt i produktion: demodataens konti (også en " +
          "administrator) har adgangskoden fra README. Fjern SEED_DEMO_DATA, eller sæt også " +
          "ALLOW_DEMO_DATA_IN_PRODUCTION=true på en ren demoserver (se .env.example).",
      };
    }
  }
  const oidc = parseOidcSettings(result.data);
  if (!oidc.ok) return oidc;
  return { ok: true, env: { ...result.data, oidc: oidc.settings } };
}

/** Reads and validates the environment once, at start-up; exits with a clear message on the first problem. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = parseEnv(source);
  if (!result.ok) {
    process.stderr.write(`${result.message}\n`);
    process.exit(1);
  }
  return result.env;
}
