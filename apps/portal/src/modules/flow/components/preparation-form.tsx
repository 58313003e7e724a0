import { neededCompetences } from "@overblik/domain";
import type { FlowPreparationFormFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { errorCode, errorMessage } from "../../../ui/errors";
import { FormField, SubmitRow } from "../../../ui/form-field";
import type { TimelineMutations } from "../hooks/use-flow";
import { competenceLabel, THEME_LABELS, THEMES } from "../flow-labels";
import type { FlowMessage } from "./flow-message";

/**
 * The preparation form (forberedende skema), filled in with the citizen: the themes decide which
 * competences sit on the team for the citizen; the wishes are free text (encrypted and logged).
 * Saved with the version it was filled from (none for a new form); the page remounts it on a new version.
 */
export function PreparationForm({
  participantId,
  code,
  form,
  canSave,
  mutations,
  onMessage,
}: {
  participantId: string;
  code: string;
  form: FlowPreparationFormFragment | null;
  canSave: boolean;
  mutations: TimelineMutations;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const id = useId();
  const [save, { loading }] = mutations.savePreparation;
  const [themes, setThemes] = useState<ReadonlySet<string>>(new Set(form?.themes ?? []));
  const [wishes, setWishes] = useState(form?.wishes ?? "");
  const chosen = THEMES.filter((t) => themes.has(t));
  const competences = neededCompetences([chosen]);

  function toggle(theme: string, on: boolean) {
    const next = new Set(themes);
    if (on) next.add(theme);
    else next.delete(theme);
    setThemes(next);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onMessage(null);
    try {
      await save({
        variables: {
          input: {
            participantId,
            themes: chosen,
            wishes: wishes.trim() || null,
            ...(form ? { expectedVersion: form.version } : {}),
          },
        },
      });
      onMessage({ kind: "saved", text: `Det forberedende skema for ${code} er gemt.` });
    } catch (error) {
      if (errorCode(error) === "CONFLICT") {
        await mutations.refresh();
        onMessage({ kind: "error", text: `${errorMessage(error)} Skemaet viser nu det gemte.` });
      } else {
        onMessage({ kind: "error", text: errorMessage(error) });
      }
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={loading} className="preparation-form">
      <p className="form-hint mt-0">{form ? "Skemaet er udfyldt; ret det her." : "Skemaet er ikke udfyldt endnu."}</p>
      <fieldset className="checkbox-list">
        <legend className="form-label">Temaer</legend>
        <span className="form-hint" id={`${id}-themes-hint`}>
          Borgerens problemer og ønsker; flere kan gælde. Temaerne afgør, hvem der sidder i teamet for borgeren.
        </span>
        {THEMES.map((theme) => (
          <div className="form-group-checkbox" key={theme}>
            <input
              type="checkbox"
              className="form-checkbox"
              id={`${id}-${theme}`}
              checked={themes.has(theme)}
              disabled={!canSave}
              onChange={(e) => toggle(theme, e.target.checked)}
            />
            <label className="form-label" htmlFor={`${id}-${theme}`}>
              {THEME_LABELS[theme]}
            </label>
          </div>
        ))}
      </fieldset>
      <p className="preparation-competences" aria-live="polite">
        <strong>Kalder på:</strong> {competences.map(competenceLabel).join(", ")}.
      </p>
      <FormField id={`${id}-wishes`} label="Borgerens ønsker" hint="Fritekst. Gemmes krypteret, og hver visning logges.">
        <textarea
          className="form-input input-width-xl"
          id={`${id}-wishes`}
          rows={4}
          maxLength={5000}
          value={wishes}
          readOnly={!canSave}
          aria-describedby={`${id}-wishes-hint`}
          onChange={(e) => setWishes(e.target.value)}
        />
      </FormField>
      {canSave ? <SubmitRow busy={loading} text="Gem skemaet" /> : null}
    </form>
  );
}
