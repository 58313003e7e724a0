import type { MunicipalityFieldsFragment } from "@overblik/graphql-client";
import { useId, useState } from "react";
import { FieldError } from "../../../ui/form-field";

/** Choose one or more of the 98 municipalities: a search over name and code, checkboxes, the chosen ones listed. */
export function MunicipalityPicker({
  municipalities,
  selected,
  onChange,
  error,
}: {
  municipalities: readonly MunicipalityFieldsFragment[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string | null;
}) {
  const [search, setSearch] = useState("");
  const id = useId();
  const needle = search.trim().toLocaleLowerCase("da");
  const matches = needle === "" ? [] : municipalities.filter((m) => m.name.toLocaleLowerCase("da").includes(needle) || m.code.startsWith(needle));
  const chosen = municipalities.filter((m) => selected.includes(m.code));
  const toggle = (code: string, on: boolean) => onChange(on ? [...selected, code] : selected.filter((c) => c !== code));

  return (
    <fieldset className={`form-group${error ? " form-error" : ""}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="form-label">Kommuner</legend>
      <FieldError id={id} error={error} />
      <p className="m-0" aria-live="polite">
        {chosen.length === 0 ? "Ingen kommuner valgt." : `Valgt: ${chosen.map((m) => m.name).join(", ")}.`}
      </p>
      {chosen.length > 0 ? (
        <ul className="nobullet-list">
          {chosen.map((m) => (
            <li key={m.code}>
              {m.name} ({m.code}){" "}
              <button type="button" className="function-link" onClick={() => toggle(m.code, false)}>
                Fjern<span className="sr-only"> {m.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label className="form-label" htmlFor={`${id}-search`}>
        Søg kommune (navn eller kode)
      </label>
      <input
        className="form-input input-width-m"
        id={`${id}-search`}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        autoComplete="off"
      />
      {needle !== "" ? (
        matches.length === 0 ? (
          <p>Ingen kommune hedder sådan.</p>
        ) : (
          <ul className="nobullet-list mt-3">
            {matches.slice(0, 20).map((m) => (
              <li key={m.code}>
                <input
                  className="form-checkbox"
                  type="checkbox"
                  id={`${id}-${m.code}`}
                  checked={selected.includes(m.code)}
                  onChange={(e) => toggle(m.code, e.target.checked)}
                />
                <label htmlFor={`${id}-${m.code}`}>
                  {m.name} ({m.code})
                </label>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </fieldset>
  );
}
