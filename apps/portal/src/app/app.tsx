import { SessionGate } from "../modules/session/components/session-gate";
import { PasswordChangeGate } from "../modules/users/components/password-change-gate";
import { LoginPage } from "../pages/login-page";
import { AccessibilityFooter } from "../ui/accessibility-footer";
import { AppLayout } from "./app-layout";
import { Providers } from "./providers";
import { AppRouter } from "./router";

/** The login page at any address until the API knows the user; then the layout and the routes; the footer on all of them. */
export function App() {
  return (
    <Providers>
      <a className="skipnav" href="#main">
        Gå til sidens indhold
      </a>
      <SessionGate renderLogin={(onLoggedIn, notice) => <LoginPage onLoggedIn={onLoggedIn} notice={notice} />}>
        <PasswordChangeGate>
          <AppLayout>
            <AppRouter />
          </AppLayout>
        </PasswordChangeGate>
      </SessionGate>
      <AccessibilityFooter />
    </Providers>
  );
}
