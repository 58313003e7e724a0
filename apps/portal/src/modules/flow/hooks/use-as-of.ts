import { useDateParam } from "../../../ui/date-param";
import { minIsoDate, todayIso } from "../../../ui/format";

/**
 * The date a flow page shows its figures for (?dato= in the address, so a view can be bookmarked
 * and shared). The default is today, or the project's end if the project is over.
 */
export function useAsOf(project: { endDate: string }): [string, (date: string) => void, string] {
  const [wanted, setDate] = useDateParam();
  const fallback = minIsoDate(todayIso(), project.endDate);
  return [wanted ?? fallback, (date) => setDate(date === fallback ? null : date), fallback];
}
