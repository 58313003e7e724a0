// The world of the draft-budget tests (tests/api/budget-draft-*.test.ts): its own API and database with a project
// for 2026–2028 (a leader, a styregruppe member and an outsider) and a later project to copy budgets to.
import {
  BudgetDraftsDocument,
  CreateBudgetDocument,
  SaveBudgetDraftDocument,
  type BudgetDraftLineInput,
  type DraftBudgetFragment,
} from "@overblik/graphql-client";
import type { ProjectRole } from "@overblik/domain";
import { dataOf, gql, login, startTestApi, type TestApi } from "./api.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "./fixtures.js";

export const YEARS = [2026, 2027, 2028];

export const kr = (n: number) => `${n}.00`;
export const every = (amount: string) => YEARS.map((year) => ({ year, amount }));

export /** Two income and five expense lines: one negative, one driven by 50 timer × 800 kr. */
const LINES: BudgetDraftLineInput[] = [
  { side: "INCOME", name: "Puljetilskud", category: "Tilskud", amounts: every(kr(600_000)) },
  {
    side: "INCOME",
    name: "Kommunal medfinansiering",
    amounts: [
      { year: 2026, amount: "300000.50" },
      { year: 2027, amount: kr(300_000) },
      { year: 2028, amount: kr(300_000) },
    ],
  },
  { side: "EXPENSE", name: "Tovholder frikøb", accountNumber: "5.68.90.1.0.0000.001.1.0", amounts: every(kr(500_000)) },
  { side: "EXPENSE", name: "Mentor", amounts: every(kr(300_000)) },
  {
    side: "EXPENSE",
    name: "Lægekonsulent honorar",
    amounts: [
      { year: 2026, amount: "0.00" },
      { year: 2027, amount: "0.00" },
      { year: 2028, amount: "0.00" },
    ],
    driver: { unit: "timer", quantity: "50", rate: "800.00", fixed: "RATE" },
  },
  { side: "EXPENSE", name: "Overførsel til Socialforvaltningen", amounts: every(kr(-20_000)) },
  {
    side: "EXPENSE",
    name: "Andre udgifter",
    amounts: [
      { year: 2026, amount: "7333.83" },
      { year: 2027, amount: "6666.67" },
      { year: 2028, amount: "6666.67" },
    ],
  },
];

export interface BudgetDraftWorld {
  api: TestApi;
  /** Tokens of the project's leader, a styregruppe member, and a user without a role in it. */
  leader: string;
  styregruppe: string;
  outsider: string;
  projectId: string;
  otherProjectId: string;
  /** A token of a new user with `role` in `project` (none when null). */
  tokenFor: (role: ProjectRole | null, project: string) => Promise<string>;
  budgets: (token?: string, project?: string) => Promise<DraftBudgetFragment[]>;
  /** A new empty draft for the project's three years, created by the leader unless `token` says otherwise. */
  create: (token?: string, name?: string) => Promise<DraftBudgetFragment>;
  /** The draft `b` saved by the leader with one line: Tilskud, 1 kr. a year. */
  withIncomeLine: (b: DraftBudgetFragment) => Promise<DraftBudgetFragment>;
}

export async function startBudgetDraftWorld(): Promise<BudgetDraftWorld> {
  const api = await startTestApi({ seed: false });
  async function tokenFor(role: ProjectRole | null, project: string): Promise<string> {
    const user = await makeUser(api.dataSource);
    if (role) await addMember(api.dataSource, project, user.id, role);
    return login(api.url, user.email, FIXTURE_PASSWORD);
  }
  try {
    const project = await makeProject(api.dataSource, { name: "Nyt projekt", startDate: "2026-01-01", endDate: "2028-12-31" });
    const other = await makeProject(api.dataSource, { name: "Næste projekt", startDate: "2030-01-01", endDate: "2033-12-31" });
    const projectId = project.id;
    const leader = await tokenFor("LEADER", projectId);
    const styregruppe = await tokenFor("STYREGRUPPE", projectId);
    const outsider = await tokenFor(null, projectId);
    return {
      api,
      leader,
      styregruppe,
      outsider,
      projectId,
      otherProjectId: other.id,
      tokenFor,
      budgets: async (token = leader, target = projectId) => {
        return dataOf(await gql(api.url, BudgetDraftsDocument, { projectId: target }, { token })).project.budgets;
      },
      create: async (token = leader, name = "Økonomioverslag") => {
        return dataOf(await gql(api.url, CreateBudgetDocument, { input: { projectId, name, startYear: 2026, endYear: 2028, priceLevelYear: 2026 } }, { token }))
          .createBudget;
      },
      withIncomeLine: async (b) => {
        const lines: BudgetDraftLineInput[] = [{ side: "INCOME", name: "Tilskud", amounts: every(kr(1)) }];
        return dataOf(await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: b.version, lines } }, { token: leader }))
          .saveBudgetDraft;
      },
    };
  } catch (error) {
    await api.close();
    throw error;
  }
}
