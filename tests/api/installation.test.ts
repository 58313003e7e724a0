// What a new installation has and gives: the municipalities, the first administrator, a one-time password's reach.
import { MunicipalitiesDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { firstAdminByCommand } from "../support/first-admin.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";
import { loginPayload } from "../support/people-and-projects.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api?.close());

describe("municipalities", () => {
  it("are the 98 Danish municipalities with their official codes", async () => {
    const user = await makeUser(api.dataSource);
    const token = await login(api.url, user.email, FIXTURE_PASSWORD);
    const { municipalities } = dataOf(await gql(api.url, MunicipalitiesDocument, {}, { token }));
    expect(municipalities).toHaveLength(98);
    const byCode = new Map(municipalities.map((m) => [m.code, m.name]));
    expect(byCode.get("101")).toBe("København");
    expect(byCode.get("147")).toBe("Frederiksberg");
    expect(byCode.get("183")).toBe("Ishøj");
    expect(byCode.get("187")).toBe("Vallensbæk");
    expect(byCode.get("400")).toBe("Bornholm");
    expect(byCode.get("751")).toBe("Aarhus");
    expect(byCode.get("860")).toBe("Hjørring");
    expect(byCode.has("411")).toBe(false); // Christiansø is no municipality
    expect(municipalities.every((m) => !m.leadersMayCreateProjects)).toBe(true);
    // Danish order: Aabenraa (aa = å) after Ærø and Ø, as Danes sort it.
    expect(municipalities[0]?.name).toBe("Albertslund");
  });
});

describe("a user on a one-time password", () => {
  it("sees their own memberships' project names under me, but nothing of the projects' data", async () => {
    const user = await makeUser(api.dataSource);
    const project = await makeProject(api.dataSource, { name: "Eget projekt" });
    await addMember(api.dataSource, project.id, user.id, "LEADER");
    await api.dataSource.query(`UPDATE app_user SET password_change_required = true WHERE id = $1`, [user.id]);
    const token = await login(api.url, user.email, FIXTURE_PASSWORD);
    const own = dataOf(
      await gql<{ me: { memberships: Array<{ project: { name: string } }> } }, object>(
        api.url,
        `query { me { memberships { project { name } } } }`,
        {},
        { token },
      ),
    );
    expect(own.me.memberships.map((m) => m.project.name)).toEqual(["Eget projekt"]);
    const deeper = await gql(api.url, `query { me { memberships { project { name budgets { id } } } } }`, {}, { token });
    expect(deeper.errors?.[0]?.extensions?.reason).toBe("PASSWORD_CHANGE_REQUIRED");
    expect(deeper.errors?.[0]?.path).toEqual(["me", "memberships", 0, "project", "budgets"]);
  });
});

describe("the first-administrator command", () => {
  it("creates an administrator in the database it is pointed at and prints a one-time password that logs in", async () => {
    const password = await firstAdminByCommand(api.db.url, "forste@kommune.dk", "Første Administrator");
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const payload = await loginPayload(api.url, "forste@kommune.dk", password);
    expect(payload.user.passwordChangeRequired).toBe(true);
    expect(payload.user.globalRoles).toEqual(["ADMIN"]);
    expect(payload.user.name).toBe("Første Administrator");
  });
});
