// A draft budget's life: written, submitted, rejected, fixed and approved; then copied to another project, and a line
// with postings kept. The copy starts from the budget the lifecycle approved, so they share one file and run in order.
import {
  ApproveBudgetDocument,
  CopyBudgetDocument,
  CreateBudgetDocument,
  RejectBudgetDocument,
  SaveBudgetDraftDocument,
  SubmitBudgetDocument,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login } from "../support/api.js";
import { every, kr, LINES, YEARS, startBudgetDraftWorld, type BudgetDraftWorld } from "../support/budget-draft-world.js";
import { addMember, FIXTURE_PASSWORD, makeUser } from "../support/fixtures.js";

let api: BudgetDraftWorld["api"];
let leader: BudgetDraftWorld["leader"];
let styregruppe: BudgetDraftWorld["styregruppe"];
let projectId: BudgetDraftWorld["projectId"];
let otherProjectId: BudgetDraftWorld["otherProjectId"];
let tokenFor: BudgetDraftWorld["tokenFor"];
let budgets: BudgetDraftWorld["budgets"];
let create: BudgetDraftWorld["create"];
beforeAll(async () => {
  ({ api, leader, styregruppe, projectId, otherProjectId, tokenFor, budgets, create } = await startBudgetDraftWorld());
}, 120_000);
afterAll(async () => {
  await api?.close();
});

