import type { FindParticipantByCprMutation } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { Link } from "../../../ui/navigation";
import { useFindParticipantByCpr } from "../hooks/use-participants";
import { participantPaths } from "../participant-paths";
import { ColourTag } from "./colour-tag";

type Found = NonNullable<FindParticipantByCprMutation["findParticipantByCpr"]>;

const CPR_PATTERN = /^\d{6}[- ]?\d{4}$/;

/**
 * "Find på CPR-nummer": an exact search with a purpose, both logged (the number itself is not). The
 * number is cleared from the field once searched, and the answer is kept only on this screen.
 */
export function FindByCpr({ projectId }: { projectId: string }) {
  const id = useId();
  const [find, { loading }] = useFindParticipantByCpr();
  const [cpr, setCpr] = useState("");
  const [purpose, setPurpose] = useState("");
  const [result, setResult] = useState<{ found: Found | null } | null>(null);
  const errors = {
    cpr: CPR_PATTERN.test(cpr.trim()) ? null : "Skriv CPR-nummeret som 10 cifre, fx 010165-1234.",
    purpose: purpose.trim().length >= 5 ? null : "Skriv formålet med søgningen (mindst 5 tegn), fx »Henvendelse fra borgeren«.",
  };
  const { show, reset, field, serverError, setServerError, start } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    setResult(null);
    if (!start(event)) return;
    try {
      const answer = await find({ variables: { input: { projectId, cpr: cpr.trim(), purpose: purpose.trim() } } });
      setResult({ found: answer.data?.findParticipantByCpr ?? null });
      setCpr("");
      reset();
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  return (
    <>
      <p>
        Find en borger ud fra CPR-nummeret, fx når borgeren selv henvender sig. Søgningen er præcis og logges med formålet; selve CPR-nummeret gemmes ikke i
        loggen.
      </p>
      <form className="cpr-search-form" noValidate onSubmit={(e) => void submit(e)} aria-busy={loading}>
        <FormField id={`${id}-cpr`} label="CPR-nummer" hint="10 cifre, med eller uden bindestreg" error={show(errors.cpr)}>
          <input
            className="form-input input-width-s"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={11}
            value={cpr}
            onChange={(e) => setCpr(e.target.value)}
            {...field("cpr", true)}
          />
        </FormField>
        <FormField id={`${id}-purpose`} label="Formål med søgningen" hint="Logges sammen med søgningen" error={show(errors.purpose)}>
          <input
            className="form-input input-width-l"
            maxLength={300}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value)}
            {...field("purpose", true)}
          />
        </FormField>
        <button type="submit" className="button button-secondary" disabled={loading}>
          {loading ? "Søger …" : "Find borger"}
        </button>
      </form>
      <div aria-live="polite">
        {serverError ? <ErrorAlert message={serverError} /> : null}
        {result ? (
          result.found ? (
            <Alert variant="success" headingLevel={4} heading="Borgeren er fundet">
              <p className="m-0">
                <Link to={participantPaths.participant(projectId, result.found.id)}>{result.found.code}</Link> ({result.found.municipality}){" "}
                <ColourTag colour={result.found.colour} />
              </p>
            </Alert>
          ) : (
            <Alert variant="info" headingLevel={4} heading="Ingen borger fundet">
              <p className="m-0">Ingen borger i projektet, som du har adgang til, har det CPR-nummer.</p>
            </Alert>
          )
        ) : null}
      </div>
    </>
  );
}
