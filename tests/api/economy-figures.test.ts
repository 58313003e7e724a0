import {
  AddPostingDocument,
  AdjustBudgetDocument,
  BudgetFollowUpDocument,
  BudgetPostingsDocument,
  DecideBudgetChangeDocument,
  PlannerFollowUpDocument,
  RecordActivityDocument,
  SteeringDashboardDocument,
  type BudgetDraftLineInput,
} from "@overblik/graphql-client";
import { formatKr, parseMoney, type ProjectRole } from "@overblik/domain";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type GraphQLResponse, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeBudgetThroughApi, makeProject, makeUser } from "../support/fixtures.js";

/**
 * Issue #15's economy examples, each through the API on a world built here:
 * the forecast after a project's end is what was spent; a draft budget is not judged; a change financed
 * by a new grant books the grant as income; postings are summed by side; no text says "kr..".
 */

let api: TestApi;
let projectId: string;
let leader: string;
let leader2: string;
let styregruppe: string;
let styregruppe2: string;
/** Every Danish text the API answered in this file: none may say "kr..". */
const texts: string[] = [];

const YEAR = 2026;
const kr = (n: number) => `${n}.00`;
const ore = (n: number) => BigInt(n) * 100n;

async function tokenFor(role: ProjectRole, project: string): Promise<string> {
  const user = await makeUser(api.dataSource);
  await addMember(api.dataSource, project, user.id, role);
  return login(api.url, user.email, FIXTURE_PASSWORD);
}

function collect(value: unknown): void {
  if (typeof value === "string") texts.push(value);
  else if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === "object") Object.values(value).forEach(collect);
}

async function call<T>(res: Promise<GraphQLResponse<T>>): Promise<GraphQLResponse<T>> {
  const r = await res;
  collect(r.data);
  collect(r.errors?.map((e) => e.message));
  return r;
}

const budgetWith = (project: string, lines: BudgetDraftLineInput[], tokens: { leader: string; styregruppe: string }, draft = false) =>
  makeBudgetThroughApi(api.url, project, lines, tokens, { startYear: YEAR, endYear: YEAR, draft });

async function followUp(project: string, asOf: string, token = leader) {
  const res = await call(gql(api.url, PlannerFollowUpDocument, { projectId: project, asOf }, { token }));
  const budget = dataOf(res).project.budgets[0];
  if (!budget?.followUp) throw new Error("no follow-up");
  return budget.followUp;
}

async function lineIds(project: string): Promise<Map<string, { id: string; version: number; side: string }>> {
  const budget = dataOf(await gql(api.url, BudgetFollowUpDocument, { projectId: project }, { token: leader })).project.budgets[0];
  return new Map((budget?.lines ?? []).map((l) => [l.name, { id: l.id, version: l.version, side: l.side }]));
}

/** Mentor: 100 timer × 1.000 kr.; a transfer of -20.000 kr. (negative expense); income 80.000 kr. */
const LINES: BudgetDraftLineInput[] = [
  { side: "INCOME", name: "Puljetilskud", amounts: [{ year: YEAR, amount: kr(80_000) }] },
  {
    side: "EXPENSE",
    name: "Mentor",
    amounts: [{ year: YEAR, amount: kr(100_000) }],
    driver: { unit: "timer", quantity: "100", rate: "1000.00", fixed: "RATE" },
  },
  { side: "EXPENSE", name: "Overførsel til Socialforvaltningen", amounts: [{ year: YEAR, amount: kr(-20_000) }] },
];

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const project = await makeProject(api.dataSource, { name: "Økonomiprojekt", startDate: "2026-01-01", endDate: "2026-12-31" });
  projectId = project.id;
  leader = await tokenFor("LEADER", projectId);
  leader2 = await tokenFor("LEADER", projectId);
  styregruppe = await tokenFor("STYREGRUPPE", projectId);
  styregruppe2 = await tokenFor("STYREGRUPPE", projectId);
  await budgetWith(projectId, LINES, { leader, styregruppe });
  const lines = await lineIds(projectId);
  const mentor = lines.get("Mentor")?.id as string;
  const income = lines.get("Puljetilskud")?.id as string;
  // 105.000 kr. spent on Mentor for 90 of the 100 planned hours; 80.000 kr. of the grant received.
  const postings = [
    { budgetLineId: mentor, date: "2026-03-31", amount: kr(45_000), text: "Mentor 1. halvår", voucher: "B-1" },
    { budgetLineId: mentor, date: "2026-09-30", amount: kr(60_000), text: "Mentor 2. halvår", voucher: "B-2" },
    { budgetLineId: income, date: "2026-02-01", amount: kr(80_000), text: "Tilskud udbetalt", voucher: "I-1" },
  ];
  for (const input of postings) dataOf(await gql(api.url, AddPostingDocument, { input }, { token: leader }));
  for (const [date, quantity] of [
    ["2026-03-31", "40"],
    ["2026-09-30", "50"],
  ] as const) {
    dataOf(await gql(api.url, RecordActivityDocument, { input: { budgetLineId: mentor, date, quantity } }, { token: leader }));
  }
}, 120_000);

