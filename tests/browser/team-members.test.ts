import { describe, expect, it } from "vitest";
import { seriousViolations } from "../support/axe.js";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

/**
 * Issue #17: the team's members have a whole life in the portal, from an empty database. The tovholder adds a member
 * on the meetings page with a login chosen among the project's TEAM_MEMBER users (nobody else), corrects the title
 * (a stale screen is told so and reloaded), and ends memberships: one who never attended is removed, one who
 * attended a held meeting is kept with an end date.
 */
describe.skipIf(!chromiumAvailable)("the team's members in Chromium", () => {
  const portal = emptyPortalSuite();

  async function world() {
    const { dataSource } = portal.api;
    const project = await makeProject(dataSource, { name: "Teamprojekt", startDate: "2026-01-01", endDate: "2026-12-31" });
    const other = await makeProject(dataSource, { name: "Et andet projekt" });
    const person = async (name: string, role: "TOVHOLDER" | "CASEWORKER" | "TEAM_MEMBER", projectId = project.id) => {
      const user = await makeUser(dataSource, { name });
      await addMember(dataSource, projectId, user.id, role);
      return user;
    };
    const [tovholder, tove] = await Promise.all([
      person("Tina Tovholder", "TOVHOLDER"),
      person("Tove Teammedlem", "TEAM_MEMBER"),
      person("Tom Teammedlem", "TEAM_MEMBER"),
      // Neither a caseworker here nor a team member of another project can be a member's login.
      person("Carl Sagsbehandler", "CASEWORKER"),
      person("Olga Andensteds", "TEAM_MEMBER", other.id),
    ]);
    // The budget's expense line the doctor's hours count on (the budget's own life is tested elsewhere).
    const [budget]: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO budget (project_id, name, start_year, end_year, status) VALUES ($1, 'Budget', 2026, 2026, 'APPROVED') RETURNING id`,
      [project.id],
    );
    await dataSource.query(`INSERT INTO budget_line (project_id, budget_id, side, name, sort_order) VALUES ($1, $2, 'EXPENSE', 'Lægekonsulent honorar', 1)`, [
      project.id,
      budget?.id,
    ]);
    // A member who attended a held meeting.
    const [anna]: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO team_member (project_id, name, title, competence) VALUES ($1, 'Anna Deltager', 'Jobkonsulent', 'EMPLOYMENT') RETURNING id`,
      [project.id],
    );
    const [meeting]: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO team_meeting (project_id, meeting_date, status, max_items, minutes_per_item) VALUES ($1, '2026-03-02', 'HELD', 6, 20) RETURNING id`,
      [project.id],
    );
    await dataSource.query(`INSERT INTO meeting_attendance (project_id, meeting_id, team_member_id, hours) VALUES ($1, $2, $3, 2)`, [
      project.id,
      meeting?.id,
      anna?.id,
    ]);
    if (!tovholder || !tove) throw new Error("the world has its people");
    return { project, tovholder, tove };
  }

  it("lets the tovholder add a member with a login from the project's team members, correct and end memberships", async () => {
    const { project, tovholder, tove } = await world();
    const db = portal.api.dataSource;
    const rows = (): Promise<Array<{ name: string; title: string; user_id: string | null; version: number; ended_on: string | null }>> =>
      db.query(`SELECT name, title, user_id, version, to_char(ended_on, 'YYYY-MM-DD') AS ended_on FROM team_member WHERE project_id = $1 ORDER BY name`, [
        project.id,
      ]);

    const page = await portal.loggedIn(tovholder.email, `/projekter/${project.id}/moeder`);
    const team = page.getByRole("region", { name: "Teamets medlemmer" });
    await team.getByRole("rowheader", { name: "Anna Deltager" }).waitFor();

    // Add: the login picker offers exactly the project's TEAM_MEMBER users, by name.
    await page.getByRole("button", { name: "Tilføj medlem" }).click();
    const dialog = page.getByRole("dialog", { name: "Tilføj medlem til teamet" });
    await dialog.getByLabel("Navn").fill("Lise Læge");
    await dialog.getByLabel("Titel").fill("Lægekonsulent");
    await dialog.getByLabel("Kompetence").selectOption({ label: "Fysisk sygdom (læge)" });
    await dialog.getByLabel("Timerne tæller på budgetlinjen (valgfri)").selectOption({ label: "Lægekonsulent honorar" });
    const picker = dialog.getByLabel("Login", { exact: true });
    expect(await picker.locator("option").allInnerTexts()).toEqual(["Ingen login", "Tom Teammedlem", "Tove Teammedlem"]);
    await picker.selectOption({ label: "Tove Teammedlem" });
    await dialog.getByRole("button", { name: "Tilføj medlem" }).click();
    await page.getByText("Lise Læge er tilføjet til kerneteamet.").waitFor();
    const lise = team.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Lise Læge" }) });
    expect(await lise.getByRole("cell").allInnerTexts()).toEqual(
      expect.arrayContaining(["Lægekonsulent", "Fysisk sygdom (læge)", "Kerneteamet", "Lægekonsulent honorar", "Tove Teammedlem", "–"]),
    );
    expect((await rows()).find((r) => r.name === "Lise Læge")).toMatchObject({ title: "Lægekonsulent", user_id: tove.id, version: 1 });
    expect(await seriousViolations(page)).toEqual([]);

    // Correct: someone else changed her meanwhile, so the first try is refused and the team reloaded.
    await db.query(`UPDATE team_member SET version = version + 1 WHERE name = 'Lise Læge'`);
    await page.getByRole("button", { name: "Ret Lise Læge" }).click();
    await page.getByRole("dialog", { name: "Ret Lise Læge" }).getByLabel("Titel").fill("Speciallæge");
    await page.getByRole("dialog", { name: "Ret Lise Læge" }).getByRole("button", { name: "Gem" }).click();
    await page.getByText("Teammedlemmet er ændret, siden du hentede det. Hent det igen.", { exact: false }).waitFor();
    expect((await rows()).find((r) => r.name === "Lise Læge")).toMatchObject({ title: "Lægekonsulent", version: 2 });
    await page.getByRole("button", { name: "Ret Lise Læge" }).click();
    const edit = page.getByRole("dialog", { name: "Ret Lise Læge" });
    expect(await edit.getByLabel("Login", { exact: true }).inputValue()).toBe(tove.id);
    await edit.getByLabel("Titel").fill("Speciallæge");
    await edit.getByRole("button", { name: "Gem" }).click();
    await page.getByText("Lise Læge er rettet.").waitFor();
    expect((await rows()).find((r) => r.name === "Lise Læge")).toMatchObject({ title: "Speciallæge", user_id: tove.id, version: 3 });

    // End: she never attended a held meeting, so she is removed.
    await page.getByRole("button", { name: "Afslut Lise Læge" }).click();
    const confirmRemove = page.getByRole("dialog", { name: "Afslut Lise Læges medlemskab" });
    await confirmRemove.getByText("har ikke deltaget i noget afholdt teammøde og fjernes helt fra teamet").waitFor();
    await confirmRemove.getByRole("button", { name: "Fjern fra teamet" }).click();
    await page.getByText("Lise Læge er fjernet fra teamet.").waitFor();

    // Anna attended one: she is kept with today's date as end date, and can no longer be corrected or ended.
    await page.getByRole("button", { name: "Afslut Anna Deltager" }).click();
    const confirmEnd = page.getByRole("dialog", { name: "Afslut Anna Deltagers medlemskab" });
    await confirmEnd.getByText("har deltaget i 1 afholdt teammøde og beholdes derfor med dagens dato som slutdato").waitFor();
    await confirmEnd.getByRole("button", { name: "Afslut medlemskab" }).click();
    await page.getByText("Anna Deltagers medlemskab er afsluttet pr.", { exact: false }).waitFor();
    const [today]: Array<{ iso: string; da: string }> = await db.query(
      `SELECT d::text AS iso, to_char(d, 'DD.MM.YYYY') AS da FROM (SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date AS d) t`,
    );
    expect(await rows()).toEqual([{ name: "Anna Deltager", title: "Jobkonsulent", user_id: null, version: 2, ended_on: today?.iso }]);
    const anna = team.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Anna Deltager" }) });
    expect(await anna.getByRole("cell").allInnerTexts()).toContain(today?.da);
    expect(await page.getByRole("button", { name: "Afslut Anna Deltager" }).count()).toBe(0);
    await page.close();
  }, 30_000);
});
