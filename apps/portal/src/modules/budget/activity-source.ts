/**
 * A budget line's activity source: which events in the coordination flow become the line's
 * activity (issue #5, item 9: "the mapping is configured per budget line"). null: none do, and the
 * activity is recorded by hand on the follow-up page.
 */
export const ACTIVITY_SOURCES = ["CONVERSATIONS_HELD", "TEAM_HOURS", "INTERVENTION_UNITS"] as const;
export type ActivitySource = (typeof ACTIVITY_SOURCES)[number];

export const ACTIVITY_SOURCE_LABELS: Record<ActivitySource, string> = {
  CONVERSATIONS_HELD: "Holdte samtaler",
  TEAM_HOURS: "Timer på teammøder",
  INTERVENTION_UNITS: "Leverede indsatsenheder",
};

export const MANUAL_SOURCE_LABEL = "Registreres i hånden";

export function asActivitySource(value: string | null | undefined): ActivitySource | null {
  return (ACTIVITY_SOURCES as readonly string[]).includes(value ?? "") ? (value as ActivitySource) : null;
}

/** The source in words; an unknown value from a newer API is shown as it is rather than hidden. */
export function activitySourceLabel(value: string | null | undefined): string {
  if (value === null || value === undefined) return MANUAL_SOURCE_LABEL;
  const source = asActivitySource(value);
  return source ? ACTIVITY_SOURCE_LABELS[source] : value;
}

/**
 * The unit a source counts in, as the API checks it (activity.service: SOURCE_UNITS): hours on team
 * meetings are "timer", held conversations "samtaler". Delivered units are in the catalogue's own
 * unit, so any driver may take them.
 */
const REQUIRED_UNIT: Partial<Record<ActivitySource, string>> = { TEAM_HOURS: "timer", CONVERSATIONS_HELD: "samtaler" };

/** Why a line measured in `driverUnit` cannot take the source, or null when it can. */
export function sourceRefusal(source: ActivitySource, driverUnit: string): string | null {
  const unit = REQUIRED_UNIT[source];
  return unit && driverUnit.trim().toLowerCase() !== unit ? `Kun for linjer, der måler i ${unit}; denne måler i ${driverUnit}.` : null;
}
