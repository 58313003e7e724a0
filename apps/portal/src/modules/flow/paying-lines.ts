import type { BudgetSide, FlowCatalogueQuery } from "@overblik/graphql-client";
import { ACTIVITY_SOURCE_LABELS, activitySourceLabel } from "../budget/activity-source";

/**
 * The budget line that pays for an intervention (issue #5, item 9). Its delivered units become the
 * line's activity only while the leader has set the line's activity source to INTERVENTION_UNITS;
 * these helpers say which, so the catalogue and the plan never promise more than the API does.
 */
export interface PayingLine {
  id: string;
  name: string;
  budgetName: string;
  side: BudgetSide;
  activitySource: string | null;
  driverUnit: string | null;
}

type Budgets = FlowCatalogueQuery["project"]["budgets"];

/** Every line of the project's budgets, budget by budget in document order. */
export function payingLines(budgets: Budgets | undefined): PayingLine[] {
  return (budgets ?? []).flatMap((b) =>
    [...b.lines]
      .sort((x, y) => x.sortOrder - y.sortOrder)
      .map((l) => ({ id: l.id, name: l.name, budgetName: b.name, side: l.side, activitySource: l.activitySource, driverUnit: l.driver?.unit ?? null })),
  );
}

/** Units delivered of an intervention paid by this line become the line's activity. */
export const countsAsActivity = (line: PayingLine | undefined | null): boolean => line?.activitySource === "INTERVENTION_UNITS";

/** Beside the line's name in the catalogue: whether the units count, and if not, why. */
export function paidByNote(line: PayingLine): string {
  if (countsAsActivity(line)) return "Leverede enheder tæller som aktivitet";
  if (!line.driverUnit) return "Tæller ikke som aktivitet: linjen har ingen aktivitetsdriver";
  return `Tæller ikke som aktivitet: linjens kilde er ${activitySourceLabel(line.activitySource).toLowerCase()}`;
}

/** What tying an intervention to the line means for its delivered units, in one sentence. */
export function unitsEffect(line: PayingLine | null): string {
  if (!line) return "Leverede enheder tæller kun på borgernes indsatsplaner, ikke som aktivitet på en budgetlinje.";
  if (countsAsActivity(line)) return `Leverede enheder bliver aktivitet på linjen (den måler i ${line.driverUnit ?? "enheder"}).`;
  if (!line.driverUnit) return "Linjen har ingen aktivitetsdriver, så leverede enheder bliver ikke aktivitet på den.";
  return `Linjens aktivitet kommer fra »${activitySourceLabel(line.activitySource).toLowerCase()}«, så leverede enheder bliver først aktivitet på den, når lederen skifter kilden til »${ACTIVITY_SOURCE_LABELS.INTERVENTION_UNITS.toLowerCase()}«.`;
}
