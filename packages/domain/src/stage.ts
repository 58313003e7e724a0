import { addDays } from "./calendar.js";
import type { Colour } from "./participant.js";

/**
 * A participant's stage, derived from the events (never stored twice), the next step and what is overdue.
 */
export type Stage = "NOT_SCREENED" | "OUT" | "SCREENED" | "CONVERSATION_SCHEDULED" | "CONVERSATION_HELD" | "AT_TEAM" | "ACTION_PLAN" | "OUTCOME";

export const STAGE_LABELS: Record<Stage, string> = {
  NOT_SCREENED: "Ikke screenet",
  OUT: "Uden for forløbet (rød)",
  SCREENED: "Screenet",
  CONVERSATION_SCHEDULED: "Samtale planlagt",
  CONVERSATION_HELD: "Samtale holdt",
  AT_TEAM: "På teammøde",
  ACTION_PLAN: "Indsatsplan",
  OUTCOME: "Afsluttet med resultat",
};

/** An active action plan not updated for this many days is overdue; the overdue text states the same number. */
export const PLAN_FOLLOW_UP_DAYS = 30;

export interface StageFacts {
  colour: Colour | null;
  conversations: ReadonlyArray<{ status: string; scheduledDate: string }>;
  /** Dates of meetings the participant is on the agenda of. */
  agendaDates: readonly string[];
  planItems: ReadonlyArray<{ status: string; updatedAt: string }>;
  openAlerts: number;
  outcomeKinds: readonly string[];
  /** A re-matched participant stays in the team's queue only when flagged. */
  keepInTeamQueue?: boolean;
}

export interface StageResult {
  stage: Stage;
  nextStep: string;
  overdue: string[];
  /** Higher is more urgent. */
  urgency: number;
  /** Waiting for the team: conversation held, not on an agenda, no plan and no (final) outcome. */
  inTeamQueue: boolean;
}

export function deriveStage(f: StageFacts, asOf: string): StageResult {
  const overdue: string[] = [];
  if (f.openAlerts > 0) {
    overdue.push(f.openAlerts === 1 ? "1 åben advarsel om en indsats, der ikke følges" : `${f.openAlerts} åbne advarsler om en indsats, der ikke følges`);
  }
  const scheduled = f.conversations.filter((c) => c.status === "SCHEDULED");
  const held = f.conversations.some((c) => c.status === "HELD");
  for (const c of scheduled) if (c.scheduledDate < asOf) overdue.push(`Samtalen ${c.scheduledDate} er ikke registreret`);
  const activePlan = f.planItems.filter((p) => p.status === "PLANNED" || p.status === "IN_PROGRESS");
  const stale = activePlan.filter((p) => p.updatedAt.slice(0, 10) < addDays(asOf, -PLAN_FOLLOW_UP_DAYS));
  if (stale.length > 0) overdue.push(`Indsatsplanen er ikke fulgt op i ${PLAN_FOLLOW_UP_DAYS} dage`);

  let stage: Stage;
  let nextStep: string;
  // Re-matched to match 2 ends the course, unless the tovholder keeps the citizen in the team's queue.
  const keptAfterRematch = f.keepInTeamQueue === true && f.outcomeKinds.length > 0 && f.outcomeKinds.every((k) => k === "REMATCHED_2");
  if (f.outcomeKinds.length > 0 && !keptAfterRematch) {
    stage = "OUTCOME";
    nextStep = "Ingen: forløbet har et resultat";
  } else if (f.colour === "ROED") {
    stage = "OUT";
    nextStep = "Ingen: ikke en del af projektet";
  } else if (f.colour === null) {
    stage = "NOT_SCREENED";
    nextStep = "Screen borgeren i en farvegruppe";
  } else if (f.planItems.length > 0) {
    stage = "ACTION_PLAN";
    nextStep = activePlan.length > 0 ? "Følg op på indsatsplanen" : "Registrér resultatet";
  } else if (f.agendaDates.length > 0) {
    stage = "AT_TEAM";
    nextStep = f.agendaDates.some((d) => d >= asOf) ? "Teammødet" : "Aftal indsatsplan efter teammødet";
  } else if (held) {
    stage = "CONVERSATION_HELD";
    nextStep = "Sæt borgeren på et teammøde";
  } else if (scheduled.length > 0) {
    stage = "CONVERSATION_SCHEDULED";
    nextStep = "Hold den indledende samtale";
  } else {
    stage = "SCREENED";
    nextStep = "Planlæg den indledende samtale";
    if (f.colour === "GROEN" || f.colour === "ORANGE") overdue.push("Ingen samtale planlagt");
  }
  const urgency = overdue.length * 10 + (stage === "SCREENED" || stage === "NOT_SCREENED" ? 3 : stage === "OUTCOME" || stage === "OUT" ? 0 : 1);
  return { stage, nextStep, overdue, urgency, inTeamQueue: stage === "CONVERSATION_HELD" };
}
