import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiProcess } from "../support/api-process.js";
import { createSeededDatabase, type TestDatabase } from "../support/database.js";
import type { DataSource } from "typeorm";

/** The API as its own process (the compiled main.js), on a test database, so it can be killed. */
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

async function startApi(): Promise<string> {
  const started = await startApiProcess({
    DATABASE_URL: db.url,
    SEED_DEMO_DATA: "false",
    LOG_LEVEL: "error",
    SESSION_SECRET: "crash-test-secret-crash-test-secret-0123",
    PERSONAL_DATA_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
    CPR_LOOKUP_KEY: Buffer.alloc(32, 4).toString("base64"),
  });
  child = started.child;
  return started.url;
}

describe("crash safety", () => {
  it("leaves the database as before when the API is killed in the middle of a large import", async () => {
    const url = await startApi();
    const loginRes = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(input: { email: "leder@overblik.demo", password: "overblik-demo" }) { token } }` }),
    });
    const token = ((await loginRes.json()) as { data: { login: { token: string } } }).data.login.token;
    const budget: Array<{ id: string }> = await dataSource.query(`SELECT b.id FROM budget b JOIN project p ON p.id = b.project_id WHERE p.code = 'BFA'`);
    const rows = Array.from({ length: 40_000 }, (_, i) => `01-02-2013;K-${i};Honorar;1.000,00;Andre udgifter;`);
    const file = Buffer.from(["Dato;Bilag;Tekst;Beløb;Linje;Antal", ...rows].join("\n"), "utf8").toString("base64");
    const before: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM budget_posting`);

    const request = fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($input: PostingImportInput!) { importPostings(input: $input) { added } }`,
        variables: { input: { budgetId: budget[0]?.id, fileName: "stor.csv", contentBase64: file } },
      }),
    }).catch(() => null);
    await new Promise((r) => setTimeout(r, 400));
    child?.kill("SIGKILL");
    await request;
    await new Promise((r) => setTimeout(r, 300));

    const after: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM budget_posting`);
    const imports: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM posting_import`);
    // All or nothing: the import either never committed, or committed whole — never a part of it.
    expect([before[0]?.n, (before[0]?.n ?? 0) + 40_000]).toContain(after[0]?.n);
    expect(imports[0]?.n).toBe(after[0]?.n === before[0]?.n ? 0 : 1);
    process.stdout.write(`Crash: ${after[0]?.n === before[0]?.n ? "importen blev afbrudt og rullet tilbage" : "importen nåede at blive gennemført helt"}\n`);
  }, 60_000);
});
