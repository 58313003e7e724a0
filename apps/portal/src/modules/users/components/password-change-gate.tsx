import { useMutation } from "@apollo/client/react";
import { ChangePasswordDocument } from "@overblik/graphql-client";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { useDocumentTitle } from "../../../ui/document-title";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { LoginBoxPage, PortalUserLine } from "../../session/components/login-box-page";
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

function PasswordField({
  id,
  label,
  hint,
  autoComplete,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  autoComplete: "current-password" | "new-password";
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <input
        className="form-input"
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormField>
  );
}

function ChoosePasswordPage() {
  useDocumentTitle("Vælg din egen adgangskode");
  const { user } = useSession();
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
    <LoginBoxPage
      title="Vælg din egen adgangskode"
      lead={`Du er logget ind med en engangsadgangskode. Vælg din egen adgangskode på mindst ${MIN_LENGTH} tegn, før du fortsætter.`}
      userLine={<PortalUserLine />}
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        {failure ? <ErrorAlert message={failure} /> : null}
        <input type="text" name="username" autoComplete="username" value={user.email} readOnly hidden />
        <PasswordField
          id={`${id}-current`}
          label="Engangsadgangskode"
          autoComplete="current-password"
          value={current}
          onChange={setCurrent}
          error={errors.current}
        />
        <PasswordField
          id={`${id}-new`}
          label="Ny adgangskode"
          hint={`Mindst ${MIN_LENGTH} tegn. Et par ord med mellemrum er let at huske og svært at gætte.`}
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          error={errors.next}
        />
        <PasswordField
          id={`${id}-repeat`}
          label="Gentag den nye adgangskode"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={errors.repeat}
        />
        <button type="submit" className="button button-primary mt-5" disabled={loading}>
          {loading ? "Gemmer …" : "Gem og fortsæt"}
        </button>
      </form>
    </LoginBoxPage>
  );
}
