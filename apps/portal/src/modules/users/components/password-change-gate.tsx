import { useMutation } from "@apollo/client/react";
import { ChangePasswordDocument } from "@overblik/graphql-client";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { useDocumentTitle } from "../../../ui/document-title";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField, useSubmitErrors } from "../../../ui/form-field";
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
  error: string | null | undefined;
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
  const id = useId();
  const errors = {
    current: current === "" ? "Skriv den engangsadgangskode, du fik." : null,
    next:
      next.length < MIN_LENGTH
        ? `Den nye adgangskode skal være mindst ${MIN_LENGTH} tegn.`
        : next === current
          ? "Den nye adgangskode skal være en anden end engangsadgangskoden."
          : null,
    repeat: repeat !== next ? "De to nye adgangskoder er ikke ens." : null,
  };
  const { shown, start, serverError: failure, setServerError: setFailure } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event)) return;
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
          error={shown("current")}
        />
        <PasswordField
          id={`${id}-new`}
          label="Ny adgangskode"
          hint={`Mindst ${MIN_LENGTH} tegn. Et par ord med mellemrum er let at huske og svært at gætte.`}
          autoComplete="new-password"
          value={next}
          onChange={setNext}
          error={shown("next")}
        />
        <PasswordField
          id={`${id}-repeat`}
          label="Gentag den nye adgangskode"
          autoComplete="new-password"
          value={repeat}
          onChange={setRepeat}
          error={shown("repeat")}
        />
        <button type="submit" className="button button-primary mt-5" disabled={loading}>
          {loading ? "Gemmer …" : "Gem og fortsæt"}
        </button>
      </form>
    </LoginBoxPage>
  );
}