describe("the draft budget's lifecycle", () => {
  it("a leader writes, submits, gets it back with a comment, fixes it; the styregruppe approves it", async () => {
    const created = await create();
    expect(created.status).toBe("DRAFT");
    expect(created.years).toEqual(YEARS);

    const outside = await gql(api.url, CreateBudgetDocument, { input: { projectId, name: "For langt", startYear: 2026, endYear: 2030 } }, { token: leader });
    expect(outside.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(outside.errors?.[0]?.message).toContain("projektets periode 2026–2028");

    const saved = dataOf(
      await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: created.version, lines: LINES } }, { token: leader }),
    ).saveBudgetDraft;
    expect(saved.lines.map((l) => l.name)).toEqual(LINES.map((l) => l.name));
    const driven = saved.lines.find((l) => l.name === "Lægekonsulent honorar");
    // 50 timer × 800 kr. = 40.000 kr., spread evenly over three years to the øre.
    expect(driven?.amounts.map((a) => a.amount)).toEqual(["13333.34", "13333.33", "13333.33"]);
    expect(driven?.total).toBe("40000.00");
    expect(driven?.driver).toEqual({ unit: "timer", plannedQuantity: "50.00", unitRate: "800.00" });
    expect(
      saved.lines
        .find((l) => l.name === "Tovholder frikøb")
        ?.accountParts?.map((p) => p.digits)
        .join("."),
    ).toBe("5.68.90.1.0.0000.001.1.0");

    // Income 900.000,50 + 900.000 + 900.000; expenses 800.000 + 13.333,34 − 20.000 + 7.333,83 + … per year.
    expect(saved.totals.years.map((y) => [y.year, y.income, y.expense, y.difference, y.balanced])).toEqual([
      [2026, "900000.50", "800667.17", "99333.33", false],
      [2027, "900000.00", "800000.00", "100000.00", false],
      [2028, "900000.00", "800000.00", "100000.00", false],
    ]);
    expect(saved.totals.income).toBe("2700000.50");
    expect(saved.totals.expense).toBe("2400667.17");
    expect(saved.totals.balanced).toBe(false);

    // Balance it: Mentor takes the difference per year.
    const balancedLines = saved.lines.map((l) => ({
      id: l.id,
      side: l.side,
      name: l.name,
      category: l.category,
      accountNumber: l.accountNumber,
      note: l.note,
      amounts:
        l.name === "Mentor"
          ? [
              { year: 2026, amount: "399333.33" },
              { year: 2027, amount: kr(400_000) },
              { year: 2028, amount: kr(400_000) },
            ]
          : l.amounts,
      driver: l.driver ? { unit: l.driver.unit, quantity: l.driver.plannedQuantity, rate: l.driver.unitRate, fixed: "AMOUNT" as const } : null,
    }));
    const stale = await gql(
      api.url,
      SaveBudgetDraftDocument,
      { input: { budgetId: created.id, expectedVersion: created.version, lines: balancedLines } },
      { token: leader },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const balanced = dataOf(
      await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: saved.version, lines: balancedLines } }, { token: leader }),
    ).saveBudgetDraft;
    expect(balanced.lines.map((l) => l.id)).toEqual(saved.lines.map((l) => l.id));
    expect(balanced.totals.years.map((y) => y.difference)).toEqual(["0.00", "0.00", "0.00"]);
    expect(balanced.totals.income).toBe("2700000.50");
    expect(balanced.totals.expense).toBe("2700000.50");
    expect(balanced.totals.balanced).toBe(true);

    // Stored øre, exactly.
    const stored: Array<{ name: string; year: number; ore: string }> = await api.dataSource.query(
      `SELECT l.name, a.year, a.amount_ore::text AS ore FROM budget_line l JOIN budget_line_amount a ON a.budget_line_id = l.id
        WHERE l.budget_id = $1 AND l.name IN ('Kommunal medfinansiering', 'Overførsel til Socialforvaltningen') ORDER BY l.name, a.year`,
      [created.id],
    );
    expect(stored.map((s) => s.ore)).toEqual(["30000050", "30000000", "30000000", "-2000000", "-2000000", "-2000000"]);

    const approveDraft = await gql(
      api.url,
      ApproveBudgetDocument,
      { input: { budgetId: created.id, expectedVersion: balanced.version } },
      { token: styregruppe },
    );
    expect(approveDraft.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(approveDraft.errors?.[0]?.message).toBe("Budgettet skal sendes til godkendelse først.");

    const submitted = dataOf(
      await gql(api.url, SubmitBudgetDocument, { input: { budgetId: created.id, expectedVersion: balanced.version } }, { token: leader }),
    ).submitBudget;
    expect(submitted.status).toBe("SUBMITTED");
    expect(submitted.submittedAt).not.toBeNull();
    const whileSubmitted = await gql(
      api.url,
      SaveBudgetDraftDocument,
      { input: { budgetId: created.id, expectedVersion: submitted.version, lines: balancedLines } },
      { token: leader },
    );
    expect(whileSubmitted.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(whileSubmitted.errors?.[0]?.message).toBe("Budgettet er sendt til godkendelse/godkendt og kan ikke rettes som udkast.");

    const noComment = await gql(
      api.url,
      RejectBudgetDocument,
      { input: { budgetId: created.id, expectedVersion: submitted.version, comment: "" } },
      { token: styregruppe },
    );
    expect(noComment.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const rejected = dataOf(
      await gql(
        api.url,
        RejectBudgetDocument,
        { input: { budgetId: created.id, expectedVersion: submitted.version, comment: "Lægekonsulenten skal have 60 timer." } },
        { token: styregruppe },
      ),
    ).rejectBudget;
    expect(rejected.status).toBe("DRAFT");

    const seen = (await budgets(leader)).find((b) => b.id === created.id);
    expect(seen?.reviewComment).toBe("Lægekonsulenten skal have 60 timer.");
    expect(seen?.reviewedBy?.name).toBe("Test Bruger");

    // The leader fixes it: 60 timer at the same rate (RATE fixed), and Mentor pays for it.
    const fixedLines = balancedLines.map((l) =>
      l.name === "Lægekonsulent honorar"
        ? {
            ...l,
            amounts: [
              { year: 2026, amount: "48000.00" },
              { year: 2027, amount: "0.00" },
              { year: 2028, amount: "0.00" },
            ],
            driver: { unit: "timer", quantity: "60", rate: "800.00", fixed: "RATE" as const },
          }
        : l.name === "Mentor"
          ? {
              ...l,
              amounts: [
                { year: 2026, amount: "364666.67" },
                { year: 2027, amount: "413333.33" },
                { year: 2028, amount: "413333.33" },
              ],
            }
          : l,
    );
    const fixed = dataOf(
      await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: rejected.version, lines: fixedLines } }, { token: leader }),
    ).saveBudgetDraft;
    expect(fixed.lines.find((l) => l.name === "Lægekonsulent honorar")?.amounts.map((a) => a.amount)).toEqual(["48000.00", "0.00", "0.00"]);
    expect(fixed.totals.years.map((y) => y.difference)).toEqual(["0.00", "0.00", "0.00"]);
    const resubmitted = dataOf(
      await gql(api.url, SubmitBudgetDocument, { input: { budgetId: created.id, expectedVersion: fixed.version } }, { token: leader }),
    ).submitBudget;
    expect(resubmitted.reviewComment).toBeNull();

    const approved = dataOf(
      await gql(api.url, ApproveBudgetDocument, { input: { budgetId: created.id, expectedVersion: resubmitted.version } }, { token: styregruppe }),
    ).approveBudget;
    expect(approved.status).toBe("APPROVED");
    const [originalTotals]: Array<{ income: string; expense: string }> = await api.dataSource.query(
      `SELECT sum(a.original_amount_ore) FILTER (WHERE l.side = 'INCOME')::text AS income, sum(a.original_amount_ore) FILTER (WHERE l.side = 'EXPENSE')::text AS expense
         FROM budget_line l JOIN budget_line_amount a ON a.budget_line_id = l.id WHERE l.budget_id = $1`,
      [created.id],
    );
    expect(originalTotals).toEqual({ income: "270000050", expense: "270000050" });

    const after = await gql(
      api.url,
      SaveBudgetDraftDocument,
      { input: { budgetId: created.id, expectedVersion: approved.version, lines: fixedLines } },
      { token: leader },
    );
    expect(after.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("names the line in a validation error, and refuses to submit an empty budget", async () => {
    const b = await create(leader, "Kompetenceudvikling");
    const bad = await gql(
      api.url,
      SaveBudgetDraftDocument,
      {
        input: {
          budgetId: b.id,
          expectedVersion: b.version,
          lines: [
            { side: "EXPENSE", name: "Kursus", amounts: every("0.00") },
            { side: "EXPENSE", name: "Coach", amounts: [{ year: 2026, amount: "1.00" }] },
            { side: "EXPENSE", name: "Lægekonsulent", accountNumber: "123", amounts: every("0.00") },
          ],
        },
      },
      { token: leader },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("Linje 2 (Coach): Angiv et beløb (evt. 0) for 2027, 2028.");
    expect(bad.errors?.[0]?.message).toContain("Linje 3 (Lægekonsulent): Kontonummeret skal have præcis 16 cifre");
    const empty = await gql(api.url, SubmitBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token: leader });
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(empty.errors?.[0]?.message).toContain("ingen linjer");
  });
});

