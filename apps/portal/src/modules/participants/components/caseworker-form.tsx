import type { ParticipantDetailFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField } from "../../../ui/form-field";
import { useAssignCaseworker } from "../hooks/use-participants";
import { useProjectCaseworkers } from "../hooks/use-project-caseworkers";
import { failedSave, type SaveOutcome } from "./classification-form";

/** The tovholder assigns (or removes) the citizen's caseworker; the caseworker then sees the citizen. */
export function CaseworkerForm({
  projectId,
  participant,
  onOutcome,
}: {
  projectId: string;
  participant: ParticipantDetailFragment;
  onOutcome: (outcome: SaveOutcome) => void;
}) {
  const id = useId();
  const [assign, { loading }] = useAssignCaseworker();
  const { options, loading: loadingOptions, error: optionsError } = useProjectCaseworkers(projectId, participant.caseworker);
  const [caseworkerId, setCaseworkerId] = useState(participant.caseworker?.id ?? "");
  const unchanged = caseworkerId === (participant.caseworker?.id ?? "");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const result = await assign({
        variables: { input: { participantId: participant.id, caseworkerId: caseworkerId || null, expectedVersion: participant.version } },
      });
      const name = result.data?.assignCaseworker.caseworker?.name;
      onOutcome({
        kind: "saved",
        text: name ? `${name} er nu sagsbehandler for ${participant.code}.` : `${participant.code} har ikke længere en sagsbehandler.`,
      });
    } catch (error) {
      onOutcome(failedSave(error));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={loading}>
      <FormField id={`${id}-caseworker`} label="Borgerens sagsbehandler" hint="Vælg blandt projektets sagsbehandlere">
        <select
          className="form-select"
          id={`${id}-caseworker`}
          value={caseworkerId}
          aria-describedby={`${id}-caseworker-hint`}
          aria-busy={loadingOptions}
          onChange={(e) => setCaseworkerId(e.target.value)}
        >
          <option value="">Ingen sagsbehandler</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </FormField>
      {optionsError ? <ErrorAlert message={`Projektets sagsbehandlere kunne ikke hentes: ${errorMessage(optionsError)}`} /> : null}
      {!loadingOptions && !optionsError && options.length === 0 ? (
        <p className="form-hint">Projektet har ingen sagsbehandlere endnu. Lederen giver brugere rollen under projektets medlemmer.</p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-secondary" disabled={loading || unchanged}>
          {loading ? "Gemmer …" : "Gem sagsbehandler"}
        </button>
      </div>
    </form>
  );
}
