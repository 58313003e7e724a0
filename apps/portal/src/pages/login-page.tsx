import { LoginForm } from "../modules/session/components/login-form";
import { useDocumentTitle } from "../ui/document-title";

export function LoginPage({ onLoggedIn }: { onLoggedIn: () => Promise<void> | void }) {
  useDocumentTitle("Log ind");
  return (
    <>
      <header className="header">
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <span>Overblik</span>
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="container page-main">
        <div className="login-box">
          <h1>Log ind på Overblik</h1>
          <p className="font-lead">Budget og overblik for kommunens beskæftigelsesprojekter.</p>
          <LoginForm onLoggedIn={onLoggedIn} />
        </div>
      </main>
    </>
  );
}
