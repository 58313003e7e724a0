import { useQuery } from "@apollo/client/react";
import { LoginOptionsDocument } from "@overblik/graphql-client";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../../ui/alert";

/**
 * What the API's /auth/oidc/callback says in the address (`/?sso=…`) when a sign-in through the organisation did
 * not end in a session; the API's log has the reason by code, the person gets a sentence saying what to do.
 */
const OUTCOMES: Readonly<Record<string, string>> = {
  "ingen-adgang":
    "Din organisation har logget dig ind, men du har ikke adgang til Overblik. Kontakt Overbliks administrator i din kommune, hvis du skal have adgang.",
  afbrudt: "Login hos din organisation blev afbrudt. Prøv igen, eller log ind med e-mail og adgangskode.",
  fejl: "Login med din organisation lykkedes ikke. Prøv igen; sker det igen, så kontakt Overbliks administrator i din kommune.",
};

/** The outcome a failed sign-in left in the address, read once; the address is then cleaned, so a reload does not repeat it. */
function useSsoOutcome(): string | null {
  const [message] = useState(() => OUTCOMES[new URLSearchParams(window.location.search).get("sso") ?? ""] ?? null);
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has("sso")) window.history.replaceState(null, "", window.location.pathname);
  }, []);
  return message;
}

/** The login page's part for single sign-on: why the last attempt failed, and "Log ind med din organisation" when it is set up. */
export function OidcLogin() {
  const { data } = useQuery(LoginOptionsDocument);
  const message = useSsoOutcome();
  const oidc = data?.loginOptions.oidc;
  return (
    <>
      {message ? <ErrorAlert message={message} /> : null}
      {oidc ? (
        <p className="mb-6">
          {/* A full page load on purpose: the API sends the browser on to the organisation's login. */}
          <a className="button button-secondary" href={oidc.loginUrl}>
            {oidc.label}
          </a>
        </p>
      ) : null}
    </>
  );
}
