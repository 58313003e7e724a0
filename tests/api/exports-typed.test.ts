import { parseMoney } from "@overblik/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { addDays, buildProject, makeWorldUsers, type BuiltProject, type ProjectSpec, type WorldUsers } from "../support/world.js";

/**
 * Issue 15, item 4: the exports are typed like the screen. Counts are numbers, shares are fractions with a
 * percent format (a target of 15 % is 0,15), money is a number in kr. with a Danish number format, dates are
 * dates; a hidden count stays the text "<5"; the same budget has the same name in every export.
 */

const MONEY = '#,##0.00 "kr."';
const PERCENT = "0.0%";
const DATE = "dd-mm-yyyy";

let api: TestApi;
let users: WorldUsers;
let built: BuiltProject;
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(new Date());
const start = addDays(today, -300);

const spec: ProjectSpec = {
  targetSize: 12,
  days: 600,
  citizens: Array.from({ length: 8 }, (_, i) => ({
    colour: i === 7 ? "GROEN" : "ORANGE",
    enrolDay: 0,
    heldAfter: i < 6 ? 10 + i : null,
    secondHeld: false,
    outcome: i < 2 ? "JOB" : null,
    outcomeAfter: 60,
  })),
  lines: [
    { side: "INCOME", amounts: [30_000_000n] },
    { side: "EXPENSE", amounts: [20_000_000n] },
    { side: "EXPENSE", amounts: [10_000_000n] },
  ],
  changes: [],
  postings: [
    { line: 1, amount: 1_234_567n, day: 20 },
    { line: 2, amount: 250_000n, day: 40 },
  ],
  goalTargetPercent: 15,
};

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  users = await makeWorldUsers(api.url, api.dataSource);
  built = await buildProject(api.url, api.dataSource, users, spec, start, today);
  dataOf(
    await gql(
      api.url,
      `mutation M($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
      { input: { projectId: built.projectId, name: "Første styregruppemøde", dueDate: addDays(start, 30), responsible: "Lene Leder" } },
      { token: users.leader.token },
    ),
  );
}, 120_000);
afterAll(() => api?.close());

type Dashboard = {
  asOf: string;
  funnel: Array<{ key: string; label: string; count: number | null; display: string; percentOfTarget: string | null }>;
  goals: Array<{ name: string; count: number | null; percent: string | null; display: string; targetPercent: number; targetCount: number | null }>;
  costs: Array<{ key: string; label: string; countDisplay: string; amount: string | null; display: string }>;
  milestones: Array<{ name: string; dueDate: string }>;
  followUp: {
    lines: Array<{ name: string; corrected: string; spent: string; forecast: string; spentPercent: number | null }>;
    expense: { corrected: string; spent: string };
  } | null;
};

const DASHBOARD = `query D($p: ID!, $asOf: String) { project(id: $p) { dashboard(asOf: $asOf) {
  asOf funnel { key label count display percentOfTarget }
  goals { name count percent display targetPercent targetCount }
  costs { key label countDisplay amount display }
  milestones { name dueDate }
  followUp { lines { name corrected spent forecast spentPercent } expense { corrected spent } } } } }`;

async function dashboard(token: string): Promise<Dashboard> {
  return dataOf(await gql<{ project: { dashboard: Dashboard } }, object>(api.url, DASHBOARD, { p: built.projectId, asOf: today }, { token })).project.dashboard;
}

async function book(path: string, token: string): Promise<ExcelJS.Workbook> {
  const res = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(
    res.status,
    await res
      .clone()
      .text()
      .catch(() => ""),
  ).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return workbook;
}

/** The rows of a section (from its title and header to the next empty row), by their first cell. */
function section(sheet: ExcelJS.Worksheet, title: string): Map<string, ExcelJS.Row> {
  const rows = sheet.getRows(1, sheet.rowCount) ?? [];
  const start = rows.findIndex((r) => r.getCell(1).value === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const out = new Map<string, ExcelJS.Row>();
  for (const r of rows.slice(start + 2)) {
    if (r.getCell(1).value === null) break;
    out.set(r.getCell(1).text, r);
  }
  return out;
}

const share = (percent: string) => Number(percent.replace(",", ".")) / 100;
const kroner = (money: string) => Number(parseMoney(money)) / 100;

describe("the dashboard's workbook is typed like the screen", () => {
  it("counts are numbers, shares are fractions with a percent format, money in kr., dates are dates", async () => {
    const d = await dashboard(users.tovholder.token);
    const sheet = (await book(`/export/dashboard/${built.projectId}.xlsx?dato=${today}`, users.tovholder.token)).getWorksheet("Overblik");
    if (!sheet) throw new Error("no Overblik sheet");

    const funnel = section(sheet, "Tragten");
    for (const s of d.funnel) {
      const row = funnel.get(s.label);
      expect(row?.getCell(2).value, s.key).toBe(s.count);
      if (s.percentOfTarget === null) continue;
      expect(row?.getCell(3).value, s.key).toBeCloseTo(share(s.percentOfTarget), 10);
      expect(row?.getCell(3).numFmt, s.key).toBe(PERCENT);
    }

    const goals = section(sheet, "Mål");
    const goal = d.goals[0];
    if (!goal?.percent) throw new Error("no goal figure");
    const goalRow = goals.get(goal.name);
    expect(goalRow?.getCell(2).value).toBeCloseTo(share(goal.percent), 10);
    expect(goalRow?.getCell(2).numFmt).toBe(PERCENT);
    // A target of 15 % is the fraction 0,15 shown as "15,0 %", never the number 15.
    expect(goalRow?.getCell(3).value).toBe(0.15);
    expect(goalRow?.getCell(3).numFmt).toBe(PERCENT);

    const costs = section(sheet, "Pris pr. aktivitet og resultat");
    for (const c of d.costs) {
      const row = costs.get(c.label);
      if (c.amount === null) continue;
      expect(row?.getCell(2).value, c.key).toBe(Number(c.countDisplay));
      expect(row?.getCell(3).value, c.key).toBe(kroner(c.amount));
      expect(row?.getCell(3).numFmt, c.key).toBe(MONEY);
    }

    const milestones = section(sheet, "Milepæle");
    const m = d.milestones[0];
    if (!m) throw new Error("no milestone");
    const due = milestones.get(m.name)?.getCell(2);
    expect(due?.value).toEqual(new Date(`${m.dueDate}T00:00:00Z`));
    expect(due?.numFmt).toBe(DATE);

    const economy = sheet.workbook.getWorksheet("Budgetopfølgning");
    const rows = economy?.getRows(1, economy.rowCount) ?? [];
    for (const l of d.followUp?.lines ?? []) {
      const row = rows.find((r) => r.getCell(2).value === l.name);
      expect(row?.getCell(5).value, l.name).toBe(kroner(l.corrected));
      expect(row?.getCell(6).value, l.name).toBe(kroner(l.spent));
      expect(row?.getCell(6).numFmt, l.name).toBe(MONEY);
      expect(row?.getCell(16).value, l.name).toBe(kroner(l.forecast));
      if (l.spentPercent === null) expect(row?.getCell(8).value ?? null, l.name).toBeNull();
      else expect(row?.getCell(8).value, l.name).toBeCloseTo(l.spentPercent / 100, 12);
    }
  });

  it("a hidden count stays the text <5 for the styregruppe", async () => {
    const d = await dashboard(users.steering.token);
    const hidden = d.funnel.filter((s) => s.count === null);
    expect(hidden.length).toBeGreaterThan(0);
    const sheet = (await book(`/export/dashboard/${built.projectId}.xlsx?dato=${today}`, users.steering.token)).getWorksheet("Overblik");
    if (!sheet) throw new Error("no Overblik sheet");
    const funnel = section(sheet, "Tragten");
    for (const s of hidden) {
      expect(funnel.get(s.label)?.getCell(2).value, s.key).toBe("<5");
      expect(funnel.get(s.label)?.getCell(3).value ?? null, s.key).toBeNull();
    }
  });
});

describe("the same names in every export", () => {
  it("the budget follow-up is the same sheet, with the same title and headers, in the dashboard's and the budget's workbook", async () => {
    const fromDashboard = (await book(`/export/dashboard/${built.projectId}.xlsx?dato=${today}`, users.tovholder.token)).getWorksheet("Budgetopfølgning");
    const fromBudget = (await book(`/export/budgets/${built.budgetId}/follow-up.xlsx?asOf=${today}`, users.leader.token)).getWorksheet("Budgetopfølgning");
    if (!fromDashboard || !fromBudget) throw new Error("no Budgetopfølgning sheet");
    const title = (s: ExcelJS.Worksheet) => s.getRow(1).getCell(1).value;
    expect(title(fromDashboard)).toBe("Genereret projekt: Økonomioverslag");
    expect(title(fromBudget)).toBe(title(fromDashboard));
    expect(fromBudget.getRow(5).values).toEqual(fromDashboard.getRow(5).values);
    // Every amount in both is a number in kr. with the same format.
    for (const s of [fromDashboard, fromBudget]) {
      const total = s.getRows(1, s.rowCount)?.find((r) => r.getCell(2).value === "I alt udgifter");
      expect(typeof total?.getCell(5).value).toBe("number");
      expect(total?.getCell(5).numFmt).toBe(MONEY);
    }
  });
});
