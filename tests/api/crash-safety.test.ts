import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApiProcess } from "../support/api-process.js";
import { createSeededDatabase, type TestDatabase } from "../support/database.js";
import type { DataSource } from "typeorm";
import { login } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeBudgetThroughApi, makeProject, makeUser } from "../support/fixtures.js";

/** The API as its own process (the compiled main.js), on a test database, so it can be killed. */
let db: TestDatabase;
let dataSource: DataSource;
let child: ChildProcess | undefined;

beforeAll(async () => {
  ({ db, dataSource } = await createSeededDatabase(undefined, false));
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
    // An approved budget with the line the import books on, built through the API the test will kill.
    const project = await makeProject(dataSource, { startDate: "2012-01-01", endDate: "2013-12-31" });
    const leader = await makeUser(dataSource);
    const styregruppe = await makeUser(dataSource);
    await addMember(dataSource, project.id, leader.id, "LEADER");
    await addMember(dataSource, project.id, styregruppe.id, "STYREGRUPPE");
    const token = await login(url, leader.email, FIXTURE_PASSWORD);
    const amounts = [2012, 2013].map((year) => ({ year, amount: "100000.00" }));
    const budgetId = await makeBudgetThroughApi(
      url,
      project.id,
      [{ side: "EXPENSE", name: "Andre udgifter", amounts }],
      { leader: token, styregruppe: await login(url, styregruppe.email, FIXTURE_PASSWORD) },
      { startYear: 2012, endYear: 2013 },
    );
    const rows = Array.from({ length: 40_000 }, (_, i) => `01-02-2013;K-${i};Honorar;1.000,00;Andre udgifter;`);
    const file = Buffer.from(["Dato;Bilag;Tekst;Beløb;Linje;Antal", ...rows].join("\n"), "utf8").toString("base64");
    const before: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM budget_posting`);

    const request = fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($input: PostingImportInput!) { importPostings(input: $input) { added } }`,
        variables: { input: { budgetId, fileName: "stor.csv", contentBase64: file } },
      }),
    }).catch(() => null);
    // Not a wait for a condition: the moment of the kill, chosen to fall inside the import on this machine; the
    // assertions below hold whichever side of the commit it falls on.
    await new Promise((r) => setTimeout(r, 400));
    child?.kill("SIGKILL");
    await request;
    // The killed API's server process may still be running a statement (it notices the closed connection only
    // afterwards, then rolls back): wait until no other session of this database is busy (the default poll timeout).
    await expect
      .poll(
        async () =>
          (
            await dataSource.query<Array<{ n: number }>>(
              `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
            )
          )[0]?.n,
      )
      .toBe(0);

    const after: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM budget_posting`);
    const imports: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM posting_import`);
    // All or nothing: the import either never committed, or committed whole — never a part of it.
    expect([before[0]?.n, (before[0]?.n ?? 0) + 40_000]).toContain(after[0]?.n);
    expect(imports[0]?.n).toBe(after[0]?.n === before[0]?.n ? 0 : 1);
    process.stdout.write(`Crash: ${after[0]?.n === before[0]?.n ? "importen blev afbrudt og rullet tilbage" : "importen nåede at blive gennemført helt"}\n`);
  }, 60_000);
});
