import { rolesAllow } from "@overblik/domain";
import { paths } from "../../../app/paths";
import { Link, usePathname } from "../../../ui/navigation";
import { ACCESS_LOG_PATH } from "../../access-log/access-log-paths";
import { useSession } from "../hooks/use-session";
import { PortalUserLine } from "./login-box-page";

/** dkfds header: portal line with the user and "Log ud", the solution name, and the main menu. */
export function AppHeader() {
  const { user } = useSession();
  const pathname = usePathname();
  const onProjects = pathname === "/" || pathname.startsWith("/projekter/");

  return (
    <header className="header">
      <PortalUserLine />
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to="/">Overblik</Link>
          </div>
          <div className="additional-info">
            <p>
              <strong className="authority-name">Beskæftigelsesprojekter</strong>
            </p>
          </div>
        </div>
      </div>
      <div className="navigation-menu">
        <div className="navigation-menu-inner container">
          <nav className="nav" aria-label="Hovedmenu">
            <ul className="mainmenu">
              <li className={onProjects ? "active current" : undefined}>
                <Link to="/" className="nav-link" aria-current={pathname === "/" ? "page" : onProjects ? "true" : undefined}>
                  <span>Projekter</span>
                </Link>
              </li>
              {user.memberships.some((m) => rolesAllow([m.role], "steering.read")) ? (
                <li className={pathname === "/styregruppe" ? "active current" : undefined}>
                  <Link to="/styregruppe" className="nav-link" aria-current={pathname === "/styregruppe" ? "page" : undefined}>
                    <span>Portefølje</span>
                  </Link>
                </li>
              ) : null}
              {rolesAllow(user.globalRoles, "accessLog.read") ? (
                <li className={pathname === ACCESS_LOG_PATH ? "active current" : undefined}>
                  <Link to={ACCESS_LOG_PATH} className="nav-link" aria-current={pathname === ACCESS_LOG_PATH ? "page" : undefined}>
                    <span>Adgangslog</span>
                  </Link>
                </li>
              ) : null}
              {rolesAllow(user.globalRoles, "user.manage") ? (
                <li className={pathname === "/brugere" ? "active current" : undefined}>
                  <Link to="/brugere" className="nav-link" aria-current={pathname === "/brugere" ? "page" : undefined}>
                    <span>Brugere</span>
                  </Link>
                </li>
              ) : null}
              <li className={pathname === "/adgangstokens" ? "active current" : undefined}>
                <Link to="/adgangstokens" className="nav-link" aria-current={pathname === "/adgangstokens" ? "page" : undefined}>
                  <span>Adgangstokens</span>
                </Link>
              </li>
              <li>
                {/* A full page load on purpose: the playground is its own bundle (GraphiQL). */}
                <a href={paths.playground} className="nav-link">
                  <span>GraphQL-legeplads</span>
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
