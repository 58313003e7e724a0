// The demo data in one transaction, in the order the parts refer to each other: projects, users, budgets, spend,
// participants, the flow and the trial project.
import type { DataSource } from "typeorm";
import { hashPassword } from "../passwords.js";
import { seedDemoBudgets } from "./demo-budgets.js";
import { seedDemoFlow } from "./demo-flow.js";
import { required } from "./demo-keys.js";
import { seedDemoParticipants, seedFlowPlan } from "./demo-participants.js";
import { seedDemoProjects } from "./demo-projects.js";
import { seedDemoTrial } from "./demo-trial.js";
import { DEMO_PASSWORD, seedDemoUsers } from "./demo-users.js";
import { seedIllustrativeSpend } from "./illustrative-spend.js";

export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const rows: Array<{ n: string }> = await dataSource.query(`SELECT count(*) AS n FROM organisation`);
  return rows[0]?.n === "0";
}

/** Loads the demo data in one transaction (all or nothing). Returns false when data were already there. */
export interface DemoDataOptions {
  /** Encrypts the demo's free text about citizens (wishes, recommendations, alerts) with the personal-data key; without it they stay empty. */
  encrypt?: (plain: string) => Buffer;
}

export async function seedDemoData(dataSource: DataSource, options: DemoDataOptions = {}): Promise<boolean> {
  if (!(await isDatabaseEmpty(dataSource))) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const { orgIds, projectIds } = await seedDemoProjects(manager);
    const userIds = await seedDemoUsers(manager, { passwordHash, orgIds, projectIds });
    const { bfaLines, poolId } = await seedDemoBudgets(manager, { projectIds, userIds });
    await seedIllustrativeSpend(manager, { projectId: required(projectIds, "BFA"), lines: bfaLines, poolId, userId: required(userIds, "leder@overblik.demo") });
    await seedDemoParticipants(manager, {
      projectId: required(projectIds, "BFA"),
      code: "BFA",
      tovholderId: required(userIds, "tovholder@overblik.demo"),
      caseworkerId: required(userIds, "sagsbehandler@overblik.demo"),
    });
    await seedFlowPlan(manager, required(projectIds, "BFA"), { lines: bfaLines, teamUserId: required(userIds, "team@overblik.demo") });
    await seedDemoFlow(manager, {
      projectId: required(projectIds, "BFA"),
      lines: bfaLines,
      tovholderId: required(userIds, "tovholder@overblik.demo"),
      leaderId: required(userIds, "leder@overblik.demo"),
      encrypt: options.encrypt,
    });
    await seedDemoTrial(manager, { projectId: required(projectIds, "JF"), code: "JF", userId: required(userIds, "styregruppe@overblik.demo") });
  });
  // Table statistics now rather than when autovacuum gets round to it: without them the planner works from
  // guessed table sizes for the demo's first requests.
  await dataSource.query("ANALYZE");
  return true;
}
