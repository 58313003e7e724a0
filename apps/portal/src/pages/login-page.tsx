import { LoginBoxPage } from "../modules/session/components/login-box-page";
import { LoginForm } from "../modules/session/components/login-form";
import { Alert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";

export function LoginPage({ onLoggedIn, notice = null }: { onLoggedIn: () => Promise<void> | void; notice?: string | null }) {
  useDocumentTitle("Log ind");
  return (
    <LoginBoxPage title="Log ind på Overblik" lead="Budget og overblik for kommunens beskæftigelsesprojekter.">
      {notice ? <Alert variant="info">{notice}</Alert> : null}
      <LoginForm onLoggedIn={onLoggedIn} />
    </LoginBoxPage>
  );
}
