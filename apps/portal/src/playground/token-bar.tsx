import { useId, useState, type FormEvent } from "react";
import { fetchToken, whoAmI } from "./api";

export interface PlaygroundLogin {
  token: string;
  name: string;
}

/**
 * "Log ind … for at få et token": the login mutation returns a session token, which the playground
 * puts into GraphiQL's headers as "Authorization: Bearer …". An existing token can be pasted too.
 */
export function TokenBar({ login, onLogin, onForget }: { login: PlaygroundLogin | null; onLogin: (login: PlaygroundLogin) => void; onForget: () => void }) {
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [pasted, setPasted] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<PlaygroundLogin>) {
    setBusy(true);
    setError(null);
    try {
      onLogin(await action());
      setPassword("");
      setPasted("");
    } catch (e) {
      setError(e instanceof Error ? e.message : "Der opstod en uventet fejl. Prøv igen.");
    } finally {
      setBusy(false);
    }
  }

  function submitLogin(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(() => fetchToken(email, password));
  }

  function submitToken(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const token = pasted.trim().replace(/^Bearer\s+/i, "");
    if (!token) {
      setError("Indsæt et token først.");
      return;
    }
    void run(async () => {
      try {
        return { token, name: await whoAmI(token) };
      } catch (e) {
        throw new Error(`Tokenet blev ikke godkendt: ${e instanceof Error ? e.message : "ukendt fejl"}`);
      }
    });
  }

  return (
    <div className="token-bar">
      <div className="token-bar-brand">
        <a href="/" className="token-bar-home">
          Overblik
        </a>
        <h1 className="token-bar-title">GraphQL-legeplads</h1>
        <a href="/was" className="token-bar-home">
          Tilgængelighedserklæring
        </a>
      </div>
      <form className="token-bar-form" onSubmit={submitLogin}>
        <p className="token-bar-intro" id={`${id}-intro`}>
          Log ind med e-mail og adgangskode for at få et token
        </p>
        <label htmlFor={`${id}-email`}>E-mail</label>
        <input id={`${id}-email`} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor={`${id}-password`}>Adgangskode</label>
        <input id={`${id}-password`} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" className="token-bar-primary" disabled={busy}>
          Hent token
        </button>
      </form>
      <form className="token-bar-form" onSubmit={submitToken}>
        <label htmlFor={`${id}-token`}>Eller indsæt et token</label>
        <input
          id={`${id}-token`}
          type="text"
          className="token-bar-token"
          autoComplete="off"
          spellCheck={false}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        <button type="submit" disabled={busy}>
          Brug token
        </button>
      </form>
      <div className="token-bar-status" role="status" aria-live="polite">
        {busy ? "Henter …" : null}
        {!busy && login ? (
          <>
            <span>
              Logget ind som <strong>{login.name}</strong>
            </span>
            <button type="button" className="token-bar-link" onClick={onForget}>
              Glem token
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <p className="token-bar-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
