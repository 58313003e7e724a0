import { useQuery } from "@apollo/client/react";
import { LoginOptionsDocument } from "@overblik/graphql-client";

/**
 * With single sign-on set up, logging out goes through the API's /auth/oidc/logout (its address, from
 * loginOptions): it ends the Overblik session as the logout mutation does and answers where the browser goes next
 * (the organisation's own logout, for someone who signed in there). Null when single sign-on is not set up.
 */
export function useOidcLogoutUrl(): string | null {
  const { data } = useQuery(LoginOptionsDocument);
  return data?.loginOptions.oidc?.logoutUrl ?? null;
}

/** Ends the session through `logoutUrl`; where the browser goes next, or null when the API did not log out. */
export async function logOutThroughApi(logoutUrl: string): Promise<string | null> {
  try {
    // JSON: the API refuses anything a form on another site could send.
    const response = await fetch(logoutUrl, { method: "POST", credentials: "same-origin", headers: { "content-type": "application/json" }, body: "{}" });
    if (!response.ok) return null;
    const { redirectTo } = (await response.json()) as { redirectTo?: unknown };
    return typeof redirectTo === "string" ? redirectTo : null;
  } catch {
    return null;
  }
}
