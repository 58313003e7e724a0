import { ProjectBudgetDocument, ProjectsDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
let ids: Map<string, string>;

beforeAll(async () => {
  api = await startTestApi();
  const admin = await login(api.url, "admin@overblik.demo");
  const all = dataOf(await gql(api.url, ProjectsDocument, {}, { token: admin }));
  ids = new Map(all.projects.items.map((p) => [p.code, p.id]));
});
afterAll(() => api?.close());

const id = (code: string) => ids.get(code) ?? "missing";

describe("project scope", () => {
  it("lists only the projects a user has a role in; all for ADMIN", async () => {
    const cases: Array<[string, string[]]> = [
      ["leder@overblik.demo", ["BFA", "KBH"]],
      ["tovholder@overblik.demo", ["BFA"]],
      ["styregruppe@overblik.demo", ["BFA", "FSM", "JF", "KBH"]],
      ["admin@overblik.demo", ["BFA", "FSM", "JF", "KBH"]],
    ];
    for (const [email, codes] of cases) {
      const token = await login(api.url, email);
      const { projects } = dataOf(await gql(api.url, ProjectsDocument, {}, { token }));
      expect(projects.items.map((p) => p.code).sort(), email).toEqual(codes);
      expect(projects.totalCount).toBe(codes.length);
    }
  });

  it("does not let a user without membership read a project, nor reveal that it exists", async () => {
    const leader = await login(api.url, "leder@overblik.demo");
    const res = await gql(api.url, ProjectBudgetDocument, { id: id("FSM") }, { token: leader });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const unknown = await gql(api.url, ProjectBudgetDocument, { id: "00000000-0000-4000-8000-000000000000" }, { token: leader });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(unknown.errors?.[0]?.message).toBe(res.errors?.[0]?.message);
  });

  it("tells each user their own roles in a project", async () => {
    const developer = await login(api.url, "udvikler@overblik.demo");
    const { project } = dataOf(await gql(api.url, ProjectBudgetDocument, { id: id("BFA") }, { token: developer }));
    expect(project.myRoles).toEqual(["STYREGRUPPE"]);
  });

  it("lists a project's members by role (e.g. the caseworkers a citizen can be assigned to)", async () => {
    const tovholder = await login(api.url, "tovholder@overblik.demo");
    const res = dataOf(await gql<{ project: { members: Array<{ name: string }> } }, object>(api.url, `query($id: ID!) { project(id: $id) { members(role: CASEWORKER) { name } } }`, { id: id("BFA") }, { token: tovholder }));
    expect(res.project.members).toEqual([{ name: "Sara Sagsbehandler" }]);
  });

  it("rejects a malformed project id as a client error, not a server error", async () => {
    const leader = await login(api.url, "leder@overblik.demo");
    const res = await gql(api.url, ProjectBudgetDocument, { id: "ikke-et-id" }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
