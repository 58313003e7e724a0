import { AGE_GROUP_LABELS, COLOUR_LABELS, COLOUR_MEANINGS, ORIGIN_LABELS } from "@overblik/domain";
import type { AgeGroup, Colour, Gender, Origin } from "@overblik/graphql-client";
import { formatInteger } from "../../ui/format";

export { AGE_GROUP_LABELS, CASE_FOCUS_LABELS, COLOUR_LABELS, COLOUR_MEANINGS, MOTIVATION_LABELS, ORIGIN_LABELS, PROFILE_LABELS } from "@overblik/domain";

/** The screening's groups in the document's order; a citizen is "Ikke screenet" until screened. */
export const COLOURS: readonly Colour[] = ["GROEN", "ORANGE", "ROED", "BLAA"];

/** A board column or a filter value: a colour, or not yet screened (colour null). */
export type ColourGroup = Colour | "NONE";
export const COLOUR_GROUPS: readonly ColourGroup[] = [...COLOURS, "NONE"];

export const NOT_SCREENED_LABEL = "Ikke screenet";
export const NOT_SCREENED_MEANING = "Endnu ikke screenet af jobcentrets faglige leder: har ingen farvegruppe.";

export function colourLabel(colour: Colour | null): string {
  return colour ? COLOUR_LABELS[colour] : NOT_SCREENED_LABEL;
}

export function colourMeaning(colour: Colour | null): string {
  return colour ? COLOUR_MEANINGS[colour] : NOT_SCREENED_MEANING;
}

export function colourGroup(colour: Colour | null): ColourGroup {
  return colour ?? "NONE";
}

export const GENDER_LABELS: Record<Gender, string> = { M: "Mand", K: "Kvinde" };

export function ageGroupLabel(group: AgeGroup): string {
  return AGE_GROUP_LABELS[group];
}

export function originLabel(origin: Origin | null): string {
  return origin ? ORIGIN_LABELS[origin] : "Uoplyst";
}

/** "1 borger", "221 borgere". */
export function citizens(n: number): string {
  return `${formatInteger(n)} ${n === 1 ? "borger" : "borgere"}`;
}

/**
 * The purposes the portal's own screens send (each view is logged with one). They say why the data
 * are shown, in words a citizen reading their extract understands.
 */
export const PURPOSES = {
  list: "Overblik over projektets borgere",
  board: "Farvetavle",
  participant: "Opfølgning på borgerens forløb",
  conflict: "Aktuelle oplysninger efter samtidig ændring",
} as const;

/** The municipalities a project's citizens belong to, from its organisations ("Ishøj og Vallensbæk"). */
export function projectMunicipalities(organisations: ReadonlyArray<{ municipality: string }>): string[] {
  const names = new Set<string>();
  for (const o of organisations) {
    for (const part of o.municipality.split(/,| og /)) if (part.trim()) names.add(part.trim());
  }
  return [...names].sort((a, b) => a.localeCompare(b, "da"));
}

const timestampParts = new Intl.DateTimeFormat("da-DK", {
  timeZone: "Europe/Copenhagen",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "16.07.2012 10:00" (or with seconds, "16.07.2012 10:00:05") in Danish time, from ISO 8601. */
export function formatTimestamp(iso: string, options: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = timestampParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const time = `${part("hour")}:${part("minute")}${options.seconds ? `:${part("second")}` : ""}`;
  return `${part("day")}.${part("month")}.${part("year")} ${time}`;
}
