import type { Colour } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { FormField } from "../../../ui/form-field";
import type { ParticipantFilter } from "../hooks/use-participants";
import { COLOUR_LABELS, COLOURS } from "../participant-labels";
import { CODE_SEARCH_LABEL } from "./code-search";

function isColour(value: string): value is Colour {
  return (COLOURS as readonly string[]).includes(value);
}

/**
 * The list's filters, applied when the form is submitted, not on every keystroke: each query is a
 * logged search, so a half-typed code must not become one.
 */
export function ParticipantFilters({
  value,
  municipalities,
  onApply,
}: {
  value: ParticipantFilter;
  municipalities: readonly string[];
  onApply: (filter: ParticipantFilter) => void;
}) {
  const id = useId();
  const [colour, setColour] = useState<string>(value.colour ?? "");
  const [municipality, setMunicipality] = useState(value.municipality ?? "");
  const [code, setCode] = useState(value.code ?? "");
  const active = Boolean(value.colour || value.municipality || value.code);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ colour: isColour(colour) ? colour : null, municipality: municipality || null, code: code.trim() || null });
  }

  function reset() {
    setColour("");
    setMunicipality("");
    setCode("");
    onApply({ colour: null, municipality: null, code: null });
  }

  return (
    <form className="participant-filters" role="search" aria-label="Filtrér borgerne" onSubmit={submit}>
      <FormField id={`${id}-colour`} label="Farve">
        <select className="form-select" id={`${id}-colour`} value={colour} onChange={(e) => setColour(e.target.value)}>
          <option value="">Alle farver</option>
          {COLOURS.map((c) => (
            <option key={c} value={c}>
              {COLOUR_LABELS[c]}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${id}-municipality`} label="Kommune">
        <select className="form-select" id={`${id}-municipality`} value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
          <option value="">Alle kommuner</option>
          {municipalities.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${id}-code`} label={CODE_SEARCH_LABEL} hint="Hele koden eller en del, fx 0042">
        <input
          className="form-input input-width-s"
          id={`${id}-code`}
          value={code}
          maxLength={20}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-code-hint`}
          onChange={(e) => setCode(e.target.value)}
        />
      </FormField>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Vis borgere
        </button>
        {active ? (
          <button type="button" className="button button-secondary" onClick={reset}>
            Nulstil filtre
          </button>
        ) : null}
      </div>
    </form>
  );
}
