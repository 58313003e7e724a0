import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, TEST_KEYS, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";

/**
 * Issue #20, item 3: background jobs any process can take. The test API takes no jobs here (jobWorker: false); the
 * workers are `node apps/api/dist/worker.js` processes on the test database with a 1,5 s lease, so one can be killed
 * (kill -9) or frozen (SIGSTOP) in the middle of a job. To be mid-job at a known point, the first worker of each case
 * runs with JOB_TEST_PAUSE_MS: a pause inside the import's transaction after its rows are written and before it
 * commits (OFF unless that variable is set; never set for an API). Its own world on an empty database.
 */
const START = `mutation S($input: StartImportInput!) { startImport(input: $input) { id status } }`;
const PREVIEW = `mutation P($input: StartImportPreviewInput!) { startImportPreview(input: $input) { id } }`;
const JOB = `query J($id: ID!) { importJob(id: $id) { status progress phase addedCount attempts errorCode participants { newCount } } }`;
const HEADER = "Kommune;Køn;Fødselsår;Herkomst;Måneder på ydelse;Matchgruppe;Indskrivningsdato;CPR;Navn";
const ROWS = 40;
const LEASE_MS = "1500";

let api: TestApi;
let projectId: string;
let tovholder: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  api = await startTestApi({ seed: false, jobWorker: false });
  const user = await makeUser(api.dataSource);
  projectId = (await makeProject(api.dataSource, { municipalityCodes: ["183"] })).id;
  await addMember(api.dataSource, projectId, user.id, "TOVHOLDER");
  tovholder = await login(api.url, user.email, FIXTURE_PASSWORD);
}, 30_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await api?.close();
});

/** A job worker process on the test database; resolves once it says it runs. `pauseMs`: the test-only pause. */
async function startWorker(pauseMs = 0): Promise<ChildProcess> {
  const child = spawn(process.execPath, [fileURLToPath(new URL("../../apps/api/dist/worker.js", import.meta.url))], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "test",
      LOG_LEVEL: process.env.JOBS_TEST_LOG ?? "silent",
      DATABASE_URL: api.db.url,
      PERSONAL_DATA_ENCRYPTION_KEY: TEST_KEYS.encryptionKey.toString("base64"),
      CPR_LOOKUP_KEY: TEST_KEYS.lookupKey.toString("base64"),
      SESSION_SECRET: "worker-secret-worker-secret-worker-0123",
      JOB_LEASE_MS: LEASE_MS,
      JOB_POLL_MS: "100",
      ...(pauseMs > 0 ? { JOB_TEST_PAUSE_MS: String(pauseMs) } : {}),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    let out = "";
    if (process.env.JOBS_TEST_LOG) child.stdout?.on("data", (c: Buffer) => process.stderr.write(c));
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("kører")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`worker exited with ${code}: ${out}`)));
  });
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

/** `n` valid participant rows (no CPR numbers), base64 as the API takes them. */
const participants = (n: number) =>
  Buffer.from([HEADER, ...Array.from({ length: n }, () => "Ishøj;K;1980;Dansk oprindelse;18;3;01-09-2026;;")].join("\n")).toString("base64");

async function startImport(contentBase64: string): Promise<string> {
  const res = await gql<{ startImport: { id: string; status: string } }, object>(
    api.url,
    START,
    { input: { kind: "PARTICIPANTS", projectId, fileName: "maalgruppe.csv", contentBase64 } },
    { token: tovholder },
  );
  const job = dataOf(res).startImport;
  expect(job.status).toBe("QUEUED");
  return job.id;
}

interface JobRow {
  status: string;
  progress: number;
  attempts: number;
  locked_by: string | null;
}
const jobRow = async (id: string): Promise<JobRow | undefined> =>
  (await api.dataSource.query<JobRow[]>(`SELECT status, progress, attempts, locked_by FROM job WHERE id = $1`, [id]))[0];
