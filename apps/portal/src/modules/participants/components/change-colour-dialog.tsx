import type { Colour, ParticipantListItemFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { ChoiceGroup, FormField, useSubmitErrors } from "../../../ui/form-field";
import { Modal } from "../../../ui/modal";
import { useChangeParticipantColour, useRefreshParticipant } from "../hooks/use-participants";
import { COLOUR_LABELS, COLOUR_MEANINGS, colourLabel, COLOURS } from "../participant-labels";
import { ColourTag } from "./colour-tag";

/**
 * "Flyt" a citizen to another colour group, with the reason the history keeps. The version the
 * screen showed goes along; when someone else changed the citizen meanwhile (CONFLICT), the one
 * citizen is fetched again and the dialog shows the colour as it is now.
 */
export function ChangeColourDialog({
  participant,
  initialColour,
  onClose,
  onMoved,
}: {
  participant: ParticipantListItemFragment;
  initialColour: Colour | null;
  onClose: () => void;
  onMoved: (message: string, participantId: string) => void;
}) {
  const id = useId();
  const [change, { loading }] = useChangeParticipantColour();
  const refresh = useRefreshParticipant();
  const [colour, setColour] = useState<Colour | null>(initialColour !== participant.colour ? initialColour : null);
  const [reason, setReason] = useState("");
  const [refreshing, setRefreshing] = useState(false);
  const choices = COLOURS.filter((c) => c !== participant.colour);
  const chosen = colour !== null && colour !== participant.colour ? colour : null;
  const errors = {
    colour: chosen ? null : "Vælg den farvegruppe, borgeren skal flyttes til.",
    reason: reason.trim().length >= 3 ? null : "Skriv hvorfor borgeren flyttes (mindst 3 tegn). Begrundelsen vises i farvehistorikken.",
  };
  const { show, field, serverError, setServerError, start } = useSubmitErrors(id, errors, { colour: `colour-${choices[0] ?? ""}` });
  const busy = loading || refreshing;

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event) || !chosen) return;
    try {
      await change({ variables: { input: { participantId: participant.id, colour: chosen, reason: reason.trim(), expectedVersion: participant.version } } });
      onMoved(`${participant.code} er flyttet fra ${colourLabel(participant.colour)} til ${COLOUR_LABELS[chosen]}.`, participant.id);
    } catch (error) {
      if (errorCode(error) === "CONFLICT") {
        setServerError(
          `${errorMessage(error, { CONFLICT: "Deltageren er ændret af en anden, siden du hentede oplysningerne." })} Farven herunder er hentet igen og er den aktuelle; vælg og prøv igen.`,
        );
        setRefreshing(true);
        await refresh(participant.id);
        setRefreshing(false);
      } else {
        setServerError(errorMessage(error));
      }
    }
  }

  return (
    <Modal
      title={`Flyt ${participant.code}`}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={busy}
      footer={
        <>
          <button type="submit" className="button button-primary" disabled={busy}>
            {loading ? "Flytter …" : "Flyt borgeren"}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            Annullér
          </button>
        </>
      }
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        {participant.code} ({participant.municipality}) er nu: <ColourTag colour={participant.colour} />
      </p>
      <ChoiceGroup id={`${id}-colour`} legend="Ny farvegruppe" error={show(errors.colour)}>
        {choices.map((c) => (
          <div className="form-group-radio" key={c}>
            <input
              type="radio"
              className="form-radio"
              id={`${id}-colour-${c}`}
              name={`${id}-colour`}
              value={c}
              checked={chosen === c}
              onChange={() => setColour(c)}
              aria-describedby={`${id}-colour-${c}-hint`}
            />
            <label className="form-label" htmlFor={`${id}-colour-${c}`}>
              <span className={`colour--${c.toLowerCase()}`}>
                <span className="colour-swatch" aria-hidden="true" />
              </span>{" "}
              {COLOUR_LABELS[c]}
            </label>
            <span className="form-hint" id={`${id}-colour-${c}-hint`}>
              {COLOUR_MEANINGS[c]}
            </span>
          </div>
        ))}
      </ChoiceGroup>
      <FormField id={`${id}-reason`} label="Begrundelse" hint="Vises i borgerens farvehistorik sammen med dit navn og tidspunktet" error={show(errors.reason)}>
        <textarea
          className="form-input input-width-xl"
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          {...field("reason", true)}
        />
      </FormField>
    </Modal>
  );
}
