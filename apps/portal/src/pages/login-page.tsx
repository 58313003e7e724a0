import { LoginBoxPage } from "../modules/session/components/login-box-page";
import { LoginForm } from "../modules/session/components/login-form";
import { Alert } from "../ui/alert";
import { OidcLogin } from "../modules/session/components/oidc-login";
import { useDocumentTitle } from "../ui/document-title";

export function LoginPage({ onLoggedIn, notice = null }: { onLoggedIn: () => Promise<void> | void; notice?: string | null }) {
  useDocumentTitle("Log ind");
  return (
    <LoginBoxPage title="Log ind på Overblik" lead="Budget og overblik for kommunens beskæftigelsesprojekter.">
      {notice ? <Alert variant="info">{notice}</Alert> : null}
      <OidcLogin />
      <LoginForm onLoggedIn={onLoggedIn} />
    </LoginBoxPage>
  );
}
