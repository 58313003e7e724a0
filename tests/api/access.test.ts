import type { ProjectRole } from "@overblik/domain";
import { ProjectBudgetDocument, ProjectsDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeProject } from "../support/fixtures.js";
import { makeLoggedInUser } from "../support/fixtures-api-a.js";

let api: TestApi;
const ids = new Map<string, string>();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  // Four projects; each user's roles below are what the expectations of the tests state.
  for (const code of ["ALFA", "BETA", "GAMMA", "DELTA"]) ids.set(code, (await makeProject(api.dataSource, { code })).id);
  const roles = {
    leader: [
      ["ALFA", "LEADER"],
      ["DELTA", "LEADER"],
    ],
    tovholder: [["ALFA", "TOVHOLDER"]],
    styregruppe: ["ALFA", "BETA", "GAMMA", "DELTA"].map((code) => [code, "STYREGRUPPE"]),
    developer: [["ALFA", "STYREGRUPPE"]],
    caseworker: [["ALFA", "CASEWORKER"]],
    otherCaseworker: [["BETA", "CASEWORKER"]],
  } as const;
  const names: Record<string, string> = { caseworker: "Sara Sagsbehandler", otherCaseworker: "Bo Sagsbehandler" };
  for (const [who, list] of Object.entries(roles)) {
    tokens[who] = (await makeLoggedInUser(api, { name: names[who], roles: list.map(([code, role]) => [id(code), role as ProjectRole]) })).token;
  }
  tokens.admin = (await makeLoggedInUser(api, { globalRoles: ["ADMIN"] })).token;
});
afterAll(() => api?.close());

const id = (code: string) => ids.get(code) ?? "missing";

describe("project scope", () => {
  it("lists only the projects a user has a role in; all for ADMIN", async () => {
    const cases: Array<[string, string[]]> = [
      ["leader", ["ALFA", "DELTA"]],
      ["tovholder", ["ALFA"]],
      ["styregruppe", ["ALFA", "BETA", "DELTA", "GAMMA"]],
      ["admin", ["ALFA", "BETA", "DELTA", "GAMMA"]],
    ];
    for (const [who, codes] of cases) {
      const { projects } = dataOf(await gql(api.url, ProjectsDocument, {}, { token: tokens[who] }));
      expect(projects.items.map((p) => p.code).sort(), who).toEqual(codes);
      expect(projects.totalCount).toBe(codes.length);
    }
  });

  it("does not let a user without membership read a project, nor reveal that it exists", async () => {
    const res = await gql(api.url, ProjectBudgetDocument, { id: id("BETA") }, { token: tokens.leader });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const unknown = await gql(api.url, ProjectBudgetDocument, { id: "00000000-0000-4000-8000-000000000000" }, { token: tokens.leader });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(unknown.errors?.[0]?.message).toBe(res.errors?.[0]?.message);
  });

  it("tells each user their own roles in a project", async () => {
    const { project } = dataOf(await gql(api.url, ProjectBudgetDocument, { id: id("ALFA") }, { token: tokens.developer }));
    expect(project.myRoles).toEqual(["STYREGRUPPE"]);
  });

  it("lists a project's members by role (e.g. the caseworkers a citizen can be assigned to)", async () => {
    const res = dataOf(
      await gql<{ project: { members: Array<{ name: string }> } }, object>(
        api.url,
        `query($id: ID!) { project(id: $id) { members(role: CASEWORKER) { name } } }`,
        { id: id("ALFA") },
        { token: tokens.tovholder },
      ),
    );
    // Not the caseworker of another project, nor the project's members with other roles.
    expect(res.project.members).toEqual([{ name: "Sara Sagsbehandler" }]);
  });

  it("rejects a malformed project id as a client error, not a server error", async () => {
    const res = await gql(api.url, ProjectBudgetDocument, { id: "ikke-et-id" }, { token: tokens.leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
