import { createDataSource, DEMO_USERS, isDatabaseEmpty, migrations, openDatabase, seedDemoData } from "@overblik/db";
import { describe, expect, it } from "vitest";
import { createTestDatabase, freshDatabaseForFile } from "../support/database.js";

const fresh = freshDatabaseForFile();

describe("migrations", () => {
  it("bring an empty database to exactly the schema the entities describe", async () => {
    const pending = await fresh.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("store money as bigint øre and never as a float type", async () => {
    const money: Array<{ column: string; data_type: string }> = await fresh.dataSource.query(
      `SELECT table_name || '.' || column_name AS column, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name LIKE '%\\_ore' ORDER BY 1`,
    );
    expect(money.length).toBeGreaterThanOrEqual(10);
    expect(money.filter((c) => c.data_type !== "bigint")).toEqual([]);
    expect(money.map((c) => c.column)).toContain("budget_posting.amount_ore");
    const floats: Array<{ column: string }> = await fresh.dataSource.query(
      `SELECT table_name || '.' || column_name AS column FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('real', 'double precision')`,
    );
    expect(floats).toEqual([]);
  });

  it("run once when two processes start together on an empty database", async () => {
    const other = await createTestDatabase();
    const both = await Promise.all([0, 1].map(() => openDatabase({ url: other.url, poolSize: 2, logging: false })));
    try {
      const applied: Array<{ n: number }> = await both[0]!.query(`SELECT count(*)::int AS n FROM typeorm_migration`);
      expect(applied[0]?.n).toBe(migrations.length);
    } finally {
      await Promise.all(both.map((ds) => ds.destroy()));
      await other.drop();
    }
  });

  it("can all be reverted and applied again", async () => {
    for (let i = 0; i < migrations.length; i++) await fresh.dataSource.undoLastMigration();
    const tables: Array<{ n: string }> = await fresh.dataSource.query(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migration'`,
    );
    expect(tables[0]?.n).toBe("0");
    await fresh.dataSource.runMigrations();
    expect(await isDatabaseEmpty(fresh.dataSource)).toBe(true);
  });
});

describe("demo data", () => {
  it("loads once, in one transaction, and not again on the next start", async () => {
    expect(await seedDemoData(fresh.dataSource)).toBe(true);
    expect(await seedDemoData(fresh.dataSource)).toBe(false);
    const users: Array<{ n: string }> = await fresh.dataSource.query(`SELECT count(*) AS n FROM app_user`);
    expect(Number(users[0]?.n)).toBe(DEMO_USERS.length);
  });

  it("spreads its users over Ishøj, Vallensbæk, København and Faxe, with a kommuneadministrator in Ishøj", async () => {
    const rows: Array<{ municipality: string; n: number; municipality_admins: number }> = await fresh.dataSource.query(
      `SELECT m.name AS municipality, count(*)::int AS n, count(*) FILTER (WHERE 'MUNICIPALITY_ADMIN' = ANY(u.global_roles))::int AS municipality_admins
         FROM app_user u JOIN municipality m ON m.code = u.municipality_code GROUP BY m.name ORDER BY m.name`,
    );
    expect(rows).toEqual([
      { municipality: "Faxe", n: 1, municipality_admins: 0 },
      { municipality: "Ishøj", n: 4, municipality_admins: 1 },
      { municipality: "København", n: 1, municipality_admins: 0 },
      { municipality: "Vallensbæk", n: 2, municipality_admins: 0 },
    ]);
  });

  it("sums to the documents' figures in SQL too (1.193 t.kr. on each side; 1.000/500/350/350 t.kr.)", async () => {
    const rows: Array<{ code: string; side: string; year: number; ore: string }> = await fresh.dataSource.query(
      `SELECT p.code, l.side, a.year, sum(a.amount_ore)::text AS ore
         FROM budget_line_amount a JOIN budget_line l ON l.id = a.budget_line_id
         JOIN budget b ON b.id = l.budget_id JOIN project p ON p.id = b.project_id
        GROUP BY p.code, l.side, a.year ORDER BY p.code, l.side DESC, a.year`,
    );
    expect(rows.map((r) => `${r.code} ${r.side} ${r.year} ${r.ore}`)).toEqual([
      "BFA INCOME 2012 119300000",
      "BFA EXPENSE 2012 119300000",
      "KBH EXPENSE 2012 100000000",
      "KBH EXPENSE 2013 50000000",
      "KBH EXPENSE 2014 35000000",
      "KBH EXPENSE 2015 35000000",
    ]);
  });

  it("rolls back completely when loading fails half-way", async () => {
    const other = await createTestDatabase();
    const ds = await openDatabase({ url: other.url, poolSize: 2, logging: false });
    try {
      // A user row that collides with a demo user's e-mail makes the seed fail after the projects are written.
      await ds.query(`INSERT INTO app_user (email, name, password_hash) VALUES ('admin@overblik.demo', 'x', 'x')`);
      await expect(seedDemoData(ds)).rejects.toThrow(/uq_app_user_email|duplicate key/);
      const projects: Array<{ n: string }> = await ds.query(`SELECT count(*) AS n FROM project`);
      expect(projects[0]?.n).toBe("0");
    } finally {
      await ds.destroy();
      await other.drop();
    }
  });

  it("keeps postings append-only in the database itself", async () => {
    await expect(fresh.dataSource.query(`UPDATE budget_posting SET amount_ore = 0`)).rejects.toThrow(/append-only/);
    await expect(fresh.dataSource.query(`DELETE FROM budget_posting`)).rejects.toThrow(/append-only/);
    const rows: Array<{ n: string }> = await fresh.dataSource.query(`SELECT count(*) AS n FROM budget_posting WHERE amount_ore = 0`);
    expect(rows[0]?.n).toBe("0");
  });

  it("gives projects from before municipalities their partner organisations name", async () => {
    const other = await createTestDatabase();
    const ds = await openDatabase({ url: other.url, poolSize: 2, logging: false });
    try {
      const from = migrations.findIndex((m) => m.name === "PeopleAndProjects1765103400000");
      expect(from).toBeGreaterThan(0);
      for (let i = from; i < migrations.length; i++) await ds.undoLastMigration();
      const [project] = await ds.query<[{ id: string }]>(
        `INSERT INTO project (code, name, start_date, end_date, status) VALUES ('OLD', 'Før', '2012-01-01', '2013-01-01', 'ENDED') RETURNING id`,
      );
      for (const [name, municipality] of [
        ["Jobcenter Vallensbæk", "Ishøj og Vallensbæk"],
        ["Et firma", "Udlandet"],
      ]) {
        const [org] = await ds.query<[{ id: string }]>(`INSERT INTO organisation (name, kind, municipality) VALUES ($1, 'ANDEN', $2) RETURNING id`, [
          name,
          municipality,
        ]);
        await ds.query(`INSERT INTO project_organisation (project_id, organisation_id) VALUES ($1, $2)`, [project.id, org.id]);
      }
      await ds.runMigrations();
      const codes: Array<{ code: string }> = await ds.query(`SELECT municipality_code AS code FROM project_municipality WHERE project_id = $1 ORDER BY 1`, [
        project.id,
      ]);
      expect(codes.map((c) => c.code)).toEqual(["183", "187"]);
    } finally {
      await ds.destroy();
      await other.drop();
    }
  });

  it("is used only through migrations: synchronize is off", () => {
    expect(createDataSource({ url: fresh.db.url }).options.synchronize).toBe(false);
  });
});