afterAll(async () => {
  await api?.close();
});

describe("after the project's end the forecast is what was spent", () => {
  it("the day before the end the activity still predicts the rest (the contrast)", async () => {
    const f = await followUp(projectId, "2026-12-30");
    const mentor = f.lines.find((l) => l.name === "Mentor");
    // 10 remaining hours × 1.000 kr. on top of 105.000 kr.
    expect(mentor?.forecastMethod).toBe("ACTIVITY");
    expect(parseMoney(mentor?.forecast ?? "")).toBe(ore(105_000 + 10 * 1_000));
  });

  for (const asOf of ["2026-12-31", "2027-03-01"]) {
    it(`on ${asOf} "Forventet ved afslutning" equals the spend, and the light follows the spend`, async () => {
      const f = await followUp(projectId, asOf);
      const mentor = f.lines.find((l) => l.name === "Mentor");
      expect(mentor?.forecastMethod).toBe("SPENT");
      expect(parseMoney(mentor?.forecast ?? "")).toBe(ore(105_000));
      expect(mentor?.forecast).toBe(mentor?.spent);
      // 105 % spent is over budget (amber), not the red a forecast of 115 % would give.
      expect(mentor?.rag).toBe("AMBER");
      for (const line of f.lines) expect(parseMoney(line.forecast)).toBeGreaterThanOrEqual(parseMoney(line.spent));
      expect(f.expense.forecast).toBe(f.expense.spent);
    });
  }
});

describe("negative lines and draft budgets are not judged", () => {
  it("a transfer line (negative budget) without spend is not red in an approved budget", async () => {
    const f = await followUp(projectId, "2026-06-30");
    const transfer = f.lines.find((l) => l.name === "Overførsel til Socialforvaltningen");
    expect(transfer?.rag).toBe("NONE");
    expect(transfer?.ragReason).toMatch(/negativt budget/);
  });

  it("a draft budget with no spend gets no light, on the budget or the dashboard", async () => {
    const draftProject = await makeProject(api.dataSource, { name: "Udkastprojekt", startDate: "2026-01-01", endDate: "2026-12-31" });
    const draftLeader = await tokenFor("LEADER", draftProject.id);
    const draftStyregruppe = await tokenFor("STYREGRUPPE", draftProject.id);
    await budgetWith(
      draftProject.id,
      [
        { side: "INCOME", name: "Tilskud", amounts: [{ year: YEAR, amount: kr(200_000) }] },
        { side: "EXPENSE", name: "Mentor", amounts: [{ year: YEAR, amount: kr(1_000_000) }] },
        { side: "EXPENSE", name: "Overførsel", amounts: [{ year: YEAR, amount: kr(-800_000) }] },
      ],
      { leader: draftLeader, styregruppe: draftStyregruppe },
      true,
    );
    const f = await followUp(draftProject.id, "2026-06-30", draftLeader);
    expect(f.expense.rag).toBe("NONE");
    expect(f.expense.ragReason).toMatch(/udkast/);
    for (const line of f.lines) expect(line.rag).toBe("NONE");
    const dashboard = dataOf(
      await call(gql(api.url, SteeringDashboardDocument, { projectId: draftProject.id, asOf: "2026-06-30" }, { token: draftStyregruppe })),
    ).project.dashboard;
    expect(dashboard?.spend.rag).toBe("NONE");
    expect(dashboard?.spend.reason).toMatch(/udkast/);
  });
});

