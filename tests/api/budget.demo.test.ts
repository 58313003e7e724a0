// Its subject is the demo data: the seeded budgets reproduce the figures of the projects' own documents.
import { ProjectBudgetDocument, ProjectsDocument } from "@overblik/graphql-client";
import { parseMoney, sumOre } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
let leader: string;
let projectIds: Map<string, string>;

beforeAll(async () => {
  api = await startTestApi();
  leader = await login(api.url, "leder@overblik.demo");
  const list = dataOf(await gql(api.url, ProjectsDocument, {}, { token: leader }));
  projectIds = new Map(list.projects.items.map((p) => [p.code, p.id]));
});
afterAll(() => api?.close());

async function budgetOf(code: string) {
  const id = projectIds.get(code);
  if (!id) throw new Error(`no project ${code}`);
  const { project } = dataOf(await gql(api.url, ProjectBudgetDocument, { id }, { token: leader }));
  const budget = project.budgets[0];
  if (!budget) throw new Error(`no budget in ${code}`);
  return { project, budget };
}

describe("Brug for alle: the økonomioverslag as the document states it", () => {
  it("has the three income lines 794.000 + 250.000 + 149.000 kr.", async () => {
    const { budget } = await budgetOf("BFA");
    const income = budget.lines.filter((l) => l.side === "INCOME");
    expect(income.map((l) => [l.name, l.total])).toEqual([
      ["Til samtaleforløb, tværfaglig afklaring, indsatsplaner", "794000.00"],
      ["Virksomhedskonsulent/mentor", "250000.00"],
      ["Mentorstøtte eller kompetenceudvikling til nydanske kvinder", "149000.00"],
    ]);
  });

  it("has nine expense lines summing to 1.193.000,00 kr., balanced against income", async () => {
    const { budget } = await budgetOf("BFA");
    const expense = budget.lines.filter((l) => l.side === "EXPENSE");
    expect(expense).toHaveLength(9);
    expect(expense.map((l) => l.total)).toEqual([
      "480000.00",
      "420000.00",
      "40000.00",
      "40000.00",
      "20000.00",
      "15000.00",
      "15000.00",
      "55000.00",
      "108000.00",
    ]);
    // The totals the API reports can be recomputed from the lines to the øre.
    const recomputed = sumOre(expense.map((l) => parseMoney(l.total)));
    expect(budget.totals.expense).toBe("1193000.00");
    expect(parseMoney(budget.totals.expense)).toBe(recomputed);
    expect(budget.totals.income).toBe("1193000.00");
    expect(budget.totals.difference).toBe("0.00");
    expect(budget.totals.balanced).toBe(true);
  });

  it("has the competence pool of 185.000 kr. and the target group of 219", async () => {
    const { project } = await budgetOf("BFA");
    expect(project.targetSize).toBe(219);
    expect(project.competencePools.map((p) => [p.name, p.amount])).toEqual([["Kompetenceudvikling", "185000.00"]]);
    expect(project.organisations.map((o) => o.name)).toEqual(["Ishøj Kommune, Borger- og Socialservice", "Jobcenter Vallensbæk"]);
  });
});

describe("the Copenhagen pilot: four years at 2012 p/l with a negative transfer line", () => {
  it("totals 1.000.000 / 500.000 / 350.000 / 350.000 kr. per year", async () => {
    const { budget } = await budgetOf("KBH");
    expect(budget.priceLevelYear).toBe(2012);
    expect(budget.years).toEqual([2012, 2013, 2014, 2015]);
    expect(budget.totals.years.map((y) => [y.year, y.expense])).toEqual([
      [2012, "1000000.00"],
      [2013, "500000.00"],
      [2014, "350000.00"],
      [2015, "350000.00"],
    ]);
    expect(budget.totals.expense).toBe("2200000.00");
  });

  it("keeps the transfer line negative in every year and every line's years complete", async () => {
    const { budget } = await budgetOf("KBH");
    const transfer = budget.lines.find((l) => l.name === "Overførsel ml. BIF og SOF");
    expect(transfer?.amounts.map((a) => a.amount)).toEqual(["-200000.00", "-200000.00", "-200000.00", "-200000.00"]);
    for (const line of budget.lines) expect(line.amounts.map((a) => a.year)).toEqual([2012, 2013, 2014, 2015]);
    for (const year of budget.totals.years) {
      const fromLines = sumOre(budget.lines.map((l) => parseMoney(l.amounts.find((a) => a.year === year.year)?.amount ?? "0")));
      expect(parseMoney(year.expense)).toBe(fromLines);
    }
  });

  it("reports the budget as not balanced (expenses only), without forcing it", async () => {
    const { budget } = await budgetOf("KBH");
    expect(budget.totals.income).toBe("0.00");
    expect(budget.totals.balanced).toBe(false);
    expect(budget.totals.years[0]?.difference).toBe("-1000000.00");
  });
});
