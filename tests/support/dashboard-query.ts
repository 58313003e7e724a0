import { dataOf, gql } from "./api.js";

/** The styregruppe's dashboard with every part the API tests assert on, read as one user sees it. */
export const DASHBOARD = `query D($p: ID!, $asOf: String) { project(id: $p) { dashboard(asOf: $asOf) {
  asOf suppressed progress { rag reason } spend { rag reason }
  funnel { key label count display percentOfTarget }
  outcomes { key count display suppressed }
  baselineDate coloursAtBaseline { key count display suppressed } coloursNow { key label count display suppressed }
  stagesAtBaseline { key count display } stagesNow { key count display suppressed }
  pace { requiredPerWeek averagePerWeek } goals { indicator display } milestones { name status }
  followUp { expense { original corrected spent forecast deviation rag ragReason } lines { lineId spent deliveredQuantity } }
  pools { name amount used } costs { key countDisplay amount display } pendingDecisions { id } warnings } } }`;

export type Cell = { key: string; label?: string; count: number | null; display: string; suppressed?: string | null };
export type Dashboard = {
  asOf: string;
  suppressed: boolean;
  progress: { rag: string; reason: string };
  spend: { rag: string; reason: string };
  funnel: Array<{ key: string; label?: string; count: number | null; display: string; percentOfTarget: string | null }>;
  outcomes: Cell[];
  baselineDate: string | null;
  coloursAtBaseline: Cell[];
  coloursNow: Cell[];
  stagesAtBaseline: Cell[];
  stagesNow: Cell[];
  followUp: { expense: Record<string, string> } | null;
  costs: Array<{ key: string; countDisplay: string; amount: string | null; display: string }>;
  warnings: string[];
};

export async function readDashboard(url: string, projectId: string, token: string, asOf: string): Promise<Dashboard> {
  return dataOf(await gql<{ project: { dashboard: Dashboard } }, object>(url, DASHBOARD, { p: projectId, asOf }, { token })).project.dashboard;
}
