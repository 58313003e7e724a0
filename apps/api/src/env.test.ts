import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.js";

/** What production needs anyway (env.ts refuses to start without them), so each case tests one thing. */
const PRODUCTION = {
  NODE_ENV: "production",
  SESSION_SECRET: "x".repeat(40),
  PERSONAL_DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64"),
  CPR_LOOKUP_KEY: Buffer.alloc(32, 2).toString("base64"),
};

function envOf(source: NodeJS.ProcessEnv) {
  const result = parseEnv(source);
  if (!result.ok) throw new Error(`expected a valid configuration, got: ${result.message}`);
  return result.env;
}

function problemOf(source: NodeJS.ProcessEnv): string {
  const result = parseEnv(source);
  if (result.ok) throw new Error("expected the configuration to be refused");
  return result.message;
}

describe("a read replica", () => {
  it("is optional, and refused in Danish when DATABASE_READ_URL is not a postgres:// address", () => {
    expect(envOf({}).DATABASE_READ_URL).toBeUndefined();
    expect(envOf({ DATABASE_READ_URL: "postgres://x:y@replika:5432/overblik" }).DATABASE_READ_URL).toBe("postgres://x:y@replika:5432/overblik");
    expect(problemOf({ DATABASE_READ_URL: "replika:5432" })).toMatch(
      /^Ugyldig konfiguration: DATABASE_READ_URL: DATABASE_READ_URL skal begynde med postgres:\/\//,
    );
  });
});

describe("demo data and production", () => {
  it("loads demo data by default in development and test (unchanged)", () => {
    expect(envOf({}).SEED_DEMO_DATA).toBe(true);
    expect(envOf({ NODE_ENV: "development" }).SEED_DEMO_DATA).toBe(true);
    expect(envOf({ NODE_ENV: "test" }).SEED_DEMO_DATA).toBe(true);
    expect(envOf({ NODE_ENV: "development", SEED_DEMO_DATA: "false" }).SEED_DEMO_DATA).toBe(false);
  });

  it("loads no demo data by default in production", () => {
    expect(envOf(PRODUCTION).SEED_DEMO_DATA).toBe(false);
    expect(envOf({ ...PRODUCTION, SEED_DEMO_DATA: "false" }).SEED_DEMO_DATA).toBe(false);
  });

  it("refuses SEED_DEMO_DATA=true in production without the explicit override, in Danish", () => {
    const message = problemOf({ ...PRODUCTION, SEED_DEMO_DATA: "true" });
    expect(message).toMatch(/^Ugyldig konfiguration: SEED_DEMO_DATA=true er ikke tilladt i produktion/);
    expect(message).toContain("ALLOW_DEMO_DATA_IN_PRODUCTION=true");
    // The override alone does not turn demo data on, and a misspelt override is not taken for a yes.
    expect(problemOf({ ...PRODUCTION, SEED_DEMO_DATA: "true", ALLOW_DEMO_DATA_IN_PRODUCTION: "false" })).toBe(message);
    expect(problemOf({ ...PRODUCTION, SEED_DEMO_DATA: "true", ALLOW_DEMO_DATA_IN_PRODUCTION: "ja" })).toMatch(
      /^Ugyldig konfiguration: ALLOW_DEMO_DATA_IN_PRODUCTION: /,
    );
    expect(envOf({ ...PRODUCTION, ALLOW_DEMO_DATA_IN_PRODUCTION: "true" }).SEED_DEMO_DATA).toBe(false);
  });

  it("allows demo data in production only with both SEED_DEMO_DATA=true and ALLOW_DEMO_DATA_IN_PRODUCTION=true", () => {
    const env = envOf({ ...PRODUCTION, SEED_DEMO_DATA: "true", ALLOW_DEMO_DATA_IN_PRODUCTION: "true" });
    expect(env.SEED_DEMO_DATA).toBe(true);
    expect(env.ALLOW_DEMO_DATA_IN_PRODUCTION).toBe(true);
  });

  it("still requires the secrets in production", () => {
    expect(problemOf({ NODE_ENV: "production" })).toBe("Ugyldig konfiguration: SESSION_SECRET skal sættes i produktion (se .env.example).");
  });

  // The compiled entry point (npm start) must stop before it starts anything. DATABASE_URL points at a closed port so
  // that, were the check missing, no embedded PostgreSQL would be started: the start fails fast another way.
  function runMain(extra: NodeJS.ProcessEnv) {
    const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
    return spawnSync(process.execPath, [main], {
      env: { PATH: process.env.PATH, ...PRODUCTION, DATABASE_URL: "postgres://x:y@127.0.0.1:1/x", LOG_LEVEL: "silent", ...extra },
      encoding: "utf8",
      timeout: 60_000,
    });
  }

  it("makes `node apps/api/dist/main.js` exit 1 with the message in production with demo data and no override", () => {
    const run = runMain({ SEED_DEMO_DATA: "true" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("SEED_DEMO_DATA=true er ikke tilladt i produktion");
    expect(run.stdout).toBe("");
  }, 60_000);

  it("warns on stderr at start when the override lets demo data into production", () => {
    const run = runMain({ SEED_DEMO_DATA: "true", ALLOW_DEMO_DATA_IN_PRODUCTION: "true" });
    expect(run.stderr).toContain("ADVARSEL: Demodata er slået til i produktion (ALLOW_DEMO_DATA_IN_PRODUCTION=true)");
    expect(runMain({}).stderr).not.toContain("ADVARSEL");
  }, 60_000);
});
