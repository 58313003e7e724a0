import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { useLogin } from "../hooks/use-login";

export function LoginForm({ onLoggedIn }: { onLoggedIn: () => Promise<void> | void }) {
  const { logIn, loading, error } = useLogin(onLoggedIn);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const id = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void logIn(email, password);
  }

  return (
    <form onSubmit={submit} noValidate={false} aria-busy={loading}>
      {error ? <ErrorAlert message={error} /> : null}
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-email`}>
          E-mail
        </label>
        <input
          className="form-input"
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-password`}>
          Adgangskode
        </label>
        <input
          className="form-input"
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary mt-5" disabled={loading}>
        {loading ? "Logger ind …" : "Log ind"}
      </button>
    </form>
  );
}
