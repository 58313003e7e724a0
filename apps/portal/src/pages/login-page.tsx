import { LoginBoxPage } from "../modules/session/components/login-box-page";
import { LoginForm } from "../modules/session/components/login-form";
import { OidcLogin } from "../modules/session/components/oidc-login";
import { useDocumentTitle } from "../ui/document-title";

export function LoginPage({ onLoggedIn }: { onLoggedIn: () => Promise<void> | void }) {
  useDocumentTitle("Log ind");
  return (
    <LoginBoxPage title="Log ind på Overblik" lead="Budget og overblik for kommunens beskæftigelsesprojekter.">
      <OidcLogin />
      <LoginForm onLoggedIn={onLoggedIn} />
    </LoginBoxPage>
  );
}
