/** The access log's actions (apps/api common/access-log), in Danish as the administrator reads them. */
export const ACCESS_ACTIONS = ["LIST", "READ", "SEARCH", "REVEAL", "CHANGE", "EXPORT", "IMPORT", "DELETE"] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const ACCESS_ACTION_LABELS: Record<AccessAction, string> = {
  LIST: "Vist i en liste",
  READ: "Vist",
  SEARCH: "Søgning",
  REVEAL: "Navn og CPR-nummer vist",
  CHANGE: "Ændret",
  EXPORT: "Eksporteret",
  IMPORT: "Importeret",
  DELETE: "Slettet",
};

export function accessActionLabel(action: string): string {
  return (ACCESS_ACTIONS as readonly string[]).includes(action) ? ACCESS_ACTION_LABELS[action as AccessAction] : action;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The UTC offset of Danish time at the start of a date ("+01:00", "+02:00"). */
function copenhagenOffset(date: string): string {
  // 00:00 UTC is 01:00 or 02:00 in Denmark, before the clocks change (at 02:00/03:00 local time).
  const probe = new Date(`${date}T00:00:00Z`);
  const name = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Copenhagen", timeZoneName: "longOffset" })
    .formatToParts(probe)
    .find((p) => p.type === "timeZoneName")?.value;
  const offset = name?.replace("GMT", "") ?? "";
  return offset === "" ? "Z" : offset;
}

/** Midnight in Denmark at the start of an ÅÅÅÅ-MM-DD date, as ISO 8601 ("2013-01-31T00:00:00+01:00"). */
export function startOfDanishDay(date: string): string {
  return `${date}T00:00:00${copenhagenOffset(date)}`;
}

/** The date after an ÅÅÅÅ-MM-DD date ("til og med" a date is "before the next"). */
export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
