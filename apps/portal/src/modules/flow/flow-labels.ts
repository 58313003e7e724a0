import { COMPETENCE_LABELS, STAGE_LABELS, THEME_LABELS, THEMES, type Competence, type Stage, type Theme } from "@overblik/domain";
import type { Colour } from "@overblik/graphql-client";
import { PURPOSES } from "../participants/participant-labels";

export { COLOUR_LABELS, COMPETENCE_LABELS, PROFILE_LABELS, STAGE_LABELS, THEME_LABELS, THEMES } from "@overblik/domain";

/*
 * The API sends the flow's statuses and kinds as strings (documented in the schema); these are
 * their Danish names. An unknown value is shown as it is rather than hidden.
 */

export const CONVERSATION_STATUSES = ["SCHEDULED", "HELD", "NO_SHOW", "CANCELLED"] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export const CONVERSATION_STATUS_LABELS: Record<ConversationStatus, string> = {
  SCHEDULED: "Planlagt",
  HELD: "Holdt",
  NO_SHOW: "Udeblev",
  CANCELLED: "Aflyst",
};

/** The outcomes a scheduled conversation can be recorded with. */
export const CONVERSATION_OUTCOMES = ["HELD", "NO_SHOW", "CANCELLED"] as const;
export type ConversationOutcome = (typeof CONVERSATION_OUTCOMES)[number];

export const HOLDER_KIND_LABELS: Record<string, string> = {
  JC_CASEWORKER: "JC-sagsbehandler",
  TOVHOLDER: "Tovholder",
};

/** The holder inside a sentence: "med JC-sagsbehandleren", "med en tovholder". */
export const HOLDER_KIND_IN_SENTENCE: Record<string, string> = {
  JC_CASEWORKER: "JC-sagsbehandleren",
  TOVHOLDER: "en tovholder",
};

export const PLAN_STATUSES = ["PLANNED", "IN_PROGRESS", "INTERRUPTED", "COMPLETED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  PLANNED: "Planlagt",
  IN_PROGRESS: "I gang",
  INTERRUPTED: "Afbrudt",
  COMPLETED: "Gennemført",
};

export const AREAS = ["EMPLOYMENT", "SOCIAL", "HEALTH"] as const;
export type Area = (typeof AREAS)[number];
export const AREA_LABELS: Record<Area, string> = {
  EMPLOYMENT: "Beskæftigelse",
  SOCIAL: "Socialt",
  HEALTH: "Sundhed",
};

export const OUTCOME_KINDS = ["JOB", "EDUCATION", "REMATCHED_2", "PASSIVE", "PENSION_RECOMMENDED"] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const OUTCOME_LABELS: Record<OutcomeKind, string> = {
  JOB: "Job",
  EDUCATION: "Ordinær uddannelse",
  REMATCHED_2: "Rematchet til matchgruppe 2",
  PASSIVE: "Fortsat passiv",
  PENSION_RECOMMENDED: "Indstillet til førtidspension",
};

export const MEETING_STATUS_LABELS: Record<string, string> = {
  PLANNED: "Planlagt",
  HELD: "Afholdt",
  CANCELLED: "Aflyst",
};

export const MILESTONE_STATUS_LABELS: Record<string, string> = {
  DONE: "Nået",
  DUE: "Kommende",
  OVERDUE: "Fristen er overskredet",
};

/** The units of the document's action plans (udmøntningsplanen); any other can be typed. */
export const RESPONSIBLE_UNITS = ["Jobcenter", "Sundhedscenter", "Familiecenter", "UU", "Lægekonsulent", "Socialcenter"] as const;

export const STAGES = Object.keys(STAGE_LABELS) as Stage[];

function labelOf<K extends string>(labels: Record<K, string>, value: string): string {
  return (labels as Record<string, string>)[value] ?? value;
}

export const conversationStatusLabel = (s: string) => labelOf(CONVERSATION_STATUS_LABELS, s);
export const planStatusLabel = (s: string) => labelOf(PLAN_STATUS_LABELS, s);
export const areaLabel = (s: string) => labelOf(AREA_LABELS, s);
export const outcomeLabel = (s: string) => labelOf(OUTCOME_LABELS, s);
export const themeLabel = (s: string) => labelOf<Theme>(THEME_LABELS, s);
export const competenceLabel = (s: string) => labelOf<Competence>(COMPETENCE_LABELS, s);
export const holderKindLabel = (s: string) => HOLDER_KIND_LABELS[s] ?? s;
export const holderKindInSentence = (s: string) => HOLDER_KIND_IN_SENTENCE[s] ?? s;
export const meetingStatusLabel = (s: string) => MEETING_STATUS_LABELS[s] ?? s;

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}

const COLOURS: readonly Colour[] = ["GROEN", "ORANGE", "ROED", "BLAA"];

/** The overview sends the colour as a string; the colour tag wants the enum (or null: not screened). */
export function asColour(value: string | null): Colour | null {
  return value !== null && (COLOURS as readonly string[]).includes(value) ? (value as Colour) : null;
}

/** "1 borger", "5 borgere". */
export function citizensText(n: number): string {
  return `${new Intl.NumberFormat("da-DK").format(n)} ${n === 1 ? "borger" : "borgere"}`;
}

/** The purposes the flow's screens log their views with, in words a citizen reading their extract understands. */
export const FLOW_PURPOSES = {
  overview: "Tovholderens overblik",
  /** The same purpose as the citizen page's own read (participants' PURPOSES.participant): one read, one log row. */
  timeline: PURPOSES.participant,
  afterNoShow: "Aktuelle oplysninger efter udeblivelse",
  meetings: "Dagsordener til teammøder",
  alerts: "Advarsler om indsatser",
} as const;
