// The world of the finance-import tests (tests/api/finance-import.test.ts, tests/browser/finance-import.test.ts): a
// project in 2026 with an approved budget whose lines the sample exports (tests/fixtures/finance/) are booked on.
import type { TestApi } from "./api.js";
import { makePeople, type Person } from "./fixtures-api-b.js";
import { makeBudgetThroughApi, makeProject } from "./fixtures.js";

export interface FinanceWorld {
  projectId: string;
  budgetId: string;
  leader: Person;
  caseworker: Person;
}

export async function makeFinanceWorld(api: TestApi): Promise<FinanceWorld> {
  const project = await makeProject(api.dataSource, { startDate: "2026-01-01", endDate: "2026-12-31" });
  const people = await makePeople(api.url, api.dataSource, [project.id], {
    leder: { name: "Lone Leder", role: "LEADER" },
    styregruppe: { name: "Sigurd Styregruppe", role: "STYREGRUPPE" },
    sagsbehandler: { name: "Sofie Sagsbehandler", role: "CASEWORKER" },
  });
  const y = (amount: string) => [{ year: 2026, amount }];
  const budgetId = await makeBudgetThroughApi(
    api.url,
    project.id,
    [
      { side: "INCOME", name: "Tilskud", amounts: y("600000.00") },
      { side: "EXPENSE", name: "Virksomhedskonsulent", amounts: y("500000.00") },
      { side: "EXPENSE", name: "Mentorstøtte", amounts: y("80000.00") },
      { side: "EXPENSE", name: "Kurser", amounts: y("20000.00") },
    ],
    { leader: people.leder.token, styregruppe: people.styregruppe.token },
    { startYear: 2026, endYear: 2026 },
  );
  return { projectId: project.id, budgetId, leader: people.leder, caseworker: people.sagsbehandler };
}
