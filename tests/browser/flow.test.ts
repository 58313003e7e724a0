import { beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { makeBudgetThroughApi, makeParticipant, makeProject } from "../support/fixtures.js";
import {
  addIntervention,
  addPlanItem,
  addTeamMember,
  asUser,
  budgetLineIds,
  holdInitialConversation,
  makeMembers,
  setFlowPlan,
  type Member,
} from "../support/fixtures-browser.js";
import { emptyPortalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("the coordination flow in Chromium", () => {
  const portal = emptyPortalSuite();
  let projectId = "";
  let leader: Member;
  let tovholder: Member;
  let teamMember: Member;
  /** Citizens by code: each test has its own (FL-0001 gets a plan item, FL-0004 and FL-0005 a meeting, FL-0006 units). */
  const citizens = new Map<string, string>();
  const DOCTOR = "Lægekonsulent honorar v/ca. 50 timer";
  const CONSULTANT = "Virksomhedskonsulent honorar v/ca. 40 timer";

  /**
   * A project like Brug for alle's flow, small: eight citizens (six grønne with their initial conversation held,
   * an orange and a rød one), a flow plan for 30 citizens (the capacity plan's input: see its test), the catalogue
   * with Social mentor and a work placement, a team whose doctor is paid by his budget line, counting team hours,
   * and one open alert on FL-0002's plan. No meetings yet: the tovholder creates them in the meetings' test.
   */
  beforeAll(async () => {
    const { dataSource, url } = portal.api;
    const project = await makeProject(dataSource, {
      name: "Forløb i Ishøj",
      startDate: "2012-07-16",
      endDate: "2013-09-30",
      targetSize: 30,
      municipalityCodes: ["183"],
    });
    projectId = project.id;
    let styregruppe: Member;
    [leader, tovholder, styregruppe, teamMember] = (await makeMembers(dataSource, url, project.id, [
      { name: "Lars Leder", role: "LEADER" },
      { name: "Tine Tovholder", role: "TOVHOLDER" },
      { name: "Susanne Styregruppe", role: "STYREGRUPPE" },
      { name: "Torben Teammedlem", role: "TEAM_MEMBER" },
    ])) as [Member, Member, Member, Member];
    const both = (amount: string) => [
      { year: 2012, amount },
      { year: 2013, amount },
    ];
    await makeBudgetThroughApi(
      url,
      project.id,
      [
        { side: "INCOME", name: "Puljetilskud", amounts: both("72000.00") },
        { side: "EXPENSE", name: DOCTOR, amounts: both("40000.00"), driver: { unit: "timer", quantity: "50", rate: "800.00", fixed: "RATE" } },
        { side: "EXPENSE", name: CONSULTANT, amounts: both("32000.00"), driver: { unit: "timer", quantity: "40", rate: "800.00", fixed: "RATE" } },
      ],
      { leader: leader.token, styregruppe: styregruppe.token },
      { startYear: 2012, endYear: 2013 },
    );
    const lines = await budgetLineIds(url, leader.token, project.id);
    const doctorLine = lines.get(DOCTOR);
    if (!doctorLine) throw new Error("no doctor's line");
    // The doctor's meeting hours become activity on his line (as in Brug for alle).
    await asUser(url, leader.token, `mutation S($input: SetLineActivitySourceInput!) { setLineActivitySource(input: $input) { version } }`, {
      input: { budgetLineId: doctorLine.id, source: "TEAM_HOURS", expectedVersion: doctorLine.version },
    });
    await setFlowPlan(url, leader.token, {
      projectId: project.id,
      conversationStart: "2012-09-03",
      conversationEnd: "2012-10-26",
      teamStart: "2012-10-01",
      teamEnd: "2013-09-01",
      meetingIntervalDays: 14,
      maxCitizensPerMeeting: 5,
      minutesPerCitizen: 45,
    });
    await addTeamMember(url, tovholder.token, { projectId: project.id, name: "Tine Tovholder", title: "Socialrådgiver (tovholder)", competence: "SOCIAL" });
    await addTeamMember(url, tovholder.token, {
      projectId: project.id,
      name: "Torben Teammedlem",
      title: "Lægekonsulent",
      competence: "PHYSICAL_HEALTH",
      budgetLineId: doctorLine.id,
      userId: teamMember.id,
    });
    const mentor = await addIntervention(url, tovholder.token, {
      projectId: project.id,
      name: "Social mentor",
      area: "SOCIAL",
      supplier: "Jobcenter",
      unit: "time",
    });
    await addIntervention(url, tovholder.token, {
      projectId: project.id,
      name: "Virksomhedspraktik i 13 uger",
      area: "EMPLOYMENT",
      supplier: "Jobcenter",
      unit: "uge",
    });

    const colours = ["GROEN", "GROEN", "GROEN", "GROEN", "GROEN", "GROEN", "ORANGE", "ROED"] as const;
    for (const [i, colour] of colours.entries()) {
      const code = `FL-${String(i + 1).padStart(4, "0")}`;
      const p = await makeParticipant(dataSource, project.id, { code, colour, enrolmentDate: "2012-08-01" });
      citizens.set(code, p.id);
      if (colour === "GROEN") await holdInitialConversation(url, tovholder.token, p.id, `2012-09-${String(10 + i).padStart(2, "0")}`);
    }
    const item = await addPlanItem(url, tovholder.token, {
      participantId: citizens.get("FL-0002") ?? "",
      interventionId: mentor,
      responsibleUnit: "Jobcenter",
      startMonth: "2012-11",
      endMonth: "2013-01",
    });
    await asUser(url, tovholder.token, `mutation N($input: ReportNonComplianceInput!) { reportNonCompliance(input: $input) { id } }`, {
      input: { itemId: item.id, reportedByUnit: "Jobcenter", message: "Borgeren er ikke mødt op de sidste tre gange" },
    });
  });

  it("shows the tovholder every citizen by urgency, and a citizen's timeline where a plan item is added", async () => {
    const page = await portal.loggedIn(tovholder.email, `/projekter/${projectId}/forloeb`);
    await page.getByRole("heading", { name: "Tovholderens overblik" }).waitFor();
    const rows = page.locator("main table tbody tr");
    // Every citizen of the project, the rød one included.
    await expect.poll(() => rows.count()).toBe(citizens.size);
    // A grøn citizen without plan or outcome, opened from the list.
    const p = { code: "FL-0001", id: citizens.get("FL-0001") };
    await page.getByRole("link", { name: p.code }).click();
    await page.getByRole("heading", { name: "Tidslinje" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("Indledende samtale");

    await page.getByRole("button", { name: "Tilføj indsats" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Indsats fra ydelseskataloget").selectOption({ label: "Social mentor (Jobcenter)" });
    await dialog.getByLabel("Ansvarlig enhed").fill("Jobcenter");
    await dialog.getByLabel("Første måned").fill("2013-08");
    await dialog.getByLabel("Sidste måned").fill("2013-10");
    await dialog.getByRole("button", { name: "Tilføj til planen" }).click();
    await dialog.waitFor({ state: "hidden" });
    const saved: Array<{ n: number }> = await portal.api.dataSource.query(`SELECT count(*)::int AS n FROM action_plan_item WHERE participant_id = $1`, [p.id]);
    expect(saved[0]?.n).toBe(1);
    await expect.poll(() => page.locator("main").innerText()).toContain("Social mentor");
    await page.close();
  });

  it("lets the tovholder create the extra meetings, fill an agenda and hold it, the doctor's hours landing on his line", async () => {
    // The flow plan's meetings every 14 days from 01.10.2012 to 01.09.2013 (05.08.2013 among them), none created yet.
    const page = await portal.loggedIn(tovholder.email, `/projekter/${projectId}/moeder`);
    await page.getByRole("heading", { name: "Teammøder" }).waitFor();
    await page.getByRole("button", { name: "Opret møder efter forløbsplanen" }).click();
    await page.getByRole("link", { name: "05.08.2013" }).click();
    await page.getByRole("heading", { name: "Dagsorden", exact: true }).waitFor();

    // Two grønne citizens whose initial conversation is held, on no agenda yet.
    const waiting = [{ code: "FL-0005" }, { code: "FL-0004" }];
    for (const w of waiting) {
      await page.getByLabel("Borgerens deltagerkode").fill(w.code);
      await page.getByRole("button", { name: "Sæt på dagsordenen" }).click();
      await expect.poll(() => page.locator("main").innerText()).toContain(`${w.code} er sat på dagsordenen`);
    }
    const doctorLine = `SELECT coalesce(sum(e.quantity), 0)::text AS q FROM activity_entry e JOIN budget_line l ON l.id = e.budget_line_id WHERE l.name LIKE 'Lægekonsulent%'`;
    const before: Array<{ q: string }> = await portal.api.dataSource.query(doctorLine);

    await page.getByRole("button", { name: "Registrér afholdt møde" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("checkbox", { name: /Torben Teammedlem/ }).check();
    await dialog.getByLabel("Timer for Torben Teammedlem").fill("2");
    // Whether each citizen came must be chosen; the meeting is held either way.
    await dialog.getByRole("button", { name: "Registrér mødet som afholdt" }).click();
    await expect.poll(() => dialog.innerText()).toContain("Vælg, om borgeren mødte op.");
    await dialog.getByRole("radio", { name: "Mødte op", exact: true }).nth(0).check();
    await dialog.getByRole("radio", { name: "Mødte ikke op" }).nth(1).check();
    await dialog.getByLabel(`Teamets anbefalinger for ${waiting[0]?.code}`).fill("Praktik i 13 uger");
    await dialog.getByRole("button", { name: "Registrér mødet som afholdt" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.locator("main").innerText()).toContain("Bogført som aktivitet på budgetlinjerne");
    const after: Array<{ q: string }> = await portal.api.dataSource.query(doctorLine);
    expect(Number(after[0]?.q) - Number(before[0]?.q)).toBe(2);
    await page.close();
  });

  it("shows the capacity plan from the project's own figures, with the pace chart and its table", async () => {
    const page = await portal.loggedIn(tovholder.email, `/projekter/${projectId}/kapacitet`);
    await page.getByRole("heading", { name: "Kapacitetsplan" }).waitFor();
    // The plan's 30 citizens in 54 days (03.09.–26.10.2012): ⌈30 × 7 / 54⌉ = ⌈3,9⌉ = 4 a week; 30 × 45 min = 22,5 hours;
    // the first week of the window is ISO week 36 of 2012.
    await expect.poll(() => page.locator("main").innerText()).toContain("kræver 4 samtaler pr. uge");
    const text = await page.locator("main").innerText();
    expect(text).toContain("22,5 teamtimer");
    expect(text).toContain("uge 36 2012");
    expect(await page.locator("main svg").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("turns units of social mentor into activity on the line the leader set to count delivered units", async () => {
    const line = CONSULTANT;
    const leaderPage = await portal.loggedIn(leader.email, `/projekter/${projectId}/budget`);
    await leaderPage.getByRole("button", { name: `Skift kilde til aktivitet for ${line}` }).click();
    const sourceDialog = leaderPage.getByRole("dialog");
    await sourceDialog.getByRole("radio", { name: "Leverede indsatsenheder" }).check();
    // The effect before saving: nothing in the catalogue is tied to the line yet.
    await expect.poll(() => sourceDialog.innerText()).toContain("Tovholderen knytter indsatser til linjen i ydelseskataloget");
    await sourceDialog.getByRole("button", { name: "Gem kilden" }).click();
    await sourceDialog.waitFor({ state: "hidden" });
    await expect.poll(() => leaderPage.locator("main").innerText()).toContain("Kilde: Leverede indsatsenheder");
    await leaderPage.close();

    const page = await portal.loggedIn(tovholder.email, `/projekter/${projectId}/katalog`);
    await page.getByRole("button", { name: "Skift budgetlinje for Social mentor" }).click();
    const lineDialog = page.getByRole("dialog");
    await lineDialog.getByLabel("Betales af budgetlinjen").selectOption({ label: line });
    await expect.poll(() => lineDialog.innerText()).toContain("Leverede enheder bliver aktivitet på linjen");
    await lineDialog.getByRole("button", { name: "Gem budgetlinjen" }).click();
    await lineDialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.locator("main").innerText()).toContain(`Social mentor betales nu af »${line}«`);

    // A grøn citizen without plan or outcome.
    await page.goto(`${portal.api.url}/projekter/${projectId}/borgere/${citizens.get("FL-0006")}/forloeb`);
    await page.getByRole("button", { name: "Tilføj indsats" }).click();
    const addDialog = page.getByRole("dialog");
    await addDialog.getByLabel("Indsats fra ydelseskataloget").selectOption({ label: "Social mentor (Jobcenter)" });
    await addDialog.getByRole("button", { name: "Tilføj til planen" }).click();
    await addDialog.waitFor({ state: "hidden" });

    const activity = `SELECT coalesce(sum(e.quantity), 0)::text AS q FROM activity_entry e JOIN budget_line l ON l.id = e.budget_line_id WHERE l.name = $1`;
    const before: Array<{ q: string }> = await portal.api.dataSource.query(activity, [line]);
    await page.getByRole("button", { name: "Registrér leverede enheder af Social mentor" }).click();
    const unitsDialog = page.getByRole("dialog");
    await unitsDialog.getByLabel("Antal leverede enheder").fill("3");
    await expect.poll(() => unitsDialog.innerText()).toContain("Leveret i alt bliver 3 timer.");
    await unitsDialog.getByRole("button", { name: "Registrér enhederne" }).click();
    await unitsDialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.locator("main").innerText()).toContain(`De er bogført som aktivitet på budgetlinjen »${line}«.`);
    expect(await page.locator("main").innerText()).toContain("Leveret: 3 timer");
    const after: Array<{ q: string }> = await portal.api.dataSource.query(activity, [line]);
    expect(Number(after[0]?.q) - Number(before[0]?.q)).toBe(3);
    await page.close();
  });

  it("lists the catalogue and the open alerts; a team member gets no overview", async () => {
    const page = await portal.loggedIn(tovholder.email, `/projekter/${projectId}/katalog`);
    await expect.poll(() => page.locator("main").innerText()).toContain("Virksomhedspraktik i 13 uger");
    await page.goto(`${portal.api.url}/projekter/${projectId}/advarsler`);
    const open: Array<{ code: string }> = await portal.api.dataSource.query(
      `SELECT p.code FROM plan_alert a JOIN participant p ON p.id = a.participant_id WHERE a.project_id = $1 AND a.resolved_at IS NULL`,
      [projectId],
    );
    expect(open.map((a) => a.code)).toEqual(["FL-0002"]);
    for (const a of open) await expect.poll(() => page.locator("main").innerText()).toContain(a.code);
    await page.close();

    const team = await portal.loggedIn(teamMember.email, `/projekter/${projectId}/forloeb`);
    // The project's frame is shown (so the page has loaded) without the overview's list.
    await team.getByRole("heading", { name: "Forløb i Ishøj", level: 1 }).waitFor();
    await expect.poll(() => team.locator("main").innerText()).not.toMatch(/FL-\d{4}/);
    await team.close();
  });
});