describe("copying a budget from another project", () => {
  it("copies lines, drivers and account numbers to a new draft shifted to the target's first year; outsiders get NOT_FOUND", async () => {
    const source = (await budgets()).find((b) => b.status === "APPROVED");
    expect(source).toBeDefined();
    const targetLeader = await tokenFor("LEADER", otherProjectId);
    const unseen = await gql(api.url, CopyBudgetDocument, { input: { sourceBudgetId: source!.id, projectId: otherProjectId } }, { token: targetLeader });
    expect(unseen.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const both = await makeUser(api.dataSource);
    await addMember(api.dataSource, otherProjectId, both.id, "LEADER");
    await addMember(api.dataSource, projectId, both.id, "CASEWORKER");
    const token = await login(api.url, both.email, FIXTURE_PASSWORD);
    const copy = dataOf(
      await gql(api.url, CopyBudgetDocument, { input: { sourceBudgetId: source!.id, projectId: otherProjectId, name: "Skabelon" } }, { token }),
    ).copyBudget;
    expect(copy.status).toBe("DRAFT");
    expect(copy.name).toBe("Skabelon");
    expect(copy.years).toEqual([2030, 2031, 2032]);
    expect(copy.lines.map((l) => [l.name, l.accountNumber, l.driver?.plannedQuantity ?? null])).toEqual(
      source!.lines.map((l) => [l.name, l.accountNumber, l.driver?.plannedQuantity ?? null]),
    );
    expect(copy.totals.income).toBe(source!.totals.income);
    expect(copy.totals.years.map((y) => y.income)).toEqual(source!.totals.years.map((y) => y.income));
  });
});

describe("a draft line with postings", () => {
  it("is not deleted by a save (its postings would go with it); the draft is unchanged", async () => {
    const b = await create(leader, "Med posteringer");
    const saved = dataOf(
      await gql(
        api.url,
        SaveBudgetDraftDocument,
        { input: { budgetId: b.id, expectedVersion: b.version, lines: [{ side: "EXPENSE", name: "Løn", amounts: every(kr(100)) }] } },
        { token: leader },
      ),
    ).saveBudgetDraft;
    const [user]: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM app_user LIMIT 1`);
    await api.dataSource.query(
      `INSERT INTO budget_posting (project_id, budget_line_id, posting_date, amount_ore, text, voucher, created_by)
       SELECT project_id, id, '2026-03-01', 5000, 'Løn marts', 'B1', $2 FROM budget_line WHERE id = $1`,
      [saved.lines[0]?.id, user?.id],
    );
    const refused = await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: saved.version, lines: [] } }, { token: leader });
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain('Linjen "Løn" har posteringer');
    const [count] = await api.dataSource.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM budget_posting p JOIN budget_line l ON l.id = p.budget_line_id WHERE l.budget_id = $1`,
      [b.id],
    );
    expect(count.n).toBe(1);
  });
});
