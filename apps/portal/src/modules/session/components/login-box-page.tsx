import type { ReactNode } from "react";
import { Icon } from "../../../ui/icon";
import { useSession } from "../hooks/use-session";

/** The header's portal line: who is logged in, and "Log ud". */
export function PortalUserLine() {
  const { user, logOut } = useSession();
  return (
    <div className="portal-info">
      <div className="portal-info-inner container">
        <div className="portal-user">
          <p className="user">
            <span className="sr-only">Logget ind som </span>
            {user.name}
          </p>
          <button type="button" className="function-link log-off" onClick={() => void logOut()}>
            <Icon name="lock" />
            Log ud
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * A page outside the portal's menus (logging in, choosing one's own password): the solution's name, then a box
 * with the page's heading, a lead and the form. `userLine` (PortalUserLine) when someone is logged in.
 */
export function LoginBoxPage({ title, lead, userLine, children }: { title: string; lead: ReactNode; userLine?: ReactNode; children: ReactNode }) {
  return (
    <>
      <header className="header">
        {userLine}
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
          <h1>{title}</h1>
          <p className="font-lead">{lead}</p>
          {children}
        </div>
      </main>
    </>
  );
}
