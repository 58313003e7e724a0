import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { LogoutDocument, MeDocument } from "@overblik/graphql-client";
import { useMemo, useState, type ReactNode } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { Loading } from "../../../ui/loading";
import { navigate } from "../../../ui/navigation";
import { logOutThroughApi, useOidcLogoutUrl } from "../hooks/use-oidc-logout";
import { SessionContext, type Session } from "../hooks/use-session";

/**
 * Asks the API who is logged in (the httpOnly cookie decides). UNAUTHENTICATED shows the login
 * page at whatever address the user opened; everything below gets the user through useSession().
 */
export function SessionGate({
  children,
  renderLogin,
}: {
  children: ReactNode;
  /** `notice` says why the login page shows when a session of this page has ended (logged out, deactivated, expired). */
  renderLogin: (onLoggedIn: () => Promise<void>, notice: string | null) => ReactNode;
}) {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(MeDocument);
  const [logout] = useMutation(LogoutDocument);
  const [logOutError, setLogOutError] = useState<string | null>(null);
  const oidcLogoutUrl = useOidcLogoutUrl();

  const user = data?.me;
  // Whether this tab has been signed in: state set during render (not a ref, which render must not read).
  const [hadUser, setHadUser] = useState(false);
  if (user && !hadUser) setHadUser(true);
  const session = useMemo<Session | null>(() => {
    if (!user) return null;
    return {
      user,
      logOutError,
      async logOut() {
        setLogOutError(null);
        if (oidcLogoutUrl) {
          const redirectTo = await logOutThroughApi(oidcLogoutUrl);
          if (!redirectTo) {
            setLogOutError("Du blev ikke logget ud. Prøv igen.");
            return;
          }
          await client.clearStore();
          // A full page load: to the organisation's logout, or the login page here.
          window.location.assign(redirectTo);
          return;
        }
        try {
          await logout();
        } catch (e) {
          // Already logged out elsewhere is fine; anything else means the cookie may still work.
          if (errorCode(e) !== "UNAUTHENTICATED") {
            setLogOutError(errorMessage(e));
            return;
          }
        }
        // Nothing of the previous user's may remain in memory for the next one.
        await client.clearStore();
        navigate("/", { replace: true });
        await refetch().catch(() => undefined);
      },
    };
  }, [user, logOutError, logout, client, refetch, oidcLogoutUrl]);

  async function afterLogin() {
    await client.clearStore();
    navigate("/", { replace: true });
    await refetch().catch(() => undefined);
  }

  if (errorCode(error) === "UNAUTHENTICATED") {
    return <>{renderLogin(afterLogin, hadUser ? "Du er logget ud. Log ind igen for at fortsætte." : null)}</>;
  }
  if (session) return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
  if (error) {
    return (
      <main id="main" className="container page-main">
        <ErrorAlert message={errorMessage(error)}>
          <button type="button" className="button button-secondary mt-4" onClick={() => void refetch().catch(() => undefined)}>
            Prøv igen
          </button>
        </ErrorAlert>
      </main>
    );
  }
  return (
    <main id="main" className="container page-main">
      <Loading />
    </main>
  );
}
