import { DISTRIBUTED_TABLES, LOCAL_TABLES, migrations, REFERENCE_TABLES } from "@overblik/db";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { freshDatabaseForFile } from "../support/database.js";

// Citus is not installable here (no npm or Debian package): what can be checked is that the migration is a no-op on
// plain PostgreSQL (migrations.test.ts runs it up and down), and here that its frozen lists match distribution.ts,
// come in the order Citus needs, and that docs/scale-out.md names every table where it belongs.

interface CitusLists {
  referenceTables: readonly string[];
  distributedTables: readonly string[];
  localTablesReferencingReferenceTables: readonly string[];
}

const citus = migrations.find((m) => m.name === "CitusDistribution1765550000000") as unknown as CitusLists | undefined;
const lists = (): CitusLists => {
  if (!citus) throw new Error("CitusDistribution1765550000000 is not in migrations/index.ts");
  return citus;
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const fresh = freshDatabaseForFile();

interface ForeignKey {
  child: string;
  parent: string;
}

const foreignKeys = (): Promise<ForeignKey[]> =>
  fresh.dataSource.query(
    `SELECT DISTINCT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint
      WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY 1, 2`,
  );

describe("the Citus migration", () => {
  it("runs after the other migrations of issue #20 and lists exactly distribution.ts's tables, in the same order", () => {
    const names = migrations.map((m) => m.name);
    expect(names.indexOf("CitusDistribution1765550000000")).toBeGreaterThan(names.indexOf("Jobs1765530000000"));
    expect(lists().referenceTables).toEqual([...REFERENCE_TABLES]);
    expect(lists().distributedTables).toEqual([...DISTRIBUTED_TABLES]);
  });

  it("distributes parents before children and makes reference tables in foreign-key order", async () => {
    const keys = await foreignKeys();
    const outOfOrder = [lists().referenceTables, lists().distributedTables].flatMap((list) =>
      keys.filter((k) => k.child !== k.parent && list.includes(k.child) && list.includes(k.parent) && list.indexOf(k.parent) > list.indexOf(k.child)),
    );
    expect(outOfOrder).toEqual([]);
  });

  it("adds to Citus' metadata exactly the local tables with a foreign key to a reference table", async () => {
    const keys = await foreignKeys();
    const local: readonly string[] = LOCAL_TABLES;
    const reference: readonly string[] = REFERENCE_TABLES;
    const referencing = new Set(keys.filter((k) => local.includes(k.child) && reference.includes(k.parent)).map((k) => k.child));
    expect([...lists().localTablesReferencingReferenceTables].sort()).toEqual([...referencing].sort());
    expect(lists().localTablesReferencingReferenceTables.every((t) => local.includes(t))).toBe(true);
  });

  it("has no foreign key Citus refuses: distributed → local, reference → distributed or local", async () => {
    const kind = (table: string) =>
      (DISTRIBUTED_TABLES as readonly string[]).includes(table)
        ? "distributed"
        : (REFERENCE_TABLES as readonly string[]).includes(table)
          ? "reference"
          : "local";
    const refused = (await foreignKeys())
      .map((k) => `${kind(k.child)} ${k.child} → ${kind(k.parent)} ${k.parent}`)
      .filter((s) => /^distributed .* → local |^reference .* → (distributed|local) /.test(s));
    expect(refused).toEqual([]);
  });

  it("does nothing on plain PostgreSQL: it is applied, and no Citus catalogue exists", async () => {
    const applied: Array<{ name: string }> = await fresh.dataSource.query(`SELECT name FROM typeorm_migration WHERE name = 'CitusDistribution1765550000000'`);
    expect(applied).toHaveLength(1);
    const catalogue: Array<{ n: string | null }> = await fresh.dataSource.query(`SELECT to_regclass('pg_dist_partition')::text AS n`);
    expect(catalogue[0]?.n).toBeNull();
  });
});

describe("docs/scale-out.md", () => {
  /** The text from a "### <heading>" to the next heading of level 2 or 3. */
  const section = (heading: string): string => {
    const doc = readFileSync(resolve(ROOT, "docs/scale-out.md"), "utf8");
    const start = doc.indexOf(`\n### ${heading}\n`);
    if (start < 0) throw new Error(`docs/scale-out.md has no "### ${heading}"`);
    const rest = doc.slice(start + heading.length + 6);
    const end = rest.search(/\n##+ /);
    return end < 0 ? rest : rest.slice(0, end);
  };
  const missing = (text: string, tables: readonly string[]) => tables.filter((t) => !text.includes(`\`${t}\``));

  it("names every table of distribution.ts in the section of its kind", () => {
    expect(missing(section("Fordelte tabeller"), DISTRIBUTED_TABLES)).toEqual([]);
    expect(missing(section("Referencetabeller"), REFERENCE_TABLES)).toEqual([]);
    expect(missing(section("Lokale tabeller"), LOCAL_TABLES)).toEqual([]);
  });
});
