import {
  AdjustBudgetDocument,
  ApproveBudgetDocument,
  BudgetFollowUpDocument,
  DecideBudgetChangeDocument,
  SubmitBudgetDocument,
  type BudgetFollowUpQuery,
} from "@overblik/graphql-client";
import { formatMoney, parseMoney, sumOre } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeBudgetThroughApi, makeProject } from "../support/fixtures.js";
import { makeLoggedInUser } from "../support/fixtures-api-a.js";

type FollowUpBudget = BudgetFollowUpQuery["project"]["budgets"][number];

let api: TestApi;
let leader: string;
let styregruppe: string;
let caseworker: string;
const ids = new Map<string, string>();

const one = (amount: string) => [{ year: 2012, amount }];
/** An approved one-year budget (2012) of 1.193.000 kr. on each side; the project's threshold is the default 50.000 kr. */
const BFA_LINES = [
  { side: "INCOME" as const, name: "Til samtaleforløb, tværfaglig afklaring, indsatsplaner", amounts: one("794000.00") },
  { side: "INCOME" as const, name: "Virksomhedskonsulent/mentor", amounts: one("250000.00") },
  { side: "INCOME" as const, name: "Mentorstøtte eller kompetenceudvikling til nydanske kvinder", amounts: one("149000.00") },
  { side: "EXPENSE" as const, name: "BSO tovholder", amounts: one("480000.00") },
  { side: "EXPENSE" as const, name: "JC tovholder", amounts: one("420000.00") },
  { side: "EXPENSE" as const, name: "Lægekonsulent honorar v/ca. 50 timer", amounts: one("40000.00") },
  { side: "EXPENSE" as const, name: "Psykolog", amounts: one("40000.00") },
  { side: "EXPENSE" as const, name: "Sundhedsafdelinger", amounts: one("20000.00") },
  { side: "EXPENSE" as const, name: "UU-center", amounts: one("15000.00") },
  { side: "EXPENSE" as const, name: "Familiecentret", amounts: one("15000.00") },
  { side: "EXPENSE" as const, name: "Virksomhedskonsulent", amounts: one("55000.00") },
  { side: "EXPENSE" as const, name: "Andre udgifter", amounts: one("108000.00") },
];
const EXPENSE_TOTAL = "1193000.00";
/** A draft of four years at 2012 p/l, expenses only, with a negative transfer line: 1.000.000 / 500.000 / 350.000 / 350.000 kr. */
const KBH_YEARS = [2012, 2013, 2014, 2015];
const KBH_LINES = [
  {
    side: "EXPENSE" as const,
    name: "Tovholdere",
    amounts: ["1200000.00", "700000.00", "550000.00", "550000.00"].map((amount, i) => ({ year: KBH_YEARS[i] as number, amount })),
  },
  { side: "EXPENSE" as const, name: "Overførsel ml. BIF og SOF", amounts: KBH_YEARS.map((year) => ({ year, amount: "-200000.00" })) },
];

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const bfa = (await makeProject(api.dataSource, { code: "BFA", startDate: "2012-01-01", endDate: "2012-12-31" })).id;
  const kbh = (await makeProject(api.dataSource, { code: "KBH", startDate: "2012-01-01", endDate: "2015-12-31" })).id;
  ids.set("BFA", bfa).set("KBH", kbh);
  leader = (
    await makeLoggedInUser(api, {
      name: "Lars Leder",
      roles: [
        [bfa, "LEADER"],
        [kbh, "LEADER"],
      ],
    })
  ).token;
  styregruppe = (
    await makeLoggedInUser(api, {
      name: "Susanne Styregruppe",
      roles: [
        [bfa, "STYREGRUPPE"],
        [kbh, "STYREGRUPPE"],
      ],
    })
  ).token;
  caseworker = (await makeLoggedInUser(api, { roles: [[bfa, "CASEWORKER"]] })).token;
  await makeBudgetThroughApi(api.url, bfa, BFA_LINES, { leader, styregruppe }, { startYear: 2012, endYear: 2012 });
  await makeBudgetThroughApi(api.url, kbh, KBH_LINES, { leader, styregruppe }, { startYear: 2012, endYear: 2015, draft: true });
});
afterAll(() => api?.close());

async function budget(code: string, token = leader): Promise<FollowUpBudget> {
  const data = dataOf(await gql(api.url, BudgetFollowUpDocument, { projectId: ids.get(code) ?? "" }, { token }));
  const b = data.project.budgets[0];
  if (!b) throw new Error("no budget");
  return b;
}

function lineNamed(b: FollowUpBudget, prefix: string) {
  const line = b.lines.find((l) => l.name.startsWith(prefix));
  if (!line) throw new Error(`no line ${prefix}`);
  return line;
}

function move(b: FollowUpBudget, from: string, to: string, amount: string, reason = "Flere timer hos lægekonsulenten") {
  const f = lineNamed(b, from);
  const t = lineNamed(b, to);
  return {
    budgetId: b.id,
    kind: "MOVE" as const,
    year: 2012,
    amount,
    fromLineId: f.id,
    toLineId: t.id,
    reason,
    expectedLineVersions: [
      { lineId: f.id, version: f.version },
      { lineId: t.id, version: t.version },
    ],
  };
}

