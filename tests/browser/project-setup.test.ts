import { beforeAll, describe, expect, it } from "vitest";
import type { TestApi } from "../support/api.js";
import { chromiumAvailable } from "../support/browser.js";
import { FIXTURE_PASSWORD, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";
import { createUserInPortal } from "../support/portal-users.js";

/** From an empty database (no demo data): users, a project with two municipalities and its members, only through the portal. */
describe.skipIf(!chromiumAvailable)("a new project from scratch in Chromium", () => {
  const portal = emptyPortalSuite();
  const { logIn } = portal;
  let api: TestApi;
  beforeAll(() => {
    api = portal.api;
  });

  it("an administrator creates a user and a three-year project with Ishøj and Vallensbæk and its members; the new user chooses a password and sees it", async () => {
    const admin = await makeUser(api.dataSource, { name: "Anne Administrator", globalRoles: ["ADMIN"] });
    await makeUser(api.dataSource, { name: "Tove Tovholder", email: "tove@kommune.dk" });

    const page = await logIn(admin.email, FIXTURE_PASSWORD);
    await page.getByRole("heading", { name: "Projekter", level: 1 }).waitFor();
    await page.getByText("Du har ikke en rolle i nogen projekter endnu.").waitFor();

    // A user with a one-time password, shown once.
    const oneTimePassword = await createUserInPortal(page, "Sofie Styregruppe", "sofie@kommune.dk");
    await page.getByText("Den vises kun nu").waitFor();
    await expect.poll(() => page.getByRole("table").first().innerText()).toContain("sofie@kommune.dk");

    // The project: three years, two municipalities.
    await page.getByRole("link", { name: "Projekter" }).first().click();
    await page.getByRole("link", { name: "Nyt projekt" }).click();
    await page.getByRole("heading", { name: "Nyt projekt", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Opret projekt" }).click();
    await page.getByText("Vælg mindst én kommune.").waitFor();
    await page.getByLabel("Projektets navn").fill("Brug for alle 2026");
    await page.getByLabel("Kode", { exact: true }).fill("bfa26");
    for (const [search, label] of [
      ["Ishøj", "Ishøj (183)"],
      ["vallens", "Vallensbæk (187)"],
    ] as const) {
      await page.getByLabel("Søg kommune (navn eller kode)").fill(search);
      await page.getByLabel(label).check();
    }
    await page.getByLabel("Startdato").fill("2026-08-01");
    await page.getByLabel("Slutdato").fill("2029-07-31");
    await page.getByLabel("Størrelse (antal borgere)").fill("219");
    await page.getByLabel("Matchgruppe").fill("Matchgruppe 3 (aktivitetsparate)");
    await page.getByLabel("Pulje", { exact: true }).fill("Puljen til flere i job");
    await page.getByLabel("Medfinansiering (%)").fill("50");
    expect(await page.getByLabel("Godkendelsestærskel (kr.)").inputValue()).toBe("50.000");
    await page.getByLabel("P/l-år").fill("2026");
    await page.getByRole("button", { name: "Opret projekt" }).click();
    await page.getByRole("heading", { name: "Opsætning af Brug for alle 2026" }).waitFor();
    const projectId = /\/projekter\/([^/]+)\/opsaetning/.exec(page.url())?.[1] ?? "";
    expect(projectId).toMatch(/^[0-9a-f-]{36}$/);

    // Members: the new user in the styregruppe, another user as tovholder.
    await page.getByRole("link", { name: "2. Medlemmer" }).click();
    await page.getByRole("heading", { name: "Medlemmer", level: 2 }).waitFor();
    for (const [search, name, role] of [
      ["Sofie", "Sofie Styregruppe (sofie@kommune.dk)", "Styregruppe"],
      ["tove@", "Tove Tovholder (tove@kommune.dk)", "Tovholder"],
    ] as const) {
      await page.getByLabel("Søg bruger (navn eller e-mail)").fill(search);
      await page.getByLabel(name).check();
      await page.getByLabel("Rolle", { exact: true }).selectOption({ label: role });
      await page.getByRole("button", { name: "Tilføj medlem" }).click();
      await page.getByText(`er tilføjet som ${role.toLowerCase()}.`).waitFor();
    }
    const members = page.getByRole("table", { name: "Projektets medlemmer" });
    await expect.poll(() => members.innerText()).toContain("Tove Tovholder");
    expect(await members.innerText()).toContain("Sofie Styregruppe");
    expect(await page.getByRole("link", { name: "2. Medlemmer" }).locator("xpath=..").innerText()).toContain("Udfyldt");

    const stored: Array<{
      code: string;
      status: string;
      start_date: string;
      end_date: string;
      target_size: number;
      co_financing_percent: number;
      approval: string;
    }> = await api.dataSource.query(
      `SELECT code, status, start_date::text, end_date::text, target_size, co_financing_percent, approval_threshold_ore::text AS approval FROM project WHERE id = $1`,
      [projectId],
    );
    expect(stored).toEqual([
      {
        code: "BFA26",
        // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- vitest types its asymmetric matchers as any, to stand in for a value of any type
        status: expect.stringMatching(/^(PLANNED|ACTIVE)$/),
        start_date: "2026-08-01",
        end_date: "2029-07-31",
        target_size: 219,
        co_financing_percent: 50,
        approval: "5000000",
      },
    ]);
    const municipalities: Array<{ code: string }> = await api.dataSource.query(
      `SELECT municipality_code AS code FROM project_municipality WHERE project_id = $1 ORDER BY 1`,
      [projectId],
    );
    expect(municipalities.map((m) => m.code)).toEqual(["183", "187"]);
    const memberships: Array<{ member: string }> = await api.dataSource.query(
      `SELECT u.name || ':' || m.role AS member FROM project_membership m JOIN app_user u ON u.id = m.user_id WHERE m.project_id = $1 ORDER BY 1`,
      [projectId],
    );
    expect(memberships.map((m) => m.member)).toEqual(["Anne Administrator:LEADER", "Sofie Styregruppe:STYREGRUPPE", "Tove Tovholder:TOVHOLDER"]);

    // The new user: the one-time password, then their own, then the project.
    const sofie = await logIn("sofie@kommune.dk", oneTimePassword);
    await sofie.getByRole("heading", { name: "Vælg din egen adgangskode", level: 1 }).waitFor();
    expect(await sofie.getByRole("link", { name: "Projekter" }).count()).toBe(0);
    await sofie.getByLabel("Engangsadgangskode").fill(oneTimePassword);
    await sofie.getByLabel("Ny adgangskode", { exact: true }).fill("sofies egen lange kode");
    await sofie.getByLabel("Gentag den nye adgangskode").fill("sofies egen lange kode");
    await sofie.getByRole("button", { name: "Gem og fortsæt" }).click();
    await sofie.getByRole("heading", { name: "Projekter", level: 1 }).waitFor();
    await expect.poll(() => sofie.getByRole("table").first().innerText()).toContain("Brug for alle 2026");
    const flags: Array<{ password_change_required: boolean }> = await api.dataSource.query(
      `SELECT password_change_required FROM app_user WHERE email = 'sofie@kommune.dk'`,
    );
    expect(flags).toEqual([{ password_change_required: false }]);
    await sofie.close();

    // At its end the leader closes the project: the closing pack is frozen and the project shows "Lukket".
    await page.getByRole("link", { name: "Til projektet" }).click();
    await page
      .getByText("Kommuner: Ishøj, Vallensbæk · Matchgruppe 3 (aktivitetsparate) · Pulje: Puljen til flere i job (50 % medfinansiering) · P/l 2026")
      .waitFor();
    await page.getByRole("button", { name: "Luk projekt" }).click();
    await page.getByRole("dialog").getByLabel("Kommentarer til lukningen").fill("Evalueret; se rapporten.");
    await page.getByRole("button", { name: "Ja, luk projektet" }).click();
    await page
      .locator(".badge")
      .filter({ hasText: /^Lukket$/ })
      .waitFor();
    expect(await page.getByRole("button", { name: "Luk projekt" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Opsætning: stamdata og medlemmer" }).count()).toBe(0);
    const closed: Array<{ status: string; comments: string }> = await api.dataSource.query(
      `SELECT p.status, c.comments FROM project p JOIN closing_pack c ON c.project_id = p.id WHERE p.id = $1`,
      [projectId],
    );
    expect(closed).toEqual([{ status: "CLOSED", comments: "Evalueret; se rapporten." }]);

    // Its closing pack, from the project page: the final figures with the comments, printable and as Excel.
    await page.getByRole("link", { name: "Se lukkepakken med de endelige tal" }).click();
    const today = new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date());
    await page.getByRole("heading", { name: `Lukkepakke pr. ${today}`, level: 2 }).waitFor();
    await page.getByRole("heading", { name: "Kommentarer ved lukningen" }).waitFor();
    await page.getByText("Evalueret; se rapporten.").waitFor();
    expect(await page.getByText("Frossen pakke lukket").innerText()).toContain("af Anne Administrator");
    expect(await page.getByRole("link", { name: "Hent som Excel" }).getAttribute("href")).toBe(`/export/projects/${projectId}/closing-pack.xlsx`);
    await page.close();
  });
});
