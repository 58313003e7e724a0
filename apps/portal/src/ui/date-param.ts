import { setSearchParam, useSearch } from "./navigation";

/** The address's date parameter: the date a page shows its figures for (?dato=2013-08-01). */
export const DATE_PARAM = "dato";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The valid date in a query string, or null (absent or not ÅÅÅÅ-MM-DD). */
export function dateParamOf(search: string): string | null {
  const value = new URLSearchParams(search).get(DATE_PARAM) ?? "";
  return ISO_DATE.test(value) ? value : null;
}

/**
 * The date chosen in the address, or null when the page should use its own default. Kept in the
 * address so a link shows the same figures; `setDate(null)` returns to the default.
 */
export function useDateParam(): [string | null, (date: string | null) => void] {
  const date = dateParamOf(useSearch());
  return [date, (next) => setSearchParam(DATE_PARAM, next)];
}

/** `path` with the date appended (as its only query parameter); unchanged without a date. */
export function withDate(path: string, date: string | null): string {
  return date ? `${path}?${DATE_PARAM}=${encodeURIComponent(date)}` : path;
}

/**
 * For links between a project's pages (tabs, sub-navigation): they carry the date chosen on the
 * current page, so clicking through keeps the figures' date. A page without a date of its own
 * ignores it and passes it on.
 */
export function useDateLink(): (path: string) => string {
  const date = dateParamOf(useSearch());
  return (path) => withDate(path, date);
}
