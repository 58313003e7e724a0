// The access log partitioned by month (issue #20): rows land in their UTC month's partition (or the default one when
// the month has none, moved out by the maintenance), partitions are made ahead idempotently, retention drops exactly
// the months wholly older than the period, rows still cannot be changed, and the extract and the search read across
// partitions. Dates are years ahead so they never meet the partitions the migration made around today.
import { ensureAccessLogPartitions, runAccessLogMaintenance } from "@overblik/api";
import { migrations, openDatabase } from "@overblik/db";
import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { createTestDatabase } from "../support/database.js";
import { FIXTURE_PASSWORD, makeUser } from "../support/fixtures.js";

const SEARCH = `query S($participantId: ID, $userId: ID, $from: String, $to: String) {
  accessLog(participantId: $participantId, userId: $userId, from: $from, to: $to, take: 50) { totalCount items { at purpose participantId } } }`;
const EXTRACT = `query E($participantId: ID!) { participantAccessExtract(participantId: $participantId) { at purpose } }`;

let api: TestApi;
let adminId: string;
let token: string;
const citizen = randomUUID();
const other = randomUUID();

/** Writes one access-log row at `at` (the test's own setup) and says which table it landed in. */
async function logAt(at: string, participantId: string, purpose: string): Promise<string> {
  const rows: Array<{ part: string }> = await api.dataSource.query(
    `INSERT INTO access_log (at, user_id, action, participant_id, purpose, request_id) VALUES ($1, $2, 'READ', $3, $4, 'test')
     RETURNING tableoid::regclass::text AS part`,
    [at, adminId, participantId, purpose],
  );
  return rows[0]?.part ?? "";
}

const monthlyPartitions = async (): Promise<string[]> =>
  (
    await api.dataSource.query<Array<{ name: string }>>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'access_log'::regclass ORDER BY 1`,
    )
  ).map((r) => r.name);

const ensure = (now: string, monthsAhead: number) => api.dataSource.transaction((tx) => ensureAccessLogPartitions(tx, new Date(now), monthsAhead));

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const admin = await makeUser(api.dataSource, { globalRoles: ["ADMIN"] });
  adminId = admin.id;
  token = await login(api.url, admin.email, FIXTURE_PASSWORD);
});
afterAll(() => api?.close());

describe("the access log's monthly partitions", () => {
  it("are made ahead once, even by two processes at once, and rows land in their UTC month", async () => {
    expect(await ensure("2030-01-10T08:00:00Z", 2)).toEqual(["access_log_y2030m01", "access_log_y2030m02", "access_log_y2030m03"]);
    expect(await ensure("2030-01-31T23:00:00Z", 2)).toEqual([]);
    const both = await Promise.all([ensure("2032-05-01T00:00:00Z", 1), ensure("2032-05-20T00:00:00Z", 1)]);
    expect(both.flat().sort()).toEqual(["access_log_y2032m05", "access_log_y2032m06"]);

    expect(await logAt("2030-01-20T10:00:00Z", citizen, "Januar")).toBe("access_log_y2030m01");
    expect(await logAt("2030-01-31T23:59:59.999Z", other, "Sidst i januar")).toBe("access_log_y2030m01");
    expect(await logAt("2030-01-31T23:30:00-01:00", citizen, "Februar")).toBe("access_log_y2030m02");
    expect(await logAt("2030-02-10T10:00:00Z", citizen, "Midt i februar")).toBe("access_log_y2030m02");
  });

  it("catch a row of a month without a partition in the default partition, and the maintenance moves it out", async () => {
    expect(await logAt("2035-06-15T12:00:00Z", other, "Uden måned")).toBe("access_log_default");
    expect(await ensure("2035-01-01T00:00:00Z", 0)).toEqual(["access_log_y2035m01", "access_log_y2035m06"]);
    const rows: Array<{ part: string }> = await api.dataSource.query(`SELECT tableoid::regclass::text AS part FROM access_log WHERE purpose = 'Uden måned'`);
    expect(rows).toEqual([{ part: "access_log_y2035m06" }]);
    const waiting: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log_default`);
    expect(waiting[0]?.n).toBe(0);
  });

  it("still refuse to change or delete a row, in the parent and in a partition", async () => {
    await expect(api.dataSource.query(`UPDATE access_log SET purpose = 'x' WHERE participant_id = $1`, [citizen])).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`DELETE FROM access_log WHERE participant_id = $1`, [citizen])).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`DELETE FROM access_log_y2030m02`)).rejects.toThrow(/append-only/);
    const left: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE participant_id = $1`, [citizen]);
    expect(left[0]?.n).toBe(3);
  });

  it("give the citizen's extract and the administrator's search across two months", async () => {
    const extract = dataOf(
      await gql<{ participantAccessExtract: Array<{ at: string; purpose: string }> }, object>(api.url, EXTRACT, { participantId: citizen }, { token }),
    );
    expect(extract.participantAccessExtract).toEqual([
      { at: "2030-01-20T10:00:00.000Z", purpose: "Januar" },
      { at: "2030-02-01T00:30:00.000Z", purpose: "Februar" },
      { at: "2030-02-10T10:00:00.000Z", purpose: "Midt i februar" },
    ]);
    type Page = { accessLog: { totalCount: number; items: Array<{ at: string; purpose: string; participantId: string }> } };
    const byCitizen = dataOf(await gql<Page, object>(api.url, SEARCH, { participantId: citizen }, { token })).accessLog;
    expect(byCitizen.items.map((i) => i.purpose)).toEqual(["Midt i februar", "Februar", "Januar"]);
    const february = dataOf(await gql<Page, object>(api.url, SEARCH, { userId: adminId, from: "2030-02-01", to: "2030-03-01" }, { token })).accessLog;
    expect(february).toEqual({
      totalCount: 2,
      items: [
        { at: "2030-02-10T10:00:00.000Z", purpose: "Midt i februar", participantId: citizen },
        { at: "2030-02-01T00:30:00.000Z", purpose: "Februar", participantId: citizen },
      ],
    });
  });

  it("retention drops exactly the months wholly older than the period and keeps the rest", async () => {
    await api.dataSource.query(`UPDATE system_setting SET value = '30' WHERE key = 'access_log_retention_days'`);
    // 30 days before 2030-03-15 12:00 is 2030-02-13 12:00: January ends before it, February does not.
    const before = await monthlyPartitions();
    const older: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE at < '2030-02-01T00:00:00Z'`);
    const result = await runAccessLogMaintenance(api.dataSource, new Date("2030-03-15T12:00:00Z"));
    const expectedDropped = before.filter((name) => /^access_log_y\d{4}m\d{2}$/.test(name) && name <= "access_log_y2030m01");
    expect(result.dropped).toEqual(expectedDropped);
    expect(result.dropped).toContain("access_log_y2030m01");
    expect(result.deletedRows).toBe(older[0]?.n);
    expect(result.created).toEqual(["access_log_y2030m04", "access_log_y2030m05", "access_log_y2030m06"]);
    expect(await monthlyPartitions()).toEqual([...before.filter((name) => !expectedDropped.includes(name)), ...result.created].sort());
    const kept: Array<{ purpose: string }> = await api.dataSource.query(`SELECT purpose FROM access_log WHERE participant_id = $1 ORDER BY at`, [citizen]);
    expect(kept.map((r) => r.purpose)).toEqual(["Februar", "Midt i februar"]);
    const again = await runAccessLogMaintenance(api.dataSource, new Date("2030-03-15T12:00:00Z"));
    expect(again).toEqual({ created: [], dropped: [], deletedRows: 0 });
  });
});