describe("omplacering in Brug for alle", () => {
  it("moves 10.000 kr. from Andre udgifter to Lægekonsulent: total unchanged, corrected changed, original not, in the history", async () => {
    const before = await budget("BFA");
    expect(before.status).toBe("APPROVED");
    // Relative to the lines' current totals: the other tests move money too (never the budget's total).
    const other = parseMoney(lineNamed(before, "Andre udgifter").total);
    const doctor = parseMoney(lineNamed(before, "Lægekonsulent").total);
    const change = dataOf(await gql(api.url, AdjustBudgetDocument, { input: move(before, "Andre udgifter", "Lægekonsulent", "10000.00") }, { token: leader }));
    expect(change.adjustBudget.status).toBe("APPLIED");
    expect(change.adjustBudget.requiresApproval).toBe(false);
    expect(change.adjustBudget.requestedBy.name).toBe("Lars Leder");
    expect(change.adjustBudget.entries.map((e) => [e.lineName, e.delta, e.before, e.after])).toEqual([
      ["Andre udgifter", "-10000.00", formatMoney(other), formatMoney(other - 1_000_000n)],
      ["Lægekonsulent honorar v/ca. 50 timer", "10000.00", formatMoney(doctor), formatMoney(doctor + 1_000_000n)],
    ]);

    const after = await budget("BFA");
    expect(after.totals.expense).toBe(EXPENSE_TOTAL);
    expect(after.totals.balanced).toBe(true);
    expect(lineNamed(after, "Andre udgifter").total).toBe(formatMoney(other - 1_000_000n));
    expect(lineNamed(after, "Andre udgifter").originalTotal).toBe("108000.00");
    expect(lineNamed(after, "Lægekonsulent").total).toBe(formatMoney(doctor + 1_000_000n));
    expect(lineNamed(after, "Lægekonsulent").originalTotal).toBe("40000.00");
    expect(after.originalTotals?.expense).toBe(EXPENSE_TOTAL);
    expect(after.changes[0]?.id).toBe(change.adjustBudget.id);
    expect(after.changes[0]?.reason).toBe("Flere timer hos lægekonsulenten");
  });

  it("refuses a move between the two sides, with a Danish reason, and writes nothing", async () => {
    const b = await budget("BFA");
    const res = await gql(api.url, AdjustBudgetDocument, { input: move(b, "Til samtaleforløb", "Andre udgifter", "1000.00") }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/samme side/);
    expect((await budget("BFA")).changes).toHaveLength(b.changes.length);
  });

  it("refuses money with more than two decimals at the door", async () => {
    const b = await budget("BFA");
    const res = await gql(api.url, AdjustBudgetDocument, { input: move(b, "Andre udgifter", "Lægekonsulent", "10.005") }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain("højst have to decimaler");
  });
});

describe("approval above the threshold", () => {
  it("keeps a 60.000 kr. move pending until another styregruppe member approves it", async () => {
    const b = await budget("BFA");
    const [bso, jc] = [parseMoney(lineNamed(b, "BSO tovholder").total), parseMoney(lineNamed(b, "JC tovholder").total)];
    const pending = dataOf(
      await gql(api.url, AdjustBudgetDocument, { input: move(b, "BSO tovholder", "JC tovholder", "60000.00", "Mere JC-tid") }, { token: leader }),
    ).adjustBudget;
    expect(pending.status).toBe("PENDING");
    expect(pending.entries.every((e) => e.before === null && e.after === null)).toBe(true);
    expect(lineNamed(await budget("BFA"), "BSO tovholder").total).toBe(formatMoney(bso));

    const waiting = (await budget("BFA", styregruppe)).changes.filter((c) => c.status === "PENDING");
    expect(waiting.map((c) => c.id)).toContain(pending.id);

    const approved = dataOf(
      await gql(
        api.url,
        DecideBudgetChangeDocument,
        { input: { changeId: pending.id, approve: true, comment: "Godkendt på mødet", expectedVersion: pending.version } },
        { token: styregruppe },
      ),
    ).decideBudgetChange;
    expect(approved.status).toBe("APPLIED");
    expect(approved.decidedBy?.name).toBe("Susanne Styregruppe");
    const after = await budget("BFA");
    expect(lineNamed(after, "BSO tovholder").total).toBe(formatMoney(bso - 6_000_000n));
    expect(lineNamed(after, "JC tovholder").total).toBe(formatMoney(jc + 6_000_000n));
    expect(after.totals.expense).toBe(EXPENSE_TOTAL);
  });

  it("sends a change of the budget's total to the styregruppe, and a rejection changes nothing", async () => {
    const b = await budget("BFA");
    const line = lineNamed(b, "Sundhedsafdelinger");
    // A new grant is income: it is booked on an income line in the same change (issue #15).
    const income = b.lines.find((l) => l.side === "INCOME");
    if (!income) throw new Error("BFA has no income line");
    const input = {
      budgetId: b.id,
      kind: "CHANGE" as const,
      year: 2012,
      amount: "5000.00",
      lineId: line.id,
      grantText: "Tillægsbevilling fra puljen",
      grantIncomeLineId: income.id,
      reason: "Flere sundhedsforløb",
      expectedLineVersions: [
        { lineId: line.id, version: line.version },
        { lineId: income.id, version: income.version },
      ],
    };
    const pending = dataOf(await gql(api.url, AdjustBudgetDocument, { input }, { token: leader })).adjustBudget;
    expect(pending.status).toBe("PENDING");
    const rejected = dataOf(
      await gql(
        api.url,
        DecideBudgetChangeDocument,
        { input: { changeId: pending.id, approve: false, comment: "Ikke nu", expectedVersion: pending.version } },
        { token: styregruppe },
      ),
    ).decideBudgetChange;
    expect(rejected.status).toBe("REJECTED");
    const after = await budget("BFA");
    expect(lineNamed(after, "Sundhedsafdelinger").total).toBe(line.total);
    expect(after.lines.find((l) => l.id === income.id)?.total).toBe(income.total);
  });

  it("does not let the one who asked approve, nor a caseworker adjust", async () => {
    // A leader in the styregruppe could not approve their own either.
    const b = await budget("BFA");
    const pending = dataOf(
      await gql(api.url, AdjustBudgetDocument, { input: move(b, "BSO tovholder", "JC tovholder", "70000.00") }, { token: leader }),
    ).adjustBudget;
    const own = await gql(
      api.url,
      DecideBudgetChangeDocument,
      { input: { changeId: pending.id, approve: true, expectedVersion: pending.version } },
      { token: leader },
    );
    expect(own.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const res = await gql(api.url, AdjustBudgetDocument, { input: move(b, "Andre udgifter", "Lægekonsulent", "1.00") }, { token: caseworker });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("no lost updates", () => {
  it("applies exactly one of two adjustments made from the same stale screen; the other gets CONFLICT with the current values", async () => {
    const stale = await budget("BFA");
    const first = await gql(api.url, AdjustBudgetDocument, { input: move(stale, "Andre udgifter", "Psykolog", "1000.00") }, { token: leader });
    const second = await gql(api.url, AdjustBudgetDocument, { input: move(stale, "Andre udgifter", "Psykolog", "2000.00") }, { token: leader });
    expect(first.errors).toBeUndefined();
    expect(second.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const current = (second.errors?.[0]?.extensions?.details as { currentLines: Array<{ name: string; amounts: Array<{ amount: string }> }> }).currentLines;
    const other = current.find((l) => l.name === "Andre udgifter");
    expect(parseMoney(other?.amounts[0]?.amount ?? "0")).toBe(parseMoney(lineNamed(stale, "Andre udgifter").total) - 100_000n);
  });

  it("with 12 concurrent adjusters, the lines sum to exactly what was applied", async () => {
    const b = await budget("BFA");
    const before = lineNamed(b, "UU-center").total;
    const results = await Promise.all(
      Array.from({ length: 12 }, () => gql(api.url, AdjustBudgetDocument, { input: move(b, "Familiecentret", "UU-center", "100.00") }, { token: leader })),
    );
    const applied = results.filter((r) => !r.errors).length;
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT").length;
    expect(applied).toBe(1);
    expect(conflicts).toBe(11);
    const after = await budget("BFA");
    expect(parseMoney(lineNamed(after, "UU-center").total)).toBe(parseMoney(before) + 10_000n * BigInt(applied));
    const expense = sumOre(after.lines.filter((l) => l.side === "EXPENSE").map((l) => parseMoney(l.total)));
    expect(expense).toBe(parseMoney(EXPENSE_TOTAL));
  });
});

describe("approving a draft budget", () => {
  it("freezes the Copenhagen budget as the original; a second approval is a CONFLICT", async () => {
    const b = await budget("KBH", styregruppe);
    expect(b.status).toBe("DRAFT");
    expect(b.originalTotals).toBeNull();
    // The leader hands the draft to the styregruppe first; approving a draft is refused.
    const unsubmitted = await gql(api.url, ApproveBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token: styregruppe });
    expect(unsubmitted.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const submitted = dataOf(
      await gql(api.url, SubmitBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token: leader }),
    ).submitBudget;
    expect(submitted.status).toBe("SUBMITTED");
    const approved = dataOf(
      await gql(api.url, ApproveBudgetDocument, { input: { budgetId: b.id, expectedVersion: submitted.version } }, { token: styregruppe }),
    );
    expect(approved.approveBudget.status).toBe("APPROVED");
    const after = await budget("KBH", styregruppe);
    expect(after.originalTotals?.expense).toBe("2200000.00");
    expect(lineNamed(after, "Overførsel").originalAmounts?.map((a) => a.amount)).toEqual(["-200000.00", "-200000.00", "-200000.00", "-200000.00"]);
    const again = await gql(api.url, ApproveBudgetDocument, { input: { budgetId: b.id, expectedVersion: submitted.version } }, { token: styregruppe });
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