describe("a change financed by a new grant books the grant as income", () => {
  async function totals() {
    const budget = dataOf(await gql(api.url, BudgetFollowUpDocument, { projectId }, { token: leader })).project.budgets[0];
    return budget?.totals;
  }

  /** A change of the Mentor line financed by a grant, against the lines as they are now; `extra` names the income line. */
  async function grantChange(amount: number, grantText: string, reason: string, extra: { grantIncomeLineId?: string; grantIncomeLineName?: string } = {}) {
    const lines = await lineIds(projectId);
    const budget = dataOf(await gql(api.url, BudgetFollowUpDocument, { projectId }, { token: leader })).project.budgets[0];
    return {
      lines,
      input: {
        budgetId: budget?.id ?? "",
        kind: "CHANGE" as const,
        year: YEAR,
        amount: kr(amount),
        lineId: lines.get("Mentor")?.id,
        grantText,
        reason,
        expectedLineVersions: [...lines.values()].map((l) => ({ lineId: l.id, version: l.version })),
        ...extra,
      },
    };
  }

  it("refuses a grant without an income line, and an income line on the wrong side, in Danish", async () => {
    const { lines, input: base } = await grantChange(60_000, "Tillægsbevilling fra puljen, brev af 1. juni", "Flere mentortimer");
    const missing = await call(gql(api.url, AdjustBudgetDocument, { input: base }, { token: leader }));
    expect(missing.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(missing.errors?.[0]?.message).toMatch(/indtægtslinje/);
    const wrongSide = await call(
      gql(api.url, AdjustBudgetDocument, { input: { ...base, grantIncomeLineId: lines.get("Overførsel til Socialforvaltningen")?.id } }, { token: leader }),
    );
    expect(wrongSide.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrongSide.errors?.[0]?.message).toMatch(/indtægtslinje/);
    // Nothing was stored by the refusals.
    const t = await totals();
    expect(t?.balanced).toBe(true);
  });

  it("an approved grant of 60.000 kr. raises the chosen income line with the expense; the pending change said so", async () => {
    const before = await totals();
    const { lines, input } = await grantChange(60_000, "Tillægsbevilling fra puljen", "Flere mentortimer");
    const change = dataOf(
      await call(gql(api.url, AdjustBudgetDocument, { input: { ...input, grantIncomeLineId: lines.get("Puljetilskud")?.id } }, { token: leader2 })),
    ).adjustBudget;
    expect(change.status).toBe("PENDING");
    expect(change.summary).toBe(`Tillægsbevillingen på ${formatKr(ore(60_000))} bogføres som indtægt på linjen Puljetilskud.`);
    dataOf(
      await gql(
        api.url,
        DecideBudgetChangeDocument,
        { input: { changeId: change.id, approve: true, expectedVersion: change.version } },
        { token: styregruppe2 },
      ),
    );
    const after = await totals();
    expect(parseMoney(after?.income ?? "")).toBe(parseMoney(before?.income ?? "") + ore(60_000));
    expect(parseMoney(after?.expense ?? "")).toBe(parseMoney(before?.expense ?? "") + ore(60_000));
    expect(after?.balanced).toBe(true);
  });

  it("a grant can create its income line in the same change", async () => {
    const { input } = await grantChange(-5_000, "Tilbagebetaling af tilskud", "Færre timer", { grantIncomeLineName: "Tillægsbevilling 2026" });
    const change = dataOf(await call(gql(api.url, AdjustBudgetDocument, { input }, { token: leader2 }))).adjustBudget;
    expect(change.summary).toMatch(/Tillægsbevilling 2026/);
    dataOf(
      await gql(
        api.url,
        DecideBudgetChangeDocument,
        { input: { changeId: change.id, approve: true, expectedVersion: change.version } },
        { token: styregruppe2 },
      ),
    );
    const after = dataOf(await gql(api.url, BudgetFollowUpDocument, { projectId }, { token: leader })).project.budgets[0];
    const created = after?.lines.find((l) => l.name === "Tillægsbevilling 2026");
    expect(created?.side).toBe("INCOME");
    expect(parseMoney(created?.total ?? "")).toBe(-ore(5_000));
    expect(after?.totals.balanced).toBe(true);
  });

  it("a rejected grant that created its income line leaves no empty line behind; the request stays in the history", async () => {
    const { input } = await grantChange(7_000, "Tillægsbevilling, ansøgt", "Ekstra mentortimer", { grantIncomeLineName: "Ansøgt tillæg" });
    const change = dataOf(await call(gql(api.url, AdjustBudgetDocument, { input }, { token: leader2 }))).adjustBudget;
    const pending = dataOf(await gql(api.url, BudgetFollowUpDocument, { projectId }, { token: leader })).project.budgets[0];
    expect(pending?.lines.map((l) => l.name)).toContain("Ansøgt tillæg");
    const rejected = dataOf(
      await gql(
        api.url,
        DecideBudgetChangeDocument,
        { input: { changeId: change.id, approve: false, expectedVersion: change.version, comment: "Ikke bevilget" } },
        { token: styregruppe2 },
      ),
    ).decideBudgetChange;
    expect(rejected.status).toBe("REJECTED");
    const after = dataOf(await gql(api.url, BudgetFollowUpDocument, { projectId }, { token: leader })).project.budgets[0];
    expect(after?.lines.map((l) => l.name)).not.toContain("Ansøgt tillæg");
    expect(after?.totals).toEqual(pending?.totals);
    const [kept] = await api.dataSource.query<Array<{ grant_text: string; status: string }>>(`SELECT grant_text, status FROM budget_change WHERE id = $1`, [
      change.id,
    ]);
    expect(kept).toEqual({ grant_text: "Tillægsbevilling, ansøgt", status: "REJECTED" });
  });
});

describe("postings are summed by side", () => {
  it("income, expense and net, never one sum across sides", async () => {
    const budget = dataOf(await call(gql(api.url, BudgetPostingsDocument, { projectId, take: 50, skip: 0 }, { token: leader }))).project.budgets[0];
    const postings = budget?.postings;
    expect(postings?.totalCount).toBe(3);
    expect(parseMoney(postings?.income ?? "")).toBe(ore(80_000));
    expect(parseMoney(postings?.expense ?? "")).toBe(ore(105_000));
    expect(parseMoney(postings?.net ?? "")).toBe(ore(80_000 - 105_000));
  });
});

describe('no text says "kr.."', () => {
  it("none of the API's answers in this file", () => {
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter((t) => t.includes("kr.."))).toEqual([]);
  });
});

describe('no source writes "kr.." (the texts the API and the portal render)', () => {
  it("no literal kr.., and no formatted amount followed by a sentence's period", async () => {
    const root = join(import.meta.dirname, "..", "..");
    async function* files(dir: string): AsyncGenerator<string> {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) yield* files(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
      }
    }
    // A money formatter's result already ends with "kr." (or "t.kr."): "${formatKr(x)}." or "{formatAmount(x)}." adds a second.
    const amountThenPeriod = /\b(formatKr|formatWholeKr|formatAmount|formatTkr|formatSignedAmount|kr)\((?:[^()]|\([^()]*\))*\)\}(?:<\/strong>)?\.|kr\.\./;
    const offenders: string[] = [];
    for (const dir of ["apps/api/src", "apps/portal/src", "packages/domain/src"]) {
      for await (const file of files(join(root, dir))) {
        const lines = (await readFile(file, "utf8")).split("\n");
        lines.forEach((line, i) => {
          if (amountThenPeriod.test(line)) offenders.push(`${file.slice(root.length + 1)}:${i + 1}: ${line.trim()}`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
