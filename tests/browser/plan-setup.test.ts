import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestApi } from "../support/api.js";
import { seriousViolations } from "../support/axe.js";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

/**
 * A tovholder sets a new project's plan up in the portal only, on an empty database (no demo data): a goal, a
 * milestone and the flow plan in "Mål og plan", the plan's meetings, an extra meeting with a citizen on its
 * agenda, and a cancelled meeting with its reason. Checked in the database.
 */
describe.skipIf(!chromiumAvailable)("setting up goals, milestones, the flow plan and the meetings in Chromium", () => {
  const portal = emptyPortalSuite();
  let api: TestApi;
  let projectId: string;
  const email = "tovholder@nyt-projekt.dk";

  beforeAll(async () => {
    api = portal.api;
    const user = await makeUser(api.dataSource, { email, name: "Tina Tovholder" });
    const project = await makeProject(api.dataSource, { code: "NYT", name: "Nyt projekt", startDate: "2026-01-01", endDate: "2027-12-31", targetSize: 219 });
    projectId = project.id;
    await addMember(api.dataSource, projectId, user.id, "TOVHOLDER");
    await makeParticipant(api.dataSource, projectId, { code: "NYT-0001", enrolmentDate: "2026-02-01" });
  });
  const loggedIn = (path: string) => portal.loggedIn(email, path);

  const main = (page: Page) => page.locator("main").innerText();

  it("sets a goal, a milestone and the flow plan, creates the meetings, adds one with a citizen, and cancels another", async () => {
    const page = await loggedIn(`/projekter/${projectId}/kapacitet`);
    await page.getByRole("link", { name: "Ret mål og plan" }).click();
    await page.getByRole("heading", { name: "Mål og plan" }).waitFor();

    // A goal.
    await page.getByRole("button", { name: "Tilføj mål" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Gem mål" }).click();
    await expect.poll(() => dialog.innerText()).toContain("Skriv målets navn.");
    await dialog.getByLabel("Målets navn").fill("Andel i job eller ordinær uddannelse");
    await dialog.getByLabel("Indikator").selectOption({ label: "I job eller ordinær uddannelse" });
    await dialog.getByLabel("Mål i %").fill("15");
    await dialog.getByLabel("Udgangspunkt i % (valgfrit)").fill("2");
    await dialog.getByRole("button", { name: "Gem mål" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => main(page)).toContain("Målet »Andel i job eller ordinær uddannelse« er oprettet.");

    // A milestone.
    await page.getByRole("button", { name: "Tilføj milepæl" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Milepælens navn").fill("Teamet i drift");
    await dialog.getByLabel("Frist").fill("2026-10-01");
    await dialog.getByLabel("Ansvarlig (valgfri)").fill("Tovholderne");
    await dialog.getByRole("button", { name: "Gem milepæl" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => main(page)).toContain("Milepælen »Teamet i drift« er oprettet.");

    // The flow plan: a period outside the project's is refused beside the field, then the real one is saved.
    await page.getByLabel("Samtaleperiodens første dag").fill("2025-09-01");
    await page.getByLabel("Samtaleperiodens sidste dag").fill("2026-12-21");
    await page.getByLabel("Teamets første dag").fill("2026-10-01");
    await page.getByLabel("Teamets sidste dag").fill("2027-07-31");
    await page.getByLabel("Mødeinterval i dage").fill("14");
    await page.getByLabel("Højst borgere pr. møde").fill("5");
    await page.getByLabel("Minutter pr. borger").fill("30");
    await page.getByRole("button", { name: "Gem forløbsplan" }).click();
    await expect.poll(() => main(page)).toContain("Datoen skal ligge i projektets periode, 01.01.2026–31.12.2027.");
    await page.getByLabel("Samtaleperiodens første dag").fill("2026-09-01");
    await page.getByRole("button", { name: "Gem forløbsplan" }).click();
    // 219 citizens from 1.9. to 21.12. → 14 a week; every 14 days from 1.10.2026 to 31.7.2027 → 22 meetings.
    await expect.poll(() => main(page)).toContain("Forløbsplanen er gemt: 14 samtaler pr. uge og 22 teammøder.");
    await expect.poll(() => main(page)).toContain("14 samtaler pr. uge");
    await page.getByRole("button", { name: "Opret 22 møder efter forløbsplanen" }).click();
    await expect.poll(() => main(page)).toContain("22 møder er oprettet efter forløbsplanen.");
    await expect.poll(() => main(page)).toContain("Alle forløbsplanens møder findes.");
    expect(await seriousViolations(page)).toEqual([]);

    // An extra meeting, and a citizen on its agenda through the meeting's own page.
    await page.goto(`${api.url}/projekter/${projectId}/moeder`);
    await page.getByRole("heading", { name: "Teammøder" }).waitFor();
    await page.getByLabel("Dato for ekstra møde").fill("2027-08-12");
    await page.getByRole("button", { name: "Tilføj ekstra møde" }).click();
    await expect.poll(() => main(page)).toContain("Et ekstra møde d. 12.08.2027 er tilføjet.");
    await page.getByRole("link", { name: "12.08.2027" }).click();
    await page.getByRole("heading", { name: "Dagsorden", exact: true }).waitFor();
    await page.getByLabel("Borgerens deltagerkode").fill("NYT-0001");
    await page.getByRole("button", { name: "Sæt på dagsordenen" }).click();
    await expect.poll(() => main(page)).toContain("NYT-0001 er sat på dagsordenen");

    // Another meeting cancelled with its reason.
    await page.goto(`${api.url}/projekter/${projectId}/moeder`);
    await page.getByRole("heading", { name: "Teammøder" }).waitFor();
    await page.getByRole("button", { name: "Aflys mødet 15.10.2026" }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("Begrundelse").fill("Efterårsferie");
    await dialog.getByRole("button", { name: "Aflys mødet", exact: true }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => main(page)).toContain("Begrundelse: Efterårsferie");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    const goals: Array<{ name: string; indicator: string; target_percent: number; target_count: number | null; baseline_percent: number }> =
      await api.dataSource.query(`SELECT name, indicator, target_percent, target_count, baseline_percent FROM project_goal WHERE project_id = $1`, [projectId]);
    expect(goals).toEqual([
      { name: "Andel i job eller ordinær uddannelse", indicator: "JOB_OR_EDUCATION", target_percent: 15, target_count: null, baseline_percent: 2 },
    ]);
    const milestones = await api.dataSource.query<Array<{ name: string; due: string; responsible: string }>>(
      `SELECT name, due_date::text AS due, responsible FROM milestone WHERE project_id = $1`,
      [projectId],
    );
    expect(milestones).toEqual([{ name: "Teamet i drift", due: "2026-10-01", responsible: "Tovholderne" }]);
    const plan = await api.dataSource.query<Array<{ cs: string; ce: string; ts: string; te: string; i: number; m: number; min: number }>>(
      `SELECT conversation_start::text AS cs, conversation_end::text AS ce, team_start::text AS ts, team_end::text AS te, meeting_interval_days AS i, max_citizens_per_meeting AS m, minutes_per_citizen AS min FROM project_flow_plan WHERE project_id = $1`,
      [projectId],
    );
    expect(plan).toEqual([{ cs: "2026-09-01", ce: "2026-12-21", ts: "2026-10-01", te: "2027-07-31", i: 14, m: 5, min: 30 }]);
    const meetings: Array<{ date: string; status: string; cancel_reason: string | null; codes: string[] }> = await api.dataSource.query(
      `SELECT m.meeting_date::text AS date, m.status, m.cancel_reason,
              coalesce(array_agg(p.code ORDER BY a.position) FILTER (WHERE p.code IS NOT NULL), '{}') AS codes
         FROM team_meeting m LEFT JOIN agenda_item a ON a.meeting_id = m.id LEFT JOIN participant p ON p.id = a.participant_id
        WHERE m.project_id = $1 GROUP BY m.id, m.project_id ORDER BY m.meeting_date`,
      [projectId],
    );
    expect(meetings).toHaveLength(23);
    expect(meetings.find((m) => m.date === "2027-08-12")).toEqual({ date: "2027-08-12", status: "PLANNED", cancel_reason: null, codes: ["NYT-0001"] });
    expect(meetings.filter((m) => m.status === "CANCELLED")).toEqual([{ date: "2026-10-15", status: "CANCELLED", cancel_reason: "Efterårsferie", codes: [] }]);
  }, 120_000);
});
