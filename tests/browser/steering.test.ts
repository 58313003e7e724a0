import { beforeAll, describe, expect, it } from "vitest";
import { DISCLOSURE_FOOTNOTE, discloseCount, FIGURES, reportingDateNote } from "@overblik/domain";
import { PlannerFollowUpDocument } from "@overblik/graphql-client";
import { dataOf, gql } from "../support/api.js";
import { seriousViolations } from "../support/axe.js";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, makeBudgetThroughApi, makeParticipant, makeProject } from "../support/fixtures.js";
import {
  addPosting,
  asUser,
  budgetLineIds,
  holdInitialConversation,
  makeMembers,
  recordScreening,
  setFlowPlan,
  type Member,
} from "../support/fixtures-browser.js";
import { emptyPortalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("the styregruppe's screens in Chromium", () => {
  const portal = emptyPortalSuite();
  let projectId = "";
  let styregruppe: Member;
  let tovholder: Member;
  /** The project's planned target group, and the citizens registered in it (all enrolled on its first day, 16.07.2012). */
  const PLANNED = 20;
  const REGISTERED = 22;
  /** Citizens in the flow with the outcome education, all recorded after the meeting pack's date (05.03.2013). */
  const EDUCATED = 7;

  /**
   * A project of 16.07.2012–01.08.2013 planned for 20 citizens, with 22 registered (SG-0001 …): 10 grønne,
   * 8 orange, 2 blå (a group too small to show) and 2 røde, screened in July 2012. Ten of them had their initial conversation within the
   * conversation period (03.09.–21.12.2012); seven got the outcome education in April–June 2013. The approved
   * budget's psychologist line has spent 48.000 kr. of 40.000 kr. by the project's end (red); the tovholder line is
   * within its budget. A second project, Jobfirst, has neither flow plan nor budget (no lights, so it comes last).
   */
  beforeAll(async () => {
    const { dataSource, url } = portal.api;
    const project = await makeProject(dataSource, {
      name: "Styr på forløbet",
      startDate: "2012-07-16",
      endDate: "2013-08-01",
      targetSize: PLANNED,
      municipalityCodes: ["183"],
    });
    projectId = project.id;
    let leader: Member;
    [leader, tovholder, styregruppe] = (await makeMembers(dataSource, url, project.id, [
      { name: "Lars Leder", role: "LEADER" },
      { name: "Tine Tovholder", role: "TOVHOLDER" },
      { name: "Susanne Styregruppe", role: "STYREGRUPPE" },
    ])) as [Member, Member, Member];
    const other = await makeProject(dataSource, { name: "Jobfirst", startDate: "2012-01-01", endDate: "2015-12-31", municipalityCodes: ["183"] });
    await addMember(dataSource, other.id, styregruppe.id, "STYREGRUPPE");

    await makeBudgetThroughApi(
      url,
      project.id,
      [
        {
          side: "INCOME",
          name: "Puljetilskud",
          amounts: [
            { year: 2012, amount: "100000.00" },
            { year: 2013, amount: "100000.00" },
          ],
        },
        {
          side: "EXPENSE",
          name: "Tovholder frikøb",
          amounts: [
            { year: 2012, amount: "80000.00" },
            { year: 2013, amount: "80000.00" },
          ],
        },
        {
          side: "EXPENSE",
          name: "Psykolog/psykiater honorar",
          amounts: [
            { year: 2012, amount: "20000.00" },
            { year: 2013, amount: "20000.00" },
          ],
        },
      ],
      { leader: leader.token, styregruppe: styregruppe.token },
      { startYear: 2012, endYear: 2013 },
    );
    const lines = await budgetLineIds(url, leader.token, project.id);
    const line = (name: string) => lines.get(name)?.id ?? "";
    await addPosting(url, leader.token, {
      budgetLineId: line("Tovholder frikøb"),
      date: "2012-12-31",
      amount: "60000.00",
      text: "Frikøb 2012",
      voucher: "T-1",
    });
    await addPosting(url, leader.token, {
      budgetLineId: line("Tovholder frikøb"),
      date: "2013-06-30",
      amount: "60000.00",
      text: "Frikøb 2013",
      voucher: "T-2",
    });
    await addPosting(url, leader.token, {
      budgetLineId: line("Psykolog/psykiater honorar"),
      date: "2012-12-31",
      amount: "20000.00",
      text: "Psykolog 2012",
      voucher: "P-1",
    });
    await addPosting(url, leader.token, {
      budgetLineId: line("Psykolog/psykiater honorar"),
      date: "2013-07-31",
      amount: "28000.00",
      text: "Psykolog 2013",
      voucher: "P-2",
    });

    await setFlowPlan(url, leader.token, {
      projectId: project.id,
      conversationStart: "2012-09-03",
      conversationEnd: "2012-12-21",
      teamStart: "2012-10-01",
      teamEnd: "2013-08-01",
      meetingIntervalDays: 14,
      maxCitizensPerMeeting: 5,
      minutesPerCitizen: 30,
    });
    const colours: Array<"GROEN" | "ORANGE" | "BLAA" | "ROED"> = [
      ...Array<"GROEN">(10).fill("GROEN"),
      ...Array<"ORANGE">(8).fill("ORANGE"),
      "BLAA",
      "BLAA",
      "ROED",
      "ROED",
    ];
    expect(colours).toHaveLength(REGISTERED);
    const screened: Array<{ id: string; colour: (typeof colours)[number] }> = [];
    for (const [i, colour] of colours.entries()) {
      const p = await makeParticipant(dataSource, project.id, { code: `SG-${String(i + 1).padStart(4, "0")}`, colour, enrolmentDate: "2012-07-16" });
      screened.push({ id: p.id, colour });
      // The first ten (grønne) had their conversation in September–October 2012; seven of them got an education.
      if (i < 10) await holdInitialConversation(url, tovholder.token, p.id, `2012-${i < 5 ? "09" : "10"}-${String(10 + i).padStart(2, "0")}`);
      if (i < EDUCATED) {
        await asUser(url, tovholder.token, `mutation O($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`, {
          input: { participantId: p.id, kind: "EDUCATION", date: `2013-0${4 + (i % 3)}-15` },
        });
      }
    }
    // Screened in week 29 of 2012: the dashboard's baseline ("Ved screeningen").
    await recordScreening(dataSource, screened, new Date("2012-07-20T08:00:00Z"), tovholder.id);
  });

  /** The budget planner's own follow-up for the project, through the API the planner uses: `budgets[0].followUp(asOf).expense`. */
  async function plannerExpense(asOf: string) {
    const data = dataOf(await gql(portal.api.url, PlannerFollowUpDocument, { projectId, asOf }, { token: styregruppe.token }));
    const expense = data.project.budgets[0]?.followUp.expense;
    if (!expense) throw new Error("Projektet har intet budget");
    return expense;
  }

  /** "1179475.00" → "1.179.475 kr." (Danish grouping; øre only when there are any), written out here rather than borrowed from the portal. */
  const danishKroner = (money: string) => {
    const [kroner = "0", ore = "00"] = money.split(".");
    return `${new Intl.NumberFormat("da-DK").format(BigInt(kroner))}${ore === "00" ? "" : `,${ore}`} kr.`;
  };

  it("shows the portfolio with both lights and their rules, red first, and passes axe-core", async () => {
    const page = await portal.loggedIn(styregruppe.email, "/styregruppe?dato=2013-08-01");
    await page.getByRole("heading", { name: "Portefølje", level: 1 }).waitFor();
    const cards = page.locator("ol.sg-portfolio > li");
    await expect.poll(() => cards.count()).toBeGreaterThan(1);
    const text = await page.locator("main").innerText();
    expect(text).toContain("Jobfirst");
    // Red first: the first project has a red light; the project's rule says why.
    expect(await cards.first().locator(".rag-badge--red").count()).toBeGreaterThan(0);
    const ours = cards.filter({ has: page.getByRole("heading", { name: "Styr på forløbet" }) });
    const card = await ours.innerText();
    // The light judges the conversation period (to 21.12.2012), as the pace table does (issue #15: it was green
    // beside a table saying "bagud" every week). The citizens in the flow reached by then, against the plan's 20,
    // as the styregruppe sees them: rounded.
    const [byEnd]: Array<{ n: number }> = await portal.api.dataSource.query(
      `SELECT count(DISTINCT c.participant_id)::int AS n FROM conversation c JOIN participant p ON p.id = c.participant_id
        WHERE c.project_id = $1 AND c.status = 'HELD' AND c.held_date <= '2012-12-21' AND (p.colour IS NULL OR p.colour <> 'ROED')`,
      [projectId],
    );
    const reached = byEnd?.n ?? 0;
    expect(reached).toBe(10);
    const light = reached >= PLANNED ? "Grøn" : reached >= 0.75 * PLANNED ? "Gul" : "Rød";
    expect(card).toMatch(
      new RegExp(
        `Fremdrift:\\s+Status:\\s+${light}\\s+Samtale holdt med ${discloseCount(reached).display} borgere mod krævet ${discloseCount(PLANNED).display} ved periodens slut 21\\.12\\.2012`,
      ),
    );
    expect(card).toMatch(/Økonomi:\s+Status:\s+Rød\s+Psykolog\/psykiater honorar/);
    expect(card).toContain(reportingDateNote("2013-07-31"));
    expect(text).toContain(`Projekter, du ikke er tovholder på: ${DISCLOSURE_FOOTNOTE}`);
    expect(card).toContain(`Forbrug\n${danishKroner((await plannerExpense("2013-08-01")).spent)}`);
    expect(text).not.toMatch(/SG-\d{4}/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows the project's dashboard with the planner's figures, <5 and no citizen, and passes axe-core", async () => {
    const page = await portal.loggedIn(styregruppe.email, `/projekter/${projectId}/styregruppe?dato=2013-08-01`);
    await page.getByRole("heading", { name: "Styregruppens overblik" }).waitFor();
    await expect.poll(() => page.locator("main").innerText(), { timeout: 15_000 }).toContain("Fra målgruppe til resultat");
    const text = await page.locator("main").innerText();
    // The budget planner's own figures, to the øre, in Danish kroner.
    const expense = await plannerExpense("2013-08-01");
    const [posted]: Array<{ s: string }> = await portal.api.dataSource.query(
      `SELECT (sum(p.amount_ore) / 100.0)::numeric(14,2)::text AS s FROM budget_posting p JOIN budget_line l ON l.id = p.budget_line_id
         JOIN budget b ON b.id = l.budget_id WHERE b.project_id = $1 AND l.side = 'EXPENSE' AND p.posting_date <= '2013-08-01'`,
      [projectId],
    );
    expect(expense.spent).toBe(posted?.s);
    expect(text).toContain(`Forbrug\n${danishKroner(expense.spent)}`);
    expect(text).toContain(`Korrigeret budget\n${danishKroner(expense.corrected)}`);
    expect(text).toContain(`Forventet forbrug\n${danishKroner(expense.forecast)}`);
    // The funnel: on the bar and in its table; the blue group is too small to show.
    // The 22 registered citizens as the styregruppe sees them (the domain's rounding), as of the latest month end.
    const target = discloseCount(REGISTERED).display;
    expect(await page.locator("main svg text", { hasText: `${target} (100,0 % af ${target} i målgruppen)` }).count()).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`${FIGURES.TARGET.label}\\s+${target}\\s+100,0 % af ${target} i målgruppen`));
    // The planned target group beside the registered one, each named (issue #15: the two were unlabelled before).
    expect(text).toContain(`Planlagt målgruppe ${PLANNED} · ${target} borgere i målgruppen`);
    expect(text).toContain(reportingDateNote("2013-07-31"));
    expect(text).toContain(DISCLOSURE_FOOTNOTE);
    expect(text).toMatch(/Blå\s+<5\s+<5/);
    expect(text).not.toMatch(/SG-\d{4}/);
    expect(await page.locator("main svg[role=img]").count()).toBeGreaterThan(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("lets the tovholder close a meeting pack, lists it, and shows it frozen next to today's figures", async () => {
    const page = await portal.loggedIn(tovholder.email, `/projekter/${projectId}/styregruppe?dato=2013-03-01`);
    await page.getByRole("heading", { name: "Mødepakker" }).waitFor({ timeout: 15_000 });
    await page.getByLabel("Mødedato").fill("2013-03-05");
    await page.getByLabel("Tovholderens kommentarer til mødet").fill("Forløbet følger planen.");
    await page.getByRole("button", { name: "Luk pakke til møde d. 05.03.2013" }).click();
    const dialog = page.getByRole("dialog", { name: "Luk pakken til mødet d. 05.03.2013?" });
    await dialog.getByRole("button", { name: "Ja, luk pakken" }).click();
    await page.getByText("Pakken til mødet d. 05.03.2013 er lukket.").waitFor();
    const listed = page.getByRole("row", { name: /Mødet d\. 05\.03\.2013/ });
    await expect.poll(() => listed.innerText()).toContain("Tine Tovholder");
    await listed.getByRole("link").click();
    await page.getByRole("heading", { name: "Mødepakke til mødet d. 05.03.2013" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toMatch(/Frossen pakke lukket \d\d\.\d\d\.\d{4} kl\. \d\d\.\d\d af Tine Tovholder/);
    const pack = await page.locator("main").innerText();
    expect(pack).toContain("Forløbet følger planen.");
    expect(pack).toContain("Nøgletal pr. 05.03.2013");
    // A pack is what the styregruppe sees, even when the tovholder closed it.
    expect(pack).toMatch(/Blå\s+<5\s+<5/);
    await page.getByLabel("Sammenlign med i dag").check();
    const comparison = page.getByRole("table", { name: "Nøgletal i pakken og aktuelt, med forskellen" });
    await comparison.waitFor();
    // Today is after the project's end (01.08.2013): "i dag" is that day, as on the dashboard.
    expect(await comparison.innerText()).toContain("Aktuelt (01.08.2013)");
    // The pack holds the styregruppe's rounded figure (22 → 20), the tovholder's live one is exact.
    expect(await comparison.getByRole("row", { name: new RegExp(`^${FIGURES.TARGET.label}`) }).innerText()).toMatch(
      new RegExp(`${discloseCount(REGISTERED).display}\\s+${REGISTERED}\\s+\\+${REGISTERED - (discloseCount(REGISTERED).count ?? 0)}`),
    );
    // No outcome by the pack's date (0), the seven educations since.
    expect(await comparison.getByRole("row", { name: /^I job eller uddannelse/ }).innerText()).toMatch(new RegExp(`0\\s+${EDUCATED}\\s+\\+${EDUCATED}`));
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
