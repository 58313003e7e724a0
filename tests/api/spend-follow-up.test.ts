import { parseMoney, sumOre } from "@overblik/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, type TestApi } from "../support/api.js";
import { BUDGET, EXPENSE_TOTAL, FOLLOW_UP, POSTINGS, startSpendWorld, type SpendWorld } from "../support/spend-world.js";

/** The budget's activity drivers and its follow-up (tests/support/spend-world.ts builds the budget and its spend). */
let api: TestApi;
let leader: string;
let bfaId: string;
let budgetId: string;
let people: SpendWorld["people"];
let otherBudgetId: string;
let followUp: SpendWorld["followUp"];
beforeAll(async () => {
  ({ api, leader, bfaId, budgetId, people, otherBudgetId, followUp } = await startSpendWorld());
});
afterAll(() => api?.close());

describe("activity drivers", () => {
  it("states Lægekonsulent as 50 timer × 800 kr. and derives ≈251,14 kr. per company-consultant hour", async () => {
    const data = dataOf(
      await gql<
        { project: { approvalThreshold: string; budgets: Array<{ lines: Array<{ name: string; driver: Record<string, string | null> | null }> }> } },
        object
      >(api.url, BUDGET, { id: bfaId }, { token: leader }),
    );
    const byName = (p: string) => data.project.budgets[0]?.lines.find((l) => l.name.startsWith(p))?.driver;
    expect(byName("Lægekonsulent")).toEqual({ unit: "timer", plannedQuantity: "50.00", unitRate: "800.00", plannedUnitCost: "800.00" });
    expect(byName("Virksomhedskonsulent honorar")).toEqual({ unit: "timer", plannedQuantity: "219.00", unitRate: null, plannedUnitCost: "251.14" });
    // A new project's threshold for budget changes that need the styregruppe.
    expect(data.project.approvalThreshold).toBe("50000.00");
  });
});

describe("follow-up", () => {
  it("recomputes spend from the postings to the øre, per line and in total", async () => {
    // After the last posting (July 2013), so the follow-up covers every posting the list sums.
    const f = await followUp("2013-08-01");
    const postings = dataOf(
      await gql<{ project: { budgets: Array<{ postings: { income: string; expense: string; net: string; items: Array<{ amount: string }> } }> } }, object>(
        api.url,
        POSTINGS,
        { id: bfaId },
        { token: leader },
      ),
    );
    const all = postings.project.budgets[0]?.postings;
    const spentAll = sumOre(f.lines.map((l) => parseMoney(l.spent)));
    // The list sums each side apart (issue #15): income and expense as the follow-up's sides, net their difference.
    expect(parseMoney(all?.expense ?? "")).toBe(parseMoney(f.expense.spent));
    expect(parseMoney(all?.income ?? "")).toBe(parseMoney(f.income.spent));
    expect(parseMoney(all?.net ?? "")).toBe(parseMoney(f.income.spent) - parseMoney(f.expense.spent));
    expect(sumOre((all?.items ?? []).map((p) => parseMoney(p.amount)))).toBe(spentAll);
    expect(parseMoney(f.expense.spent) + parseMoney(f.income.spent)).toBe(spentAll);
    expect(f.expense.corrected).toBe(EXPENSE_TOTAL);
  });

  it("sets each line's status by a stated rule: the psychologist invoiced 35 timer but delivered 15 (28.000 + 35 × 800 = 140 %)", async () => {
    const f = await followUp("2013-01-31");
    const doctor = f.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    expect(doctor).toMatchObject({
      spent: "24000.00",
      deliveredQuantity: "30.00",
      actualUnitCost: "800.00",
      forecast: "40000.00",
      forecastMethod: "ACTIVITY",
      rag: "GREEN",
    });
    expect(doctor?.forecastExplanation).toBe("Forbrug 24.000 kr. + resterende 20 timer × 800 kr. = 40.000 kr.");
    const psych = f.lines.find((l) => l.name.startsWith("Psykolog"));
    expect(psych).toMatchObject({ spent: "28000.00", deliveredQuantity: "15.00", spentPercent: 70, activityPercent: 30, rag: "RED" });
    expect(psych?.ragReason).toBe("Forventet forbrug 140 % af korrigeret budget (over 110 %).");
    expect(f.expense.rag).toBe("RED");
    expect(f.expense.ragReason).toMatch(/^Psykolog\/psykiater honorar v\/ca\. 50 timer: /);
  });

  it("states the rule it judged by, as the domain's describeRules writes it from the thresholds", async () => {
    const f = await followUp("2013-01-31");
    expect(f.rules).toBe(
      "Rød: forventet forbrug over 110 % af korrigeret budget, forbrug mindst 40 procentpoint over aktiviteten, eller forbrug på en linje uden budget. " +
        "Gul: forventet forbrug over budgettet, eller forbrug mindst 20 procentpoint over aktiviteten. Ellers grøn. " +
        "Indtægtslinjer, linjer med negativt budget og budgetter, der ikke er godkendt, vurderes ikke.",
    );
  });

  it("counts only what was posted up to the chosen date", async () => {
    const early = await followUp("2012-08-31");
    expect(early.expense.spent).toBe("75000.00");
    const none = await followUp("2012-07-01");
    expect(none.expense.spent).toBe("0.00");
  });

  it("refuses a date that does not exist, in Danish", async () => {
    const res = await gql(api.url, FOLLOW_UP, { id: bfaId, asOf: "2013-02-30" }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain("2013-02-30");
  });

  it("exports exactly the screen's numbers to .xlsx", async () => {
    const f = await followUp("2013-01-31");
    const res = await fetch(`${api.url}/export/budgets/${budgetId}/follow-up.xlsx?asOf=2013-01-31`, { headers: { authorization: `Bearer ${leader}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Budgetopfølgning");
    const rows = new Map<string, ExcelJS.Row>();
    sheet?.eachRow((row) => rows.set(row.getCell(2).text, row));
    for (const l of f.lines) {
      const row = rows.get(l.name);
      expect(row, l.name).toBeDefined();
      // Cells hold numbers; their decimal text must be the API's to the øre.
      expect(parseMoney(Number(row?.getCell(6).value).toFixed(2))).toBe(parseMoney(l.spent));
      expect(parseMoney(Number(row?.getCell(16).value).toFixed(2))).toBe(parseMoney(l.forecast));
      expect(row?.getCell(20).value).toBe({ GREEN: "Grøn", AMBER: "Gul", RED: "Rød", NONE: "–" }[l.rag]);
    }
    expect(Number(rows.get("I alt udgifter")?.getCell(5).value).toFixed(2)).toBe(f.expense.corrected);
  });

  it("refuses the export without a login, and to a user outside the project", async () => {
    expect((await fetch(`${api.url}/export/budgets/${budgetId}/follow-up.xlsx`)).status).toBe(401);
    // Neither the other project's budget nor this one to a user without a role in the project.
    for (const id of [otherBudgetId, budgetId]) {
      expect((await fetch(`${api.url}/export/budgets/${id}/follow-up.xlsx`, { headers: { authorization: `Bearer ${people.udenfor.token}` } })).status).toBe(
        404,
      );
    }
  });
});
