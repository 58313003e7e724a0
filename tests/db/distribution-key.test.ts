import { DISTRIBUTED_TABLES, DISTRIBUTION_KEY, LOCAL_TABLES, REFERENCE_TABLES, migrations } from "@overblik/db";
import { describe, expect, it } from "vitest";
import { createSeededDatabase, freshDatabaseForFile } from "../support/database.js";

/** The distribution key (#20, packages/db/src/distribution.ts): what a distributed PostgreSQL needs of the schema. */
const fresh = freshDatabaseForFile();
const distributed = new Set<string>(DISTRIBUTED_TABLES);

interface Constraint {
  table: string;
  name: string;
  kind: "p" | "u" | "f";
  columns: string[];
  referenced: string | null;
  referencedColumns: string[] | null;
}

/** Primary keys, unique constraints and foreign keys of the public schema's tables (partitions left out). */
async function constraints(): Promise<Constraint[]> {
  return fresh.dataSource.query(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, c.contype AS kind,
            ARRAY(SELECT a.attname::text FROM unnest(c.conkey) k JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k ORDER BY a.attname) AS columns,
            c.confrelid::regclass::text AS referenced,
            ARRAY(SELECT a.attname::text FROM unnest(c.confkey) k JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k ORDER BY a.attname) AS "referencedColumns"
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE c.connamespace = 'public'::regnamespace AND c.contype IN ('p', 'u', 'f') AND NOT t.relispartition`,
  );
}

describe("the distribution key", () => {
  it("puts every table in exactly one of the lists: distributed by project, reference or local", async () => {
    const rows: Array<{ name: string }> = await fresh.dataSource.query(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition ORDER BY 1`,
    );
    const listed = [...DISTRIBUTED_TABLES, ...REFERENCE_TABLES, ...LOCAL_TABLES];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(rows.map((r) => r.name));
  });

  it("is in the primary key and every unique constraint and unique index of each distributed table", async () => {
    const all = await constraints();
    const keys = all.filter((c) => distributed.has(c.table) && c.kind !== "f");
    expect(
      keys
        .filter((c) => c.kind === "p")
        .map((c) => c.table)
        .sort(),
    ).toEqual([...DISTRIBUTED_TABLES].sort());
    expect(keys.filter((c) => !c.columns.includes(DISTRIBUTION_KEY)).map((c) => c.name)).toEqual([]);
    const indexes: Array<{ table: string; name: string; definition: string }> = await fresh.dataSource.query(
      `SELECT tablename AS table, indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE 'CREATE UNIQUE INDEX%'`,
    );
    const unique = indexes.filter((i) => distributed.has(i.table));
    expect(unique.length).toBeGreaterThan(DISTRIBUTED_TABLES.length);
    expect(unique.filter((i) => !/\(.*\bproject_id\b.*\)/.test(i.definition)).map((i) => i.name)).toEqual([]);
  });

  it("joins every foreign key between distributed tables, and no reference or local table points at a distributed one", async () => {
    const foreign = (await constraints()).filter((c) => c.kind === "f");
    const between = foreign.filter((c) => distributed.has(c.table) && distributed.has(c.referenced ?? ""));
    expect(between.length).toBeGreaterThanOrEqual(20);
    const withoutKey = between.filter((c) => !c.columns.includes(DISTRIBUTION_KEY) || !c.referencedColumns?.includes(DISTRIBUTION_KEY));
    expect(withoutKey.map((c) => c.name)).toEqual([]);
    expect(foreign.filter((c) => !distributed.has(c.table) && distributed.has(c.referenced ?? "")).map((c) => c.name)).toEqual([]);
  });

  it("keeps a child's project its parent's: a row cannot be put under another project's budget", async () => {
    await fresh.dataSource.query(
      `INSERT INTO project (code, name, description, start_date, end_date, target_size, status, funding)
       VALUES ('DK1', 'Et', '', '2026-01-01', '2026-12-31', 1, 'ACTIVE', ''), ('DK2', 'To', '', '2026-01-01', '2026-12-31', 1, 'ACTIVE', '')`,
    );
    const projects: Array<{ id: string }> = await fresh.dataSource.query(`SELECT id FROM project WHERE code IN ('DK1', 'DK2') ORDER BY code`);
    const [budget]: Array<{ id: string }> = await fresh.dataSource.query(
      `INSERT INTO budget (project_id, name, start_year, end_year, status) VALUES ($1, 'B', 2026, 2026, 'DRAFT') RETURNING id`,
      [projects[0]?.id],
    );
    const insertLine = (projectId: string | undefined) =>
      fresh.dataSource.query(`INSERT INTO budget_line (project_id, budget_id, side, name, sort_order) VALUES ($1, $2, 'EXPENSE', 'L', 1)`, [
        projectId,
        budget?.id,
      ]);
    await expect(insertLine(projects[1]?.id)).rejects.toMatchObject({ code: "23503" });
    await expect(insertLine(projects[0]?.id)).resolves.toBeDefined();
  });
});

describe("the migration to the distribution key", () => {
  it("moves existing data: each row gets its parent's project, and no row is lost", async () => {
    const { db, dataSource } = await createSeededDatabase();
    try {
      const tables = DISTRIBUTED_TABLES.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(", ");
      const [before]: Array<Record<string, number>> = await dataSource.query(`SELECT ${tables}`);
      expect(before?.budget_posting).toBeGreaterThan(0);
      expect(before?.meeting_attendance).toBeGreaterThan(0);
      // Back to before the distribution key (its down drops the column it added), and forward again.
      const index = migrations.findIndex((m) => m.name === "DistributionKey1765540000000");
      for (let i = migrations.length - 1; i >= index; i--) await dataSource.undoLastMigration();
      const [dropped]: Array<{ n: number }> = await dataSource.query(
        `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'budget_posting' AND column_name = 'project_id'`,
      );
      expect(dropped?.n).toBe(0);
      await dataSource.runMigrations();
      const [after]: Array<Record<string, number>> = await dataSource.query(`SELECT ${tables}`);
      expect(after).toEqual(before);
      const [mismatch]: Array<{ postings: number; attendance: number }> = await dataSource.query(
        `SELECT (SELECT count(*) FROM budget_posting p JOIN budget_line l ON l.id = p.budget_line_id JOIN budget b ON b.id = l.budget_id
                   WHERE p.project_id <> b.project_id)::int AS postings,
                (SELECT count(*) FROM meeting_attendance a JOIN team_meeting m ON m.id = a.meeting_id WHERE a.project_id <> m.project_id)::int AS attendance`,
      );
      expect(mismatch).toEqual({ postings: 0, attendance: 0 });
    } finally {
      await dataSource.destroy();
      await db.drop();
    }
  });
});
