import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { formatDateDa, todayIso } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { Loading } from "../../../ui/loading";
import { formatTimestamp } from "../../participants/participant-labels";
import { UUID_PATTERN } from "../access-log-labels";
import { useParticipantAccessExtract } from "../hooks/use-access-log";
import { ScrollRegion } from "../../../ui/scroll-region";

/** Prints only the extract: the rest of the page is hidden while the browser prints. */
function printExtract() {
  document.body.classList.add("print-access-extract");
  const done = () => {
    document.body.classList.remove("print-access-extract");
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}

/**
 * "Udtræk til borger": when and why a citizen's data were used, the extract a citizen can ask for
 * (GDPR art. 15). Who used them is left out, as the municipality's practice is.
 */
export function AccessExtract({ participantId, code, onChoose }: { participantId: string | null; code: string | null; onChoose: (id: string | null) => void }) {
  const id = useId();
  const [draft, setDraft] = useState(participantId ?? "");
  const [submitted, setSubmitted] = useState(false);
  const { data, error, loading } = useParticipantAccessExtract(participantId);
  const resultRef = useRef<HTMLDivElement>(null);
  const entries = data?.participantAccessExtract;
  const draftError = UUID_PATTERN.test(draft.trim()) ? null : "Skriv deltagerens id, fx 3f2c9a1e-…; brug »Udtræk« i loggen for at hente det.";

  // A new id from the address bar replaces the draft; adjusted during render (React's pattern for state derived from a prop), not in an effect.
  const [draftFor, setDraftFor] = useState(participantId);
  if (draftFor !== participantId) {
    setDraftFor(participantId);
    setDraft(participantId ?? "");
  }
  useEffect(() => {
    if (participantId && entries) resultRef.current?.focus();
  }, [participantId, entries]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (draftError) {
      document.getElementById(`${id}-participant`)?.focus();
      return;
    }
    setSubmitted(false);
    onChoose(draft.trim());
  }

  const shownError = submitted ? draftError : null;

  return (
    <>
      <form className="d-print-none" noValidate onSubmit={submit}>
        <div className="inline-form">
          <FormField id={`${id}-participant`} label="Deltager-id" error={shownError}>
            <input
              className="form-input input-uuid"
              id={`${id}-participant`}
              value={draft}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setDraft(e.target.value)}
              aria-invalid={Boolean(shownError)}
              aria-describedby={describedBy(`${id}-participant`, null, shownError)}
            />
          </FormField>
          <button type="submit" className="button button-secondary">
            Vis udtræk
          </button>
        </div>
      </form>
      {participantId ? (
        <div className="access-extract-result" ref={resultRef} tabIndex={-1} aria-labelledby={`${id}-result-heading`} role="region">
          <h3 id={`${id}-result-heading`}>
            Udtræk for {code ?? "deltager"} <span className="line-meta-inline">({participantId})</span>
          </h3>
          <p className="print-only">Udskrevet {formatDateDa(todayIso())} fra Overblik.</p>
          {error ? (
            <ErrorAlert message={errorMessage(error)} />
          ) : loading || !entries ? (
            <Loading />
          ) : entries.length === 0 ? (
            <p>Borgerens oplysninger er ikke brugt i den periode, loggen gemmer.</p>
          ) : (
            <>
              <p>Borgerens oplysninger er brugt {entries.length === 1 ? "1 gang" : `${entries.length} gange`}: hvornår, hvordan og hvorfor, ældste først.</p>
              <div className="button-row d-print-none">
                <button type="button" className="button button-secondary" onClick={printExtract}>
                  <Icon name="print" />
                  Udskriv udtræk
                </button>
              </div>
              <ScrollRegion label="Udtræk til borger">
                <table className="table table--compact">
                  <caption className="sr-only">Brug af borgerens oplysninger, ældste først</caption>
                  <thead>
                    <tr>
                      <th scope="col">Dato og tid</th>
                      <th scope="col">Handling</th>
                      <th scope="col">Formål</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((e, i) => (
                      <tr key={`${e.at}-${i}`}>
                        <th scope="row" className="nowrap">
                          {formatTimestamp(e.at, { seconds: true })}
                        </th>
                        <td>{e.action}</td>
                        <td>{e.purpose}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </>
          )}
        </div>
      ) : null}
    </>
  );
}