describe("the partitioning migration", () => {
  type Row = { id: string; part: string };
  const rowsOf = (ds: DataSource): Promise<Row[]> => ds.query(`SELECT id::text AS id, tableoid::regclass::text AS part FROM access_log ORDER BY id`);
  const insert = (ds: DataSource, at: string): Promise<Array<{ id: string }>> =>
    ds.query(`INSERT INTO access_log (at, user_id, action, purpose, request_id) VALUES ($1, $2, 'READ', 'Migreret', 'test') RETURNING id::text AS id`, [
      at,
      randomUUID(),
    ]);

  it("moves existing rows into their months and back, and ids keep rising both ways", async () => {
    const db = await createTestDatabase(inject("databaseTemplates").empty);
    const ds = await openDatabase({ url: db.url, poolSize: 2, logging: false });
    try {
      const index = migrations.findIndex((m) => m.name === "AccessLogPartitions1765520000000");
      for (let i = index; i < migrations.length; i++) await ds.undoLastMigration();
      for (const at of ["2029-11-05T10:00:00Z", "2029-12-31T23:59:59Z", "2029-11-30T23:00:00-02:00"]) await insert(ds, at);
      const flat = await rowsOf(ds);
      expect(flat.map((r) => r.part)).toEqual(["access_log", "access_log", "access_log"]);
      await ds.runMigrations();
      expect(await rowsOf(ds)).toEqual([
        { id: flat[0]?.id, part: "access_log_y2029m11" },
        { id: flat[1]?.id, part: "access_log_y2029m12" },
        { id: flat[2]?.id, part: "access_log_y2029m12" },
      ]);
      const [next] = await insert(ds, "2029-11-06T00:00:00Z");
      expect(BigInt(next?.id ?? 0)).toBeGreaterThan(BigInt(flat[2]?.id ?? 0));
      for (let i = index; i < migrations.length; i++) await ds.undoLastMigration();
      const back = await rowsOf(ds);
      expect(back).toEqual([...flat, { id: next?.id, part: "access_log" }]);
      const [after] = await insert(ds, "2029-11-07T00:00:00Z");
      expect(BigInt(after?.id ?? 0)).toBeGreaterThan(BigInt(next?.id ?? 0));
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
