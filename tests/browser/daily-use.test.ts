import { describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.js";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

/**
 * Issue #17's daily use, from an empty database: the date chosen on the portfolio goes along into a project's
 * dashboard and its tabs (in the address); a citizen is found by code; the caseworker dropdown offers the
 * project's caseworkers (not the citizens the user happened to browse); the citizen page holds the forløb.
 */
describe.skipIf(!chromiumAvailable)("daily use in Chromium", () => {
  const portal = emptyPortalSuite();

  async function world() {
    const { dataSource } = portal.api;
    const project = await makeProject(dataSource, { name: "Dagligt brug 2013", startDate: "2013-01-01", endDate: "2014-06-30", municipalityCodes: ["183"] });
    const styregruppe = await makeUser(dataSource, { name: "Sofie Styregruppe" });
    const tovholder = await makeUser(dataSource, { name: "Tina Tovholder" });
    await addMember(dataSource, project.id, styregruppe.id, "STYREGRUPPE");
    await addMember(dataSource, project.id, tovholder.id, "TOVHOLDER");
    for (const name of ["Dorte Sagsbehandler", "Carl Sagsbehandler"]) {
      await addMember(dataSource, project.id, (await makeUser(dataSource, { name })).id, "CASEWORKER");
    }
    // Members in other roles, and a caseworker in another project, are no caseworkers to choose here.
    await addMember(dataSource, project.id, (await makeUser(dataSource, { name: "Tom Teammedlem" })).id, "TEAM_MEMBER");
    const other = await makeProject(dataSource, { name: "Et andet projekt" });
    await addMember(dataSource, other.id, (await makeUser(dataSource, { name: "Olga Andensteds" })).id, "CASEWORKER");
    for (const code of ["DU-0007", "DU-0042", "DU-0420", "DU-0100"]) await makeParticipant(dataSource, project.id, { code, enrolmentDate: "2013-01-15" });
    return { project, styregruppe, tovholder };
  }

  it("keeps the portfolio's date into the dashboard and the tabs, finds citizens by code and offers the project's caseworkers", async () => {
    const { project, styregruppe, tovholder } = await world();

    // The styregruppe chooses a date on the portfolio and opens the project: the dashboard shows that date.
    const steering = await portal.loggedIn(styregruppe.email, "/styregruppe?dato=2013-08-01");
    await steering.getByRole("heading", { name: "Portefølje", level: 1 }).waitFor();
    await steering.getByRole("link", { name: "Dagligt brug 2013" }).click();
    await steering.getByRole("heading", { name: "Styregruppens overblik pr. 01.08.2013" }).waitFor();
    expect(new URL(steering.url()).pathname).toBe(`/projekter/${project.id}/styregruppe`);
    expect(new URL(steering.url()).searchParams.get("dato")).toBe("2013-08-01");
    expect(await steering.getByLabel("Pr. dato").inputValue()).toBe("2013-08-01");
    expect(await steering.getByRole("main").getByRole("link", { name: "Portefølje" }).getAttribute("href")).toBe("/styregruppe?dato=2013-08-01");
    // The workbook is made as a job (issue #20): a progress bar while a worker makes it, then a link to download it.
    await steering.getByRole("button", { name: "Lav Excel-ark" }).click();
    const download = steering.getByRole("link", { name: /^Hent styregruppe-.*-2013-08-01\.xlsx$/ });
    await download.waitFor();
    const href = (await download.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/export\/jobs\/[0-9a-f-]{36}\.xlsx$/);
    const workbook = await steering.request.get(`${portal.api.url}${href}`);
    expect(workbook.status()).toBe(200);
    expect((await workbook.body()).subarray(0, 2).toString()).toBe("PK");
    // … and the tab to the follow-up keeps it.
    await steering.getByRole("navigation", { name: "Projektets sider" }).getByRole("link", { name: "Opfølgning" }).click();
    await steering.getByRole("heading", { name: "Budgetopfølgning" }).waitFor();
    expect(new URL(steering.url()).searchParams.get("dato")).toBe("2013-08-01");
    expect(await steering.getByLabel("Opfølgningsdato").inputValue()).toBe("2013-08-01");
    // Without a chosen date the portfolio's link carries none: the dashboard keeps its own default.
    await steering.goto(`${portal.api.url}/styregruppe`);
    expect(await steering.getByRole("link", { name: "Dagligt brug 2013" }).getAttribute("href")).toBe(`/projekter/${project.id}/styregruppe`);
    await steering.close();

    // The tovholder searches the list by code (a query to the API, logged like any list of citizens).
    const page = await portal.loggedIn(tovholder.email, `/projekter/${project.id}/borgere`);
    await page.getByRole("heading", { name: "Borgere i projektet" }).waitFor();
    await page.getByLabel("Søg på borgerkode").fill("042");
    await page.getByRole("button", { name: "Vis borgere" }).click();
    await page.getByText("2 borgere med kode med »042«").waitFor();
    const codes = () => page.locator("main table tbody tr th").allInnerTexts();
    expect((await codes()).sort()).toEqual(["DU-0042", "DU-0420"]);
    expect(new URL(page.url()).searchParams.get("kode")).toBe("042");
    const searched: Array<{ code: string }> = await portal.api.dataSource.query(
      `SELECT p.code FROM access_log l JOIN participant p ON p.id = l.participant_id
        WHERE l.user_id = $1 AND l.action = 'SEARCH' AND l.criterion = 'Filter: deltagerkode' ORDER BY p.code`,
      [tovholder.id],
    );
    expect(searched.map((r) => r.code)).toEqual(["DU-0042", "DU-0420"]);

    // The citizen's caseworker is chosen among the project's caseworkers, none of whom the list has shown.
    await page.getByRole("link", { name: "DU-0042" }).click();
    await page.getByRole("heading", { name: "Borger DU-0042" }).waitFor();
    const caseworker = page.getByLabel("Borgerens sagsbehandler");
    await expect.poll(() => caseworker.locator("option").allInnerTexts()).toEqual(["Ingen sagsbehandler", "Carl Sagsbehandler", "Dorte Sagsbehandler"]);
    await caseworker.selectOption({ label: "Dorte Sagsbehandler" });
    await page.getByRole("button", { name: "Gem sagsbehandler" }).click();
    await page.getByText("Dorte Sagsbehandler er nu sagsbehandler for DU-0042.").waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // The citizen's forløb is on the same page: no second page to find.
    await page.getByRole("heading", { name: "Indledende samtaler", exact: true }).waitFor();
    await page.getByRole("heading", { name: "Indsatsplan", exact: true }).waitFor();

    // The colour board and the Forløb overview filter what they have fetched, as the user types.
    await page.goto(`${portal.api.url}/projekter/${project.id}/farver`);
    await page.getByText("4 borgere på tavlen.").waitFor();
    await page.getByLabel("Søg på borgerkode").fill("0100");
    await page.getByText("Søgningen viser 1 borger.").waitFor();
    expect(await page.locator(".board-card-code").allInnerTexts()).toEqual(["DU-0100"]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${portal.api.url}/projekter/${project.id}/forloeb?dato=2013-08-01`);
    await page.getByRole("heading", { name: "Tovholderens overblik" }).waitFor();
    await page.getByText("4 borgere pr. 01.08.2013").waitFor();
    await page.getByLabel("Søg på borgerkode").fill("0007");
    await page.getByText("Filtrene viser 1 borger.").waitFor();
    expect(await page.locator("main table tbody tr th").allInnerTexts()).toEqual(["DU-0007"]);
    expect(new URL(page.url()).searchParams.get("dato")).toBe("2013-08-01");
    // The date goes along to the citizen and back to the overview.
    await page.getByRole("link", { name: "DU-0007" }).click();
    await page.getByRole("heading", { name: "Borger DU-0007" }).waitFor();
    expect(new URL(page.url()).searchParams.get("dato")).toBe("2013-08-01");
    await page.getByRole("link", { name: "Tovholderens overblik" }).first().click();
    await page.getByText("4 borgere pr. 01.08.2013").waitFor();
    await page.close();
  }, 60_000);
});
