import type { ParticipantDetailFragment, RevealParticipantIdentityMutation } from "@overblik/graphql-client";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { useRevealIdentity } from "../hooks/use-participants";

type Identity = RevealParticipantIdentityMutation["revealParticipantIdentity"];

/**
 * "Vis navn og CPR-nummer": asks for the purpose first (logged as REVEAL), then shows the result in
 * a marked box until "Skjul" or until the user leaves the page. The result lives only in this
 * component's state (the mutation is not cached), so it is gone when the component is.
 */
export function RevealIdentity({ participant }: { participant: ParticipantDetailFragment }) {
  const id = useId();
  const [reveal, { loading }] = useRevealIdentity();
  const [asking, setAsking] = useState(false);
  const [purpose, setPurpose] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [shown, setShown] = useState<{ identity: Identity; purpose: string } | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const purposeError = purpose.trim().length >= 5 ? null : "Skriv formålet (mindst 5 tegn), fx »Finde sagen i kommunens sagssystem«.";
  const showError = submitted ? purposeError : null;

  useEffect(() => {
    if (shown) boxRef.current?.focus();
  }, [shown]);

  if (!participant.hasCpr && !participant.hasName) {
    return <p>Der er hverken registreret navn eller CPR-nummer for {participant.code}.</p>;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (purposeError) {
      document.getElementById(`${id}-purpose`)?.focus();
      return;
    }
    try {
      const result = await reveal({ variables: { input: { participantId: participant.id, purpose: purpose.trim() } } });
      const identity = result.data?.revealParticipantIdentity;
      if (identity) setShown({ identity, purpose: purpose.trim() });
      setAsking(false);
      setPurpose("");
      setSubmitted(false);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  function hide() {
    setShown(null);
    // The button that opens the form again is back; focus goes there.
    requestAnimationFrame(() => openerRef.current?.focus());
  }

  if (shown) {
    return (
      <div className="identity-box" ref={boxRef} tabIndex={-1} role="region" aria-labelledby={`${id}-identity-heading`}>
        <h4 id={`${id}-identity-heading`}>Fortrolige oplysninger om {shown.identity.code}</h4>
        <p className="m-0">
          Vist for {shown.identity.code} med formålet »{shown.purpose}«; visningen er logget. Oplysningerne forsvinder, når du skjuler dem eller forlader siden.
        </p>
        <dl>
          <dt>Navn</dt>
          <dd>{shown.identity.name ?? "Ikke registreret"}</dd>
          <dt>CPR-nummer</dt>
          <dd>{shown.identity.cpr ?? "Ikke registreret"}</dd>
        </dl>
        <button type="button" className="button button-primary" onClick={hide}>
          Skjul
        </button>
      </div>
    );
  }

  if (!asking) {
    return (
      <>
        <p>Navn og CPR-nummer vises kun, når du har angivet formålet. Visningen logges.</p>
        <button ref={openerRef} type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          Vis navn og CPR-nummer
        </button>
      </>
    );
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={loading}>
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <FormField id={`${id}-purpose`} label="Formål med at se navn og CPR-nummer" hint="Logges sammen med visningen" error={showError}>
        <input
          className="form-input input-width-xl"
          id={`${id}-purpose`}
          maxLength={300}
          // The form replaces the button the user just pressed: focus follows that action instead of falling to the page.
          // eslint-disable-next-line jsx-a11y/no-autofocus -- not on page load, see the line above
          autoFocus
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          aria-invalid={Boolean(showError)}
          aria-describedby={describedBy(`${id}-purpose`, "hint", showError)}
        />
      </FormField>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {loading ? "Henter …" : "Vis navn og CPR-nummer"}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setAsking(false);
            setServerError(null);
            setSubmitted(false);
          }}
        >
          Annullér
        </button>
      </div>
    </form>
  );
}
