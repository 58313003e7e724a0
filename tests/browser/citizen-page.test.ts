import { describe, expect, it } from "vitest";
import { gql, login } from "../support/api.js";
import { seriousViolations } from "../support/axe.js";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

/**
 * Issue #17's citizen at the centre, from an empty database: the tovholder goes from the colour board to one
 * citizen and, without leaving that page, schedules and records the initial conversation, adds a plan item and
 * puts the citizen on a team meeting's agenda. The page reads the citizen once (one access-log row).
 */
describe.skipIf(!chromiumAvailable)("the citizen page in Chromium", () => {
  const portal = emptyPortalSuite();

  async function world() {
    const { dataSource, url } = portal.api;
    const project = await makeProject(dataSource, {
      name: "Borgeren i centrum",
      startDate: "2026-01-01",
      endDate: "2027-06-30",
      municipalityCodes: ["183"],
    });
    const leader = await makeUser(dataSource, { name: "Lone Leder" });
    const tovholder = await makeUser(dataSource, { name: "Tina Tovholder" });
    await addMember(dataSource, project.id, leader.id, "LEADER");
    await addMember(dataSource, project.id, tovholder.id, "TOVHOLDER");
    const as = async (email: string, query: string, variables: object) => {
      const res = await gql(url, query, variables, {
        token: await login(url, email, FIXTURE_PASSWORD),
      });
      expect(res.errors, query).toBeUndefined();
    };
    await as(leader.email, `mutation($input: SetFlowPlanInput!) { setFlowPlan(input: $input) { version } }`, {
      input: {
        projectId: project.id,
        conversationStart: "2026-02-01",
        conversationEnd: "2026-12-31",
        teamStart: "2026-03-01",
        teamEnd: "2027-06-30",
        meetingIntervalDays: 14,
        maxCitizensPerMeeting: 5,
        minutesPerCitizen: 30,
      },
    });
    await as(tovholder.email, `mutation($projectId: ID!) { generateTeamMeetings(projectId: $projectId) }`, { projectId: project.id });
    await as(tovholder.email, `mutation($input: AddInterventionInput!) { addIntervention(input: $input) { id } }`, {
      input: {
        projectId: project.id,
        name: "Social mentor",
        area: "SOCIAL",
        supplier: "Socialcenter",
        unit: "timer",
        profiles: [],
      },
    });
    const citizen = await makeParticipant(dataSource, project.id, {
      code: "BC-0042",
      colour: "ORANGE",
      enrolmentDate: "2026-02-01",
    });
    await makeParticipant(dataSource, project.id, {
      code: "BC-0043",
      colour: "GROEN",
      enrolmentDate: "2026-02-01",
    });
    return { project, tovholder, citizen };
  }

  it("takes the tovholder from the colour board to one citizen, and records a conversation, a plan item and a meeting there", async () => {
    const { project, tovholder, citizen } = await world();
    const { dataSource } = portal.api;
    const page = await portal.loggedIn(tovholder.email, `/projekter/${project.id}/farver?dato=2026-09-15`);
    await page.getByText("2 borgere på tavlen.").waitFor();
    await page.getByRole("link", { name: "BC-0042" }).click();
    await page.getByRole("heading", { name: "Borger BC-0042" }).waitFor();
    const citizenUrl = new URL(page.url());
    expect(citizenUrl.pathname).toBe(`/projekter/${project.id}/borgere/${citizen.id}`);
    // Every part of the citizen is on this one page.
    const parts = await page.getByRole("navigation", { name: "På siden" }).getByRole("link").allInnerTexts();
    expect(parts).toEqual(["Navn og CPR", "Farver", "Profil", "Samtaler", "Skema", "Teammøder", "Indsatsplan", "Advarsler", "Resultater"]);
    for (const heading of ["Farvehistorik", "Indledende samtaler", "Forberedende skema", "Teammøder", "Indsatsplan", "Advarsler", "Resultater"]) {
      await page.getByRole("heading", { name: heading, exact: true }).waitFor();
    }
    // One read of the citizen for the page, however many parts show it.
    await expect
      .poll(async () => {
        const rows: Array<{ n: number }> = await dataSource.query(
          `SELECT count(*)::int AS n FROM access_log WHERE user_id = $1 AND participant_id = $2 AND action = 'READ'`,
          [tovholder.id, citizen.id],
        );
        return rows[0]?.n;
      })
      .toBe(1);

    // The initial conversation: planned on the page's date, then recorded as held.
    await page.getByRole("button", { name: "Planlæg samtale" }).click();
    const schedule = page.getByRole("dialog");
    expect(await schedule.getByLabel("Dato for samtalen").inputValue()).toBe("2026-09-15");
    await schedule.getByRole("button", { name: "Planlæg samtalen" }).click();
    await schedule.waitFor({ state: "hidden" });
    await page.getByRole("button", { name: /^Registrér udfald/ }).click();
    const record = page.getByRole("dialog");
    await record.getByLabel("Holdt", { exact: true }).check();
    await record.getByRole("button", { name: "Gem udfaldet" }).click();
    await record.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByRole("table", { name: "Borgerens indledende samtaler, ældste først" }).innerText()).toContain("Holdt");

    // A plan item from the catalogue.
    await page.getByRole("button", { name: "Tilføj indsats" }).click();
    const plan = page.getByRole("dialog");
    await plan.getByLabel("Indsats fra ydelseskataloget").selectOption({ label: "Social mentor (Socialcenter)" });
    await plan.getByRole("button", { name: "Tilføj til planen" }).click();
    await plan.waitFor({ state: "hidden" });

    // A team meeting: the planned meetings from the page's date, with their free places.
    const meetings = page.getByLabel("Sæt borgeren på et teammøde");
    const options = await meetings.locator("option").allInnerTexts();
    expect(options[0]).toBe("Vælg møde");
    expect(options[1]).toMatch(/^\d\d\.09\.2026 – 0 af 5 pladser taget$/);
    const first = options[1]?.split(" – ")[0] ?? "";
    await meetings.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Sæt på dagsordenen" }).click();
    await page.getByText(`BC-0042 er sat på dagsordenen for mødet d. ${first} som nr. 1.`).waitFor();
    const meetingTable = page.getByRole("region", {
      name: "Teammøder, borgeren er på",
    });
    await expect.poll(() => meetingTable.innerText()).toContain(first);
    // The meeting just used is no longer offered.
    expect(await meetings.locator("option").allInnerTexts()).not.toContain(options[1]);

    // All three saved for the citizen, and the page never left it.
    expect(new URL(page.url()).pathname).toBe(citizenUrl.pathname);
    const [held]: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM conversation WHERE participant_id = $1 AND status = 'HELD'`, [
      citizen.id,
    ]);
    const [items]: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM action_plan_item WHERE participant_id = $1`, [citizen.id]);
    const agenda: Array<{ date: string; position: number }> = await dataSource.query(
      `SELECT to_char(m.meeting_date, 'DD.MM.YYYY') AS date, a.position FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id WHERE a.participant_id = $1`,
      [citizen.id],
    );
    expect({ held: held?.n, items: items?.n, agenda }).toEqual({
      held: 1,
      items: 1,
      agenda: [{ date: first, position: 1 }],
    });
    expect(await seriousViolations(page)).toEqual([]);

    // The old address of the citizen's forløb leads to the same page, the date kept.
    await page.goto(`${portal.api.url}/projekter/${project.id}/borgere/${citizen.id}/forloeb?dato=2026-09-15`);
    await page.getByRole("heading", { name: "Borger BC-0042" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(citizenUrl.pathname);
    expect(new URL(page.url()).searchParams.get("dato")).toBe("2026-09-15");
    await page.close();
  }, 60_000);
});
