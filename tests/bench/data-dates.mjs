// Dates of the bench data as ISO strings (UTC, no time zone surprises).
const toDate = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (d) => d.toISOString().slice(0, 10);
export const addDays = (date, n) => iso(new Date(toDate(date).getTime() + n * 86_400_000));
export function addMonths(date, n) {
  const d = toDate(date);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate())));
}
export const daysBetween = (a, b) => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
export function mondayOnOrAfter(date) {
  const dow = toDate(date).getUTCDay(); // 0 = Sunday
  return addDays(date, (8 - dow) % 7);
}
export const at = (date, time = "09:00:00") => `${date}T${time}Z`;
