import { ProjectsDocument } from "@overblik/graphql-client";
import { CompetencePool, Organisation, ProjectOrganisation } from "@overblik/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { addMember, makeBudgetThroughApi, makeProject } from "../support/fixtures.js";
import { makeLoggedInUser } from "../support/fixtures-api-a.js";

let api: TestApi;
let leader: string;
let admin: string;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  // Four projects, each with an organisation, a competence pool and an approved budget of two lines; the leader
  // has two of them, the administrator sees all four.
  const styregruppe = await makeLoggedInUser(api);
  const leaderUser = await makeLoggedInUser(api);
  const otherLeader = await makeLoggedInUser(api);
  leader = leaderUser.token;
  admin = (await makeLoggedInUser(api, { globalRoles: ["ADMIN"] })).token;
  for (const [i, code] of ["ALFA", "BETA", "GAMMA", "DELTA"].entries()) {
    const project = await makeProject(api.dataSource, { code, startDate: "2026-01-01", endDate: "2027-12-31" });
    const organisation = await api.dataSource.manager.save(
      api.dataSource.manager.create(Organisation, { name: `Jobcenter ${code}`, kind: "JOBCENTER", municipality: "Ishøj" }),
    );
    await api.dataSource.manager.insert(ProjectOrganisation, { projectId: project.id, organisationId: organisation.id });
    await api.dataSource.manager.insert(CompetencePool, { projectId: project.id, name: "Kompetenceudvikling", amountOre: 18_500_000n });
    // The leader of the test leads the first two; another leader the last two.
    const projectLeader = i < 2 ? leaderUser : otherLeader;
    await addMember(api.dataSource, project.id, projectLeader.user.id, "LEADER");
    await addMember(api.dataSource, project.id, styregruppe.user.id, "STYREGRUPPE");
    const amounts = [2026, 2027].map((year) => ({ year, amount: "10000.00" }));
    const lines = [
      { side: "INCOME" as const, name: "Tilskud", amounts },
      { side: "EXPENSE" as const, name: "Mentor", amounts },
    ];
    await makeBudgetThroughApi(api.url, project.id, lines, { leader: projectLeader.token, styregruppe: styregruppe.token }, { startYear: 2026, endYear: 2027 });
  }
});
afterAll(() => api?.close());

describe("cost of a page", () => {
  it("costs a constant number of SQL statements whatever the number of projects (DataLoaders)", async () => {
    const query = `{ projects { items { code organisations { name } competencePools { amount }
                       budgets { lines { name amounts { amount } } totals { income } } } } }`;
    const count = async (token: string) => {
      api.statements.length = 0;
      const data = dataOf(await gql<{ projects: { items: unknown[] } }, object>(api.url, query, {}, { token }));
      return { projects: data.projects.items.length, statements: api.statements.length };
    };
    // The leader's list of projects is the one the fixture gave them.
    expect(
      dataOf(await gql(api.url, ProjectsDocument, {}, { token: leader }))
        .projects.items.map((p) => p.code)
        .sort(),
    ).toEqual(["ALFA", "BETA"]);
    const small = await count(leader);
    const large = await count(admin);
    expect(small.projects).toBe(2);
    expect(large.projects).toBe(4);
    expect(large.statements).toBe(small.statements);
  });
});
