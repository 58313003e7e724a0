import { formatMoney, parseMoney, sumOre, type Ore } from "@overblik/domain";
import {
  AddProjectMemberDocument,
  ApproveBudgetDocument,
  ChangePasswordDocument,
  CreateBudgetDocument,
  CreateProjectDocument,
  CreateUserDocument,
  FlowAddToAgendaDocument,
  FlowGenerateTeamMeetingsDocument,
  FlowMeetingsDocument,
  ImportParticipantsDocument,
  LoginDocument,
  ProjectParticipantsDocument,
  PlanAddTeamMeetingDocument,
  PlanCreateGoalDocument,
  PlanCreateMilestoneDocument,
  PlanSetFlowPlanDocument,
  PlannerFollowUpDocument,
  PlanSetupDocument,
  ProjectSetupDocument,
  ProjectsDocument,
  SaveBudgetDraftDocument,
  SubmitBudgetDocument,
  type BudgetDraftLineInput,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { firstAdminByCommand } from "../support/first-admin.js";

/**
 * Issue #13's acceptance over GraphQL: from an EMPTY database (no demo data) the first administrator by the
 * README's command, then only the API: users, a three-year project with two municipalities, its members, a
 * budget of two income and five expense lines (one negative, one with a driver) that balances, sent to and
 * approved by the styregruppe, the target group imported, goals, milestones, the flow plan, an extra team
 * meeting and a citizen on its agenda. Every total is recomputed here from the lines, to the øre.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api?.close());

const YEARS = [2026, 2027, 2028] as const;
const perYear = (...amounts: [string, string, string]) => YEARS.map((year, i) => ({ year, amount: amounts[i] as string }));

/** Two income and five expense lines; "Overførsel" is negative, "Lægekonsulent" has a driver (50 timer × 800 kr.). */
const LINES: BudgetDraftLineInput[] = [
  {
    side: "INCOME",
    name: "Pulje: samtaleforløb, tværfaglig afklaring og indsatsplaner",
    category: "Tilskud",
    amounts: perYear("397000.00", "397000.00", "397000.00"),
  },
  { side: "INCOME", name: "Kommunal medfinansiering", amounts: perYear("100000.50", "100000.00", "99999.50") },
  { side: "EXPENSE", name: "BSO tovholder frikøb", category: "Løn", amounts: perYear("240000.00", "240000.00", "240000.00") },
  { side: "EXPENSE", name: "JC tovholder/mentor frikøb", category: "Løn", amounts: perYear("210000.00", "210000.00", "210000.00") },
  {
    side: "EXPENSE",
    name: "Lægekonsulent honorar v/ca. 50 timer",
    amounts: perYear("0.00", "0.00", "0.00"),
    driver: { unit: "timer", quantity: "50", rate: "800.00", fixed: "RATE" },
  },
  { side: "EXPENSE", name: "Overførsel ml. BIF og SOF", amounts: perYear("-20000.00", "-20000.00", "-20000.00") },
  { side: "EXPENSE", name: "Andre udgifter", amounts: perYear("53667.16", "53666.67", "53666.17") },
];

async function loginAs(email: string, password: string, newPassword?: string): Promise<string> {
  const payload = dataOf(await gql(api.url, LoginDocument, { input: { email, password } })).login;
  if (!newPassword) return payload.token;
  expect(payload.user.passwordChangeRequired).toBe(true);
  // Nothing but choosing a password is possible with the one-time password.
  const refused = await gql(api.url, ProjectsDocument, {}, { token: payload.token });
  expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  dataOf(await gql(api.url, ChangePasswordDocument, { input: { currentPassword: password, newPassword } }, { token: payload.token }));
  return dataOf(await gql(api.url, LoginDocument, { input: { email, password: newPassword } })).login.token;
}

const ore = (amount: string): Ore => parseMoney(amount);

describe("a new project from an empty database, over GraphQL", () => {
  it("is set up, budgeted, approved and planned without SQL, and every total agrees to the øre", async () => {
    const adminPassword = await firstAdminByCommand(api.db.url, "it@ishoj.dk", "Ida IT");
    const admin = await loginAs("it@ishoj.dk", adminPassword, "ida-vaelger-sin-egen-kode");

    // Users, each with a one-time password that they replace at the first login.
    const people = { leader: "lone.leder@ishoj.dk", styregruppe: "sofie.styre@vallensbaek.dk", tovholder: "tove.tov@ishoj.dk" } as const;
    const tokens: Record<keyof typeof people, string> = { leader: "", styregruppe: "", tovholder: "" };
    const ids: Record<keyof typeof people, string> = { leader: "", styregruppe: "", tovholder: "" };
    for (const [key, email] of Object.entries(people) as Array<[keyof typeof people, string]>) {
      const created = dataOf(await gql(api.url, CreateUserDocument, { input: { email, name: `Test ${key}`, globalRoles: [] } }, { token: admin })).createUser;
      ids[key] = created.user.id;
      tokens[key] = await loginAs(email, created.oneTimePassword, `${key}-egen-adgangskode`);
    }

    // A three-year project with two municipalities; the creator becomes its leader.
    const project = dataOf(
      await gql(
        api.url,
        CreateProjectDocument,
        {
          input: {
            name: "Flere i arbejde",
            code: "FIA",
            municipalityCodes: ["183", "187"],
            startDate: "2026-01-01",
            endDate: "2028-12-31",
            targetSize: 12,
            matchGroup: "Matchgruppe 3 (aktivitetsparate)",
            eligibility: "Kontanthjælpsmodtagere i matchgruppe 3 pr. 1. januar 2026.",
            poolName: "Puljen til flere i job",
            coFinancingPercent: 20,
            approvalThreshold: "50000.00",
            priceLevelYear: 2026,
          },
        },
        { token: admin },
      ),
    ).createProject;
    expect(project.municipalities.map((m) => m.name).sort()).toEqual(["Ishøj", "Vallensbæk"]);
    expect(project.myRoles).toContain("LEADER");

    for (const [key, role] of [
      ["leader", "LEADER"],
      ["styregruppe", "STYREGRUPPE"],
      ["tovholder", "TOVHOLDER"],
    ] as const) {
      dataOf(await gql(api.url, AddProjectMemberDocument, { input: { projectId: project.id, userId: ids[key], role } }, { token: admin }));
    }
    const setup = dataOf(await gql(api.url, ProjectSetupDocument, { id: project.id }, { token: tokens.leader })).project;
    expect(setup.memberships.map((m) => `${m.email} ${m.role}`).sort()).toEqual(
      ["it@ishoj.dk LEADER", `${people.leader} LEADER`, `${people.styregruppe} STYREGRUPPE`, `${people.tovholder} TOVHOLDER`].sort(),
    );
    expect(setup.membershipHistory.filter((h) => h.action === "ADDED")).toHaveLength(4);

    // The leader writes the budget; it balances per year and in total.
    const draft = dataOf(
      await gql(
        api.url,
        CreateBudgetDocument,
        { input: { projectId: project.id, name: "Økonomioverslag", startYear: 2026, endYear: 2028, priceLevelYear: 2026 } },
        { token: tokens.leader },
      ),
    ).createBudget;
    expect(draft.status).toBe("DRAFT");
    const saved = dataOf(
      await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: draft.id, expectedVersion: draft.version, lines: LINES } }, { token: tokens.leader }),
    ).saveBudgetDraft;
    expect(saved.lines.map((l) => l.name)).toEqual(LINES.map((l) => l.name));
    const driven = saved.lines.find((l) => l.driver);
    expect(driven?.amounts.map((a) => a.amount)).toEqual(["13333.34", "13333.33", "13333.33"]);

    // Recomputed here from what was stored: per year, per side, in total.
    const side = (s: "INCOME" | "EXPENSE", year?: number) =>
      sumOre(saved.lines.filter((l) => l.side === s).flatMap((l) => l.amounts.filter((a) => year === undefined || a.year === year).map((a) => ore(a.amount))));
    for (const y of saved.totals.years) {
      expect(ore(y.income)).toBe(side("INCOME", y.year));
      expect(ore(y.expense)).toBe(side("EXPENSE", y.year));
      expect(y.balanced).toBe(true);
    }
    expect(ore(saved.totals.income)).toBe(side("INCOME"));
    expect(ore(saved.totals.expense)).toBe(side("EXPENSE"));
    expect(formatMoney(side("INCOME"))).toBe("1491000.00");
    expect(saved.totals.balanced).toBe(true);
    expect(ore(saved.totals.difference)).toBe(0n);

    // Sent to the styregruppe, approved there: the original budget is the approved one.
    const submitted = dataOf(
      await gql(api.url, SubmitBudgetDocument, { input: { budgetId: saved.id, expectedVersion: saved.version } }, { token: tokens.leader }),
    ).submitBudget;
    expect(submitted.status).toBe("SUBMITTED");
    const ownApproval = await gql(
      api.url,
      ApproveBudgetDocument,
      { input: { budgetId: saved.id, expectedVersion: submitted.version } },
      { token: tokens.leader },
    );
    expect(ownApproval.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const approved = dataOf(
      await gql(api.url, ApproveBudgetDocument, { input: { budgetId: saved.id, expectedVersion: submitted.version } }, { token: tokens.styregruppe }),
    ).approveBudget;
    expect(approved.status).toBe("APPROVED");
    const followUp = dataOf(await gql(api.url, PlannerFollowUpDocument, { projectId: project.id, asOf: "2026-06-30" }, { token: tokens.leader })).project
      .budgets[0]?.followUp;
    expect(ore(followUp?.income.original ?? "")).toBe(side("INCOME"));
    expect(ore(followUp?.expense.original ?? "")).toBe(side("EXPENSE"));
    expect(ore(followUp?.expense.corrected ?? "")).toBe(side("EXPENSE"));
    expect(ore(followUp?.expense.spent ?? "")).toBe(0n);
    const followUpLines = followUp?.lines ?? [];
    expect(followUpLines).toHaveLength(LINES.length);
    for (const line of saved.lines) {
      const row = followUpLines.find((l) => l.lineId === line.id);
      expect(ore(row?.original ?? ""), line.name).toBe(sumOre(line.amounts.map((a) => ore(a.amount))));
    }

    // The tovholder imports the target group (both municipalities).
    const rows = Array.from(
      { length: 12 },
      (_, i) => `${i % 3 === 0 ? "Vallensbæk" : "Ishøj"};${i % 2 ? "K" : "M"};${1970 + i};Dansk;${12 + i};3;01-02-2026;;`,
    );
    const file = Buffer.from(["Kommune;Køn;Fødselsår;Herkomst;Måneder på ydelse;Matchgruppe;Indskrivningsdato;CPR;Navn", ...rows].join("\n"), "utf8").toString(
      "base64",
    );
    const imported = dataOf(
      await gql(
        api.url,
        ImportParticipantsDocument,
        { input: { projectId: project.id, fileName: "maalgruppe.csv", contentBase64: file } },
        { token: tokens.tovholder },
      ),
    ).importParticipants;
    expect(imported.added).toBe(12);
    expect(imported.firstCode).toBe("FIA-0001");

    // Goals and milestones by the leader, the flow plan by the tovholder.
    dataOf(
      await gql(
        api.url,
        PlanCreateGoalDocument,
        {
          input: {
            projectId: project.id,
            name: "I job eller uddannelse",
            indicator: "JOB_OR_EDUCATION",
            targetPercent: 25,
            baselinePercent: 10,
            targetDate: "2028-12-31",
          },
        },
        { token: tokens.leader },
      ),
    );
    dataOf(
      await gql(
        api.url,
        PlanCreateMilestoneDocument,
        { input: { projectId: project.id, name: "Teamet i drift", dueDate: "2026-04-01", responsible: "Tovholderne" } },
        { token: tokens.leader },
      ),
    );
    const flowPlan = dataOf(
      await gql(
        api.url,
        PlanSetFlowPlanDocument,
        {
          input: {
            projectId: project.id,
            conversationStart: "2026-02-02",
            conversationEnd: "2026-03-27",
            teamStart: "2026-04-01",
            teamEnd: "2026-06-30",
            meetingIntervalDays: 14,
            maxCitizensPerMeeting: 5,
            minutesPerCitizen: 30,
          },
        },
        { token: tokens.tovholder },
      ),
    ).setFlowPlan;
    expect(flowPlan.capacityPlan?.citizens).toBe(12);
    expect(flowPlan.missingMeetings).toBe(flowPlan.capacityPlan?.meetings);
    const plan = dataOf(await gql(api.url, PlanSetupDocument, { projectId: project.id }, { token: tokens.leader })).project;
    expect(plan.goalDefinitions.map((g) => [g.name, g.targetPercent])).toEqual([["I job eller uddannelse", 25]]);
    expect(plan.milestones.map((m) => m.name)).toEqual(["Teamet i drift"]);

    // The plan's meetings, and one extra that the plan does not have; a citizen on its agenda.
    const generated = dataOf(await gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId: project.id }, { token: tokens.tovholder })).generateTeamMeetings;
    expect(generated).toBe(flowPlan.capacityPlan?.meetings);
    const extra = dataOf(
      await gql(api.url, PlanAddTeamMeetingDocument, { input: { projectId: project.id, date: "2026-07-07" } }, { token: tokens.tovholder }),
    ).addTeamMeeting;
    expect(extra.status).toBe("PLANNED");
    const citizen = dataOf(
      await gql(
        api.url,
        ProjectParticipantsDocument,
        { projectId: project.id, take: 1, skip: 0, purpose: "Dagsorden til ekstra teammøde" },
        { token: tokens.tovholder },
      ),
    ).participants.items[0];
    const position = dataOf(
      await gql(api.url, FlowAddToAgendaDocument, { input: { meetingId: extra.id, participantId: citizen?.id ?? "" } }, { token: tokens.tovholder }),
    ).addToAgenda;
    expect(position).toBe(1);
    const meetings = dataOf(await gql(api.url, FlowMeetingsDocument, { projectId: project.id }, { token: tokens.tovholder })).project.teamMeetings;
    expect(meetings).toHaveLength(generated + 1);
    expect(meetings.find((m) => m.id === extra.id)?.items.map((i) => i.participantCode)).toEqual([citizen?.code]);
  });
});
