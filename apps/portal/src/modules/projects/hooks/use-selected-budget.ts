import { navigate, useSearch } from "../../../ui/navigation";

/**
 * The budget a tab shows when a project has more than one: `?budget=<id>` in the address, else
 * the first. Every demo project has one budget; the choice appears only when there are several.
 */
export function useSelectedBudget<T extends { id: string }>(budgets: readonly T[]): [T | undefined, (id: string) => void] {
  const search = useSearch();
  const wanted = new URLSearchParams(search).get("budget");
  const selected = budgets.find((b) => b.id === wanted) ?? budgets[0];
  function select(id: string) {
    const params = new URLSearchParams(window.location.search);
    params.set("budget", id);
    navigate(`${window.location.pathname}?${params.toString()}`, { replace: true, keepScroll: true });
  }
  return [selected, select];
}
