import { GLOBAL_ROLES, PERMISSION_LABELS, PROJECT_ROLES, type Permission, type Role } from "@overblik/domain";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestApi } from "../support/api.js";
import { seriousViolations } from "../support/axe.js";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";
import { createUserInPortal } from "../support/portal-users.js";

/**
 * The user administration from end to end, from an empty database: an administrator creates a user, gives
 * them a project role, the user logs in and sees what the role allows; deactivated, the user's open page is logged
 * out at its next request.
 */
describe.skipIf(!chromiumAvailable)("user administration in Chromium", () => {
  const portal = emptyPortalSuite();
  let api: TestApi;
  beforeAll(() => {
    api = portal.api;
  });

  it("creates a user, gives a project role, and deactivating ends the user's open page", async () => {
    const admin = await makeUser(api.dataSource, { name: "Anne Administrator", globalRoles: ["ADMIN"] });
    const project = await makeProject(api.dataSource, { name: "Brug for alle 2026", municipalityCodes: ["183"] });
    const leader = await makeUser(api.dataSource, { name: "Lars Leder" });
    await addMember(api.dataSource, project.id, leader.id, "LEADER");

    // The administrator creates the user: a one-time password, shown once.
    const page = await portal.logIn(admin.email, FIXTURE_PASSWORD);
    const oneTimePassword = await createUserInPortal(page, "Tine Tovholder", "tine@kommune.dk");

    // … and gives her a project role from the project's members page.
    await page.goto(`${api.url}/projekter/${project.id}/opsaetning/medlemmer`);
    await page.getByRole("heading", { name: "Medlemmer", level: 2 }).waitFor();
    await page.getByLabel("Søg bruger (navn eller e-mail)").fill("tine@");
    await page.getByLabel("Tine Tovholder (tine@kommune.dk)").check();
    await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Tovholder" });
    await page.getByRole("button", { name: "Tilføj medlem" }).click();
    await page.getByText("er tilføjet som tovholder.").waitFor();

    // The user logs in with the one-time password, chooses her own (a common one is refused), and sees the project.
    const tine = await portal.logIn("tine@kommune.dk", oneTimePassword);
    await tine.getByRole("heading", { name: "Vælg din egen adgangskode", level: 1 }).waitFor();
    await tine.getByLabel("Engangsadgangskode").fill(oneTimePassword);
    await tine.getByLabel("Ny adgangskode", { exact: true }).fill("qwerty123456");
    await tine.getByLabel("Gentag den nye adgangskode").fill("qwerty123456");
    await tine.getByRole("button", { name: "Gem og fortsæt" }).click();
    await tine.getByText(/Adgangskoden er for almindelig/).waitFor();
    await tine.getByLabel("Ny adgangskode", { exact: true }).fill("tines egen lange kode");
    await tine.getByLabel("Gentag den nye adgangskode").fill("tines egen lange kode");
    await tine.getByRole("button", { name: "Gem og fortsæt" }).click();
    await tine.getByRole("heading", { name: "Projekter", level: 1 }).waitFor();
    await tine.getByRole("link", { name: "Brug for alle 2026" }).click();
    const tabs = tine.getByRole("navigation", { name: "Projektets sider" });
    await tabs.getByRole("link", { name: "Opfølgning" }).waitFor();
    // A tovholder follows the economy (budget.read) but neither sets up nor closes the project, nor manages users.
    expect(await tine.getByRole("link", { name: "Opsætning: stamdata og medlemmer" }).count()).toBe(0);
    expect(await tine.getByRole("button", { name: "Luk projekt" }).count()).toBe(0);
    expect(await tine.getByRole("link", { name: "Brugere" }).count()).toBe(0);

    // The administrator deactivates her; her still-open page is logged out at its next request.
    await page.goto(`${api.url}/brugere`);
    const row = page.getByRole("row").filter({ hasText: "tine@kommune.dk" });
    await row.getByRole("button", { name: "Deaktivér" }).click();
    await row.getByText("Deaktiveret").waitFor();

    await tabs.getByRole("link", { name: "Opfølgning" }).click();
    await tine.getByRole("button", { name: "Log ind" }).waitFor();
    await tine.getByText("Du er logget ud. Log ind igen for at fortsætte.").waitFor();
    expect(await tine.getByRole("heading", { name: "Projekter", level: 1 }).count()).toBe(0);

    // The audit trail shows it all, in Danish, reachable from the users page.
    await page.getByRole("link", { name: "Brugerhistorik" }).click();
    await page.getByRole("heading", { name: "Brugerhistorik", level: 1 }).waitFor();
    await page.getByLabel("Bruger", { exact: true }).selectOption({ label: "Tine Tovholder (tine@kommune.dk)" });
    const table = page.getByRole("table", { name: "Brugerhistorik, nyeste først" });
    await expect.poll(() => table.getByRole("row").count()).toBe(5); // the header and four changes
    const text = await table.innerText();
    for (const expected of [
      "Deaktiveret",
      "Valgte selv ny adgangskode",
      "Fik en projektrolle",
      "Tovholder i Brug for alle 2026",
      "Oprettet",
      "Kommune: Ishøj",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/\d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d/);

    // What the roles give, from the table the API checks: the tovholder plans meetings, a caseworker reads no postings.
    await page.goto(`${api.url}/roller`);
    const roles = page.getByRole("table", { name: "Hvad rollerne giver adgang til" });
    const cell = async (permission: Permission, role: Role) => {
      const column = ([...PROJECT_ROLES, ...GLOBAL_ROLES] as Role[]).indexOf(role);
      const row = roles.getByRole("row").filter({ has: page.getByRole("rowheader", { name: PERMISSION_LABELS[permission], exact: true }) });
      return (await row.getByRole("cell").nth(column).innerText()).trim();
    };
    await roles.waitFor();
    expect(await cell("meeting.plan", "TOVHOLDER")).toBe("Ja");
    expect(await cell("spend.read", "CASEWORKER")).toBe("Nej");
    expect(await seriousViolations(page)).toEqual([]);
    await tine.close();
    await page.close();
  }, 90_000);
});
