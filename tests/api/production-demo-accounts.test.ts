// Its subject is the demo data: the demo accounts (seeded before issue #14) must be shut out at a production start.
import { DEMO_PASSWORD, DEMO_USERS } from "@overblik/db";
import type { ChildProcess } from "node:child_process";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiProcess } from "../support/api-process.js";
import { createSeededDatabase, type TestDatabase } from "../support/database.js";

/**
 * An installation that ran in production before issue #14 got the demo accounts (SEED_DEMO_DATA defaulted to true),
 * whose password is in the README. Its next production start must shut them out.
 */
let db: TestDatabase;
let dataSource: DataSource;
let child: ChildProcess | undefined;

beforeAll(async () => {
  ({ db, dataSource } = await createSeededDatabase());
});
afterAll(async () => {
  child?.kill("SIGKILL");
  await dataSource?.destroy();
  await db?.drop();
});

/** The compiled API in production on the test database; resolves with its URL and what it wrote on stderr so far. */
async function startProductionApi(): Promise<{ url: string; stderr: () => string }> {
  const started = await startApiProcess({
    NODE_ENV: "production",
    DATABASE_URL: db.url,
    LOG_LEVEL: "silent",
    SESSION_SECRET: "production-demo-test-secret-0123456789",
    PERSONAL_DATA_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
    CPR_LOOKUP_KEY: Buffer.alloc(32, 4).toString("base64"),
  });
  child = started.child;
  return started;
}

describe("demo accounts in a production database", () => {
  it("are deactivated at a production start without the override, so the README's password opens nothing", async () => {
    const admin = DEMO_USERS.find((u) => u.email === "admin@overblik.demo");
    expect(admin).toBeDefined();
    const { url, stderr } = await startProductionApi();

    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`,
        variables: { email: "admin@overblik.demo", password: DEMO_PASSWORD },
      }),
    });
    const body = (await res.json()) as { data?: { login?: { token?: string } | null } | null; errors?: unknown[] };
    expect(body.data?.login?.token).toBeUndefined();
    expect(body.errors?.length).toBeGreaterThan(0);

    const active: Array<{ email: string }> = await dataSource.query(`SELECT email FROM app_user WHERE active AND email = ANY($1) ORDER BY email`, [
      DEMO_USERS.map((u) => u.email),
    ]);
    expect(active).toEqual([]);
    expect(stderr()).toContain(`ADVARSEL: ${DEMO_USERS.length} demo-konti`);
  }, 60_000);
});
