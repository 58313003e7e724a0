import { useMutation } from "@apollo/client/react";
import { ChangePasswordDocument } from "@overblik/graphql-client";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { useDocumentTitle } from "../../../ui/document-title";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { useSession } from "../../session/hooks/use-session";

/** The API's rule (apps/api users.types.ts MIN_PASSWORD_LENGTH); the API checks it again. */
const MIN_LENGTH = 12;

/**
 * While the user still has a one-time password the API answers nothing else, so the portal shows only the page
 * to choose one's own; the changed user (passwordChangeRequired false) replaces `me` in Apollo's cache and the
 * portal continues where the user was going.
 */
export function PasswordChangeGate({ children }: { children: ReactNode }) {
  const { user } = useSession();
  if (user.passwordChangeRequired) return <ChoosePasswordPage />;
  return <>{children}</>;
}

function ChoosePasswordPage() {
  useDocumentTitle("Vælg din egen adgangskode");
  const { user, logOut } = useSession();
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ next?: string; repeat?: string; current?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof errors = {};
    if (current === "") found.current = "Skriv den engangsadgangskode, du fik.";
    if (next.length < MIN_LENGTH) found.next = `Den nye adgangskode skal være mindst ${MIN_LENGTH} tegn.`;
    else if (next === current) found.next = "Den nye adgangskode skal være en anden end engangsadgangskoden.";
    if (repeat !== next) found.repeat = "De to nye adgangskoder er ikke ens.";
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next } } });
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <>
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <div className="portal-user">
              <p className="user">
                <span className="sr-only">Logget ind som </span>
                {user.name}
              </p>
              <button type="button" className="function-link log-off" onClick={() => void logOut()}>
                Log ud
              </button>
            </div>
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <span>Overblik</span>
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="container page-main">
        <div className="login-box">
          <h1>Vælg din egen adgangskode</h1>
          <p className="font-lead">
            Du er logget ind med en engangsadgangskode. Vælg din egen adgangskode på mindst {MIN_LENGTH} tegn, før du fortsætter.
          </p>
          <form onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
            {failure ? <ErrorAlert message={failure} /> : null}
            <input type="text" name="username" autoComplete="username" value={user.email} readOnly hidden />
            <FormField id={`${id}-current`} label="Engangsadgangskode" error={errors.current}>
              <input
                className="form-input"
                id={`${id}-current`}
                type="password"
                autoComplete="current-password"
                value={current}
                onChange={(e) => setCurrent(e.target.value)}
                aria-invalid={Boolean(errors.current)}
                aria-describedby={describedBy(`${id}-current`, null, errors.current)}
              />
            </FormField>
            <FormField id={`${id}-new`} label="Ny adgangskode" hint={`Mindst ${MIN_LENGTH} tegn. Et par ord med mellemrum er let at huske og svært at gætte.`} error={errors.next}>
              <input
                className="form-input"
                id={`${id}-new`}
                type="password"
                autoComplete="new-password"
                value={next}
                onChange={(e) => setNext(e.target.value)}
                aria-invalid={Boolean(errors.next)}
                aria-describedby={describedBy(`${id}-new`, true, errors.next)}
              />
            </FormField>
            <FormField id={`${id}-repeat`} label="Gentag den nye adgangskode" error={errors.repeat}>
              <input
                className="form-input"
                id={`${id}-repeat`}
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                aria-invalid={Boolean(errors.repeat)}
                aria-describedby={describedBy(`${id}-repeat`, null, errors.repeat)}
              />
            </FormField>
            <button type="submit" className="button button-primary mt-5" disabled={loading}>
              {loading ? "Gemmer …" : "Gem og fortsæt"}
            </button>
          </form>
        </div>
      </main>
    </>
  );
}
