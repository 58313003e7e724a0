import { useId } from "react";
import { FormField } from "../../../ui/form-field";
import { setSearchParam, useSearch } from "../../../ui/navigation";

/** The address's parameter for a participant code search (?kode=0042), the same on every list of citizens. */
export const CODE_PARAM = "kode";

export const CODE_SEARCH_LABEL = "Søg på borgerkode";

/** Whether a participant code contains the search text (case and surrounding spaces ignored); an empty search matches all. */
export function codeMatches(code: string, search: string): boolean {
  const wanted = search.trim().toLocaleUpperCase("da-DK");
  return wanted === "" || code.toLocaleUpperCase("da-DK").includes(wanted);
}

/** The code search kept in the address, so back and a shared link show the same rows. */
export function useCodeSearch(): [string, (search: string) => void] {
  const search = new URLSearchParams(useSearch()).get(CODE_PARAM) ?? "";
  return [search, (next) => setSearchParam(CODE_PARAM, next.trim() === "" ? null : next)];
}

/**
 * "Søg på borgerkode" for a list that is already fetched in full: it filters as the user types,
 * without a new request, so nothing is fetched (or logged) again.
 */
export function CodeSearchField({ value, onChange, className }: { value: string; onChange: (search: string) => void; className?: string }) {
  const id = useId();
  return (
    <FormField id={id} label={CODE_SEARCH_LABEL} hint="Hele koden eller en del, fx 0042" className={className}>
      <input
        type="search"
        className="form-input input-width-s"
        id={id}
        value={value}
        maxLength={20}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormField>
  );
}
