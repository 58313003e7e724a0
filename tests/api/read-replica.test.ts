import { createLogger, startServer, type RunningServer } from "@overblik/api";
import { Milestone, openDatabase, openReadReplica } from "@overblik/db";
import { FlowCompleteMilestoneDocument, SteeringPortfolioDocument } from "@overblik/graphql-client";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, TEST_KEYS } from "../support/api.js";
import { createSeededDatabase, createTestDatabase, type TestDatabase } from "../support/database.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";

/**
 * DATABASE_READ_URL: the API with a second database as its read replica, opened as main.ts opens it (openReadReplica:
 * read-only connections, so the screens that read there are shown to write nothing). The replica starts as a copy of
 * the primary (a standby that has caught up) and is then given other names than the primary has — what a standby
 * shows while it is behind — so each answer says which database it came from. In-process rather than the compiled
 * main.js: starting that process took 11 s of this file on a loaded machine; env.test.ts checks DATABASE_READ_URL.
 */
let primary: TestDatabase;
let replica: TestDatabase;
let primaryData: DataSource;
let replicaData: DataSource;
let readReplica: DataSource;
let server: RunningServer | undefined;
let url: string;
let token: string;
let projectId: string;
let milestoneId: string;

beforeAll(async () => {
  const built = await createSeededDatabase(undefined, false);
  primary = built.db;
  const user = await makeUser(built.dataSource, { email: "styregruppe@replika.dk" });
  const project = await makeProject(built.dataSource, { name: "Primærens projekt" });
  await addMember(built.dataSource, project.id, user.id, "STYREGRUPPE");
  const milestone = await built.dataSource.manager.save(
    built.dataSource.manager.create(Milestone, { projectId: project.id, name: "Primærens milepæl", dueDate: "2030-06-30" }),
  );
  projectId = project.id;
  milestoneId = milestone.id;
  // CREATE DATABASE … TEMPLATE needs the primary without connections for the moment of the copy.
  await built.dataSource.destroy();
  replica = await createTestDatabase(primary.name);
  primaryData = await openDatabase({ url: primary.url, poolSize: 4, logging: false });
  replicaData = await openDatabase({ url: replica.url, poolSize: 1, logging: false });
  await replicaData.query(`UPDATE project SET name = 'Replikaens projekt' WHERE id = $1`, [projectId]);
  await replicaData.query(`UPDATE milestone SET name = 'Replikaens milepæl' WHERE id = $1`, [milestoneId]);

  readReplica = await openReadReplica({ url: replica.url, poolSize: 2, logging: false });
  server = await startServer(
    {
      dataSource: primaryData,
      readDataSource: readReplica,
      logger: createLogger("silent"),
      sessionSecret: "read-replica-test-secret-0123456789abc",
      personalDataKeys: TEST_KEYS,
      portalDist: "/nonexistent",
      jobs: { enabled: false },
    },
    0,
  );
  url = server.url;
  // The session is written on the primary, and every request's user and roles are read there.
  token = await login(url, "styregruppe@replika.dk", FIXTURE_PASSWORD);
});
afterAll(async () => {
  await server?.close();
  await readReplica?.destroy();
  await primaryData?.destroy();
  await replicaData?.destroy();
  await replica?.drop();
  await primary?.drop();
});

interface ProjectWithDashboard {
  project: { name: string; dashboard: { milestones: Array<{ name: string; doneDate: string | null }> } };
}
const PROJECT_WITH_DASHBOARD = `query ($id: ID!) { project(id: $id) { name dashboard { milestones { name doneDate } } } }`;
const projectWithDashboard = async () =>
  dataOf(await gql<ProjectWithDashboard, { id: string }>(url, PROJECT_WITH_DASHBOARD, { id: projectId }, { token })).project;

describe("a read replica (DATABASE_READ_URL)", () => {
  it("serves the styregruppe's portfolio and dashboard, while the project itself is read from the primary", async () => {
    const portfolio = dataOf(await gql(url, SteeringPortfolioDocument, { asOf: "2027-01-15" }, { token })).portfolio;
    expect(portfolio.projects.map((p) => p.name)).toEqual(["Replikaens projekt"]);
    // One request, two databases: `project` is the primary's, its dashboard the replica's.
    expect(await projectWithDashboard()).toEqual({ name: "Primærens projekt", dashboard: { milestones: [{ name: "Replikaens milepæl", doneDate: null }] } });
  });

  it("sends a change to the primary; the dashboard shows it once the replica has it", async () => {
    const done = dataOf(await gql(url, FlowCompleteMilestoneDocument, { input: { milestoneId, expectedVersion: 1, doneDate: "2026-12-01" } }, { token }));
    expect(done.completeMilestone.doneDate).toBe("2026-12-01");
    const doneDate = `SELECT done_date::text AS "doneDate" FROM milestone WHERE id = $1`;
    expect(await primaryData.query(doneDate, [milestoneId])).toEqual([{ doneDate: "2026-12-01" }]);
    expect(await replicaData.query(doneDate, [milestoneId])).toEqual([{ doneDate: null }]);
    // Replication lag: the styregruppe's dashboard is as far as the replica is.
    expect((await projectWithDashboard()).dashboard.milestones).toEqual([{ name: "Replikaens milepæl", doneDate: null }]);
    await replicaData.query(`UPDATE milestone SET done_date = '2026-12-01', version = version + 1 WHERE id = $1`, [milestoneId]);
    expect((await projectWithDashboard()).dashboard.milestones).toEqual([{ name: "Replikaens milepæl", doneDate: "2026-12-01" }]);
  });

  it("opens the replica read-only: a write sent there by mistake fails, and nothing changes", async () => {
    await expect(readReplica.query(`UPDATE project SET name = 'skrevet i replikaen' WHERE id = $1`, [projectId])).rejects.toThrow(/read-only transaction/);
    expect(await replicaData.query(`SELECT name FROM project WHERE id = $1`, [projectId])).toEqual([{ name: "Replikaens projekt" }]);
  });
});
