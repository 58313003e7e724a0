import { minIsoDate, todayIso } from "../../../ui/format";
import { navigate, useSearch } from "../../../ui/navigation";
import { ISO_DATE } from "../flow-view";

/**
 * The date a flow page shows its figures for (?dato= in the address, so a view can be bookmarked
 * and shared). The default is today, or the project's end if the project is over.
 */
export function useAsOf(project: { endDate: string }): [string, (date: string) => void, string] {
  const params = new URLSearchParams(useSearch());
  const fallback = minIsoDate(todayIso(), project.endDate);
  const wanted = params.get("dato") ?? "";
  const asOf = ISO_DATE.test(wanted) ? wanted : fallback;
  function setAsOf(date: string) {
    setSearchParam("dato", date === fallback ? null : date);
  }
  return [asOf, setAsOf, fallback];
}

/** Replaces one parameter of the address's query string, keeping the scroll position. */
export function setSearchParam(name: string, value: string | null) {
  const params = new URLSearchParams(window.location.search);
  if (value === null || value === "") params.delete(name);
  else params.set(name, value);
  const query = params.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ""}`, { replace: true, keepScroll: true });
}