const count = async (sql: string): Promise<number> => (await api.dataSource.query<Array<{ n: number }>>(sql, [projectId]))[0]?.n ?? -1;
/** Worker connections inside a transaction that has done its work and waits (the test-only pause before the commit). */
const inTransaction = () =>
  count(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'overblik-worker' AND state = 'idle in transaction' AND $1::uuid IS NOT NULL`,
  );
const participantCount = () => count(`SELECT count(*)::int AS n FROM participant WHERE project_id = $1`);
const importLogCount = () => count(`SELECT count(*)::int AS n FROM access_log WHERE project_id = $1 AND action = 'IMPORT'`);

describe("background jobs", () => {
  it("a worker killed mid-import: another takes the job over after the lease, and every row is written once", async () => {
    const id = await startImport(participants(ROWS));
    const first = await startWorker(60_000);
    // RUNNING with progress > 0, and the first worker idle in its transaction: rows written, waiting to commit.
    await expect.poll(async () => (await jobRow(id))?.progress).toBe(90);
    await expect.poll(inTransaction).toBe(1);
    const claimed = await jobRow(id);
    expect(claimed).toMatchObject({ status: "RUNNING", attempts: 1 });
    expect(await participantCount()).toBe(0);

    first.kill("SIGKILL");
    await exited(first);
    const second = await startWorker();
    await expect.poll(async () => (await jobRow(id))?.status).toBe("DONE");
    const done = await jobRow(id);
    expect(done?.attempts).toBe(2);
    expect(done?.locked_by).not.toBe(claimed?.locked_by);
    expect(await participantCount()).toBe(ROWS);
    expect(await importLogCount()).toBe(ROWS);
    const seen = dataOf(await gql<{ importJob: { status: string; addedCount: number; attempts: number } }, object>(api.url, JOB, { id }, { token: tovholder }));
    expect(seen.importJob).toMatchObject({ status: "DONE", addedCount: ROWS, attempts: 2 });
    second.kill("SIGTERM");
    await exited(second);
    // Two worker processes start here (each opens the database: about 1 s, several on a loaded machine).
  }, 60_000);

  it("a worker frozen past its lease wakes after the takeover and commits nothing: its transaction rolls back", async () => {
    const before = await participantCount();
    const id = await startImport(participants(5));
    const frozen = await startWorker(1000);
    await expect.poll(async () => (await jobRow(id))?.progress).toBe(90);
    await expect.poll(inTransaction).toBe(1);
    const claimed = await jobRow(id);
    frozen.kill("SIGSTOP");
    // A second worker (it stays for the next case too) takes the job over: its claim commits, and its import waits
    // for the frozen worker's lock on the project.
    await startWorker();
    await expect.poll(async () => (await jobRow(id))?.attempts).toBe(2);
    frozen.kill("SIGCONT");
    await expect.poll(async () => (await jobRow(id))?.status).toBe("DONE");
    expect((await jobRow(id))?.locked_by).not.toBe(claimed?.locked_by);
    expect((await participantCount()) - before).toBe(5);

    // Two workers never run the same job: three previews between them, each claimed once.
    const ids = await Promise.all(
      Array.from(
        { length: 3 },
        async () =>
          dataOf(
            await gql<{ startImportPreview: { id: string } }, object>(
              api.url,
              PREVIEW,
              { input: { kind: "PARTICIPANTS", projectId, fileName: "x.csv", contentBase64: participants(3) } },
              { token: tovholder },
            ),
          ).startImportPreview.id,
      ),
    );
    await expect
      .poll(async () => count(`SELECT count(*)::int AS n FROM job WHERE project_id = $1 AND status = 'DONE' AND payload->>'apply' = 'false'`))
      .toBe(3);
    const attempts = await api.dataSource.query<Array<{ attempts: number }>>(`SELECT attempts FROM job WHERE id = ANY($1)`, [ids]);
    expect(attempts.map((a) => a.attempts)).toEqual([1, 1, 1]);
    const preview = dataOf(await gql<{ importJob: { participants: { newCount: number } } }, object>(api.url, JOB, { id: ids[0] }, { token: tovholder }));
    expect(preview.importJob.participants.newCount).toBe(3);
  }, 60_000);

  it("a FAILED job keeps a code and a Danish message, never the file's text, and drops the file", async () => {
    const karen = "Ishøj;K;1965;Dansk oprindelse;18;3;01-09-2026;010165-1234;Karen Testesen";
    const bad = "Marsby;X;1965;Dansk oprindelse;18;3;01-09-2026;;Karen Testesen";
    const id = await startImport(Buffer.from([HEADER, karen, bad].join("\n")).toString("base64"));
    await expect.poll(async () => (await jobRow(id))?.status).toBe("FAILED");
    const [row] = await api.dataSource.query<Array<{ error_code: string; error_message: string; input: Buffer | null; everything: string }>>(
      `SELECT error_code, error_message, input, row_to_json(job)::text AS everything FROM job WHERE id = $1`,
      [id],
    );
    expect(row?.error_code).toBe("BAD_USER_INPUT");
    expect(row?.error_message).toContain("intet er importeret");
    expect(row?.input).toBeNull();
    for (const secret of ["010165", "Karen", "Testesen", "Marsby"]) expect(row?.everything).not.toContain(secret);
  }, 30_000);
});
