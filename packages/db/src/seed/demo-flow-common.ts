import type { EntityManager } from "typeorm";
import { addDays } from "@overblik/domain";

/** The rows with the project they belong to (the distribution key every project-scoped table carries). */
export function inProject<T extends object>(projectId: string, rows: T[]): Array<T & { projectId: string }> {
  return rows.map((row) => ({ ...row, projectId }));
}

export interface DemoFlowContext {
  projectId: string;
  lines: Map<string, string>;
  tovholderId: string;
  leaderId: string;
  /** Encrypts free text (wishes, recommendations, alerts) when the personal-data key is at hand; otherwise they stay empty. */
  encrypt?: (plain: string) => Buffer;
}

/** A citizen of the demo project as the flow reads them. */
export interface FlowParticipant {
  id: string;
  code: string;
  colour: string;
  caseworker_id: string | null;
  birth_year: number;
  origin: string | null;
}

/**
 * What every stage of the flow shares: the transaction, the project and one sequence of random numbers. The stages
 * run in a fixed order and draw from the sequence in that order, so the demo's figures are the same on every seed.
 */
export interface Flow {
  manager: EntityManager;
  ctx: DemoFlowContext;
  next: () => number;
  pick: <T>(values: readonly T[]) => T;
  /** The text encrypted, or null without the personal-data key. */
  seal: (text: string) => Buffer | null;
  /** The id of the budget line whose name starts with `prefix`. */
  line: (prefix: string) => string;
}

/** The last day the demo has data for. */
export const DATA_END = "2013-07-31";

/** The first working day on or after `date` (the Christmas holiday 22 Dec 2012–2 Jan 2013 is not one). */
export function nextWeekday(date: string): string {
  let d = date;
  for (;;) {
    const day = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6 && !(d >= "2012-12-22" && d <= "2013-01-02")) return d;
    d = addDays(d, 1);
  }
}

export const monthOf = (d: string) => `${d.slice(0, 7)}-01`;
export function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`;
}
export const monthEnd = (month: string) => addDays(addMonths(month, 1), -1);
