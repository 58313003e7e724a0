import { CompetenceActivity, CompetencePool, Project } from "@overblik/db";
import { describe, expect, it } from "vitest";
import { freshDatabaseForFile } from "../support/database.js";

const fresh = freshDatabaseForFile();

// 2^53 + 1 øre: a float would read it as 2^53, so only a bigint all the way through gets it back.
const BEYOND_FLOAT = 9_007_199_254_740_993n;

describe("money columns (packages/db's oreTransformer)", () => {
  it("write and read Ore as bigint, exactly, null-safe, and with the database's default", async () => {
    const project = await fresh.dataSource.manager.save(
      fresh.dataSource.manager.create(Project, {
        code: "MONY",
        name: "Pengeprojekt",
        description: "",
        startDate: "2026-01-01",
        endDate: "2026-12-31",
        targetSize: 1,
        status: "ACTIVE",
        funding: "",
      }),
    );
    const pool = await fresh.dataSource.manager.save(
      fresh.dataSource.manager.create(CompetencePool, { projectId: project.id, name: "Pulje", amountOre: BEYOND_FLOAT, description: "" }),
    );
    await fresh.dataSource.manager.insert(CompetenceActivity, {
      projectId: project.id,
      poolId: pool.id,
      name: "Kursus",
      targetGroup: "Teamet",
      plannedCostOre: -12_345n,
      plannedParticipants: 3,
      plannedDate: "2026-03-01",
      status: "PLANNED",
      actualParticipants: null,
      actualCostOre: null,
    });

    const stored: Array<{ amount_ore: string }> = await fresh.dataSource.query(`SELECT amount_ore::text FROM competence_pool WHERE id = $1`, [pool.id]);
    expect(stored).toEqual([{ amount_ore: "9007199254740993" }]);

    const readPool = await fresh.dataSource.manager.findOneByOrFail(CompetencePool, { id: pool.id });
    expect(readPool.amountOre).toBe(BEYOND_FLOAT);
    const readActivity = await fresh.dataSource.manager.findOneByOrFail(CompetenceActivity, { poolId: pool.id });
    expect([readActivity.plannedCostOre, readActivity.actualCostOre]).toEqual([-12_345n, null]);
    // The column's default (50.000 kr.) comes back typed too, from a fresh read and from the insert's RETURNING.
    expect((await fresh.dataSource.manager.findOneByOrFail(Project, { id: project.id })).approvalThresholdOre).toBe(5_000_000n);
    expect(project.approvalThresholdOre).toBe(5_000_000n);

    // A bigint in a where and in an update goes through the same transformer.
    expect((await fresh.dataSource.manager.findBy(CompetencePool, { amountOre: BEYOND_FLOAT })).map((p) => p.id)).toEqual([pool.id]);
    await fresh.dataSource.manager.update(CompetenceActivity, { id: readActivity.id }, { actualCostOre: BEYOND_FLOAT - 1n });
    expect((await fresh.dataSource.manager.findOneByOrFail(CompetenceActivity, { id: readActivity.id })).actualCostOre).toBe(9_007_199_254_740_992n);
  });
});
