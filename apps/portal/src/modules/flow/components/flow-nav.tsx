import { rolesAllow, type Permission, type Role } from "@overblik/domain";
import { useDateLink } from "../../../ui/date-param";
import { Link, usePathname } from "../../../ui/navigation";
import { useFlowProject } from "../hooks/use-flow";
import { flowPaths } from "../flow-paths";

/** The flow's pages in the order of the work: the overview, alerts, meetings, the catalogue, progress. */
const FLOW_PAGES: ReadonlyArray<{ label: string; action: Permission; to: (projectId: string) => string; nested?: boolean }> = [
  { label: "Tovholderens overblik", action: "flow.coordinate", to: flowPaths.overview },
  { label: "Advarsler", action: "flow.coordinate", to: flowPaths.alerts },
  { label: "Teammøder", action: "meeting.read", to: flowPaths.meetings, nested: true },
  { label: "Ydelseskatalog", action: "project.read", to: flowPaths.catalogue },
  { label: "Kapacitet og fremdrift", action: "project.read", to: flowPaths.capacity },
];

/** Where the tab "Forløb" leads: the first of these the role has. */
const LANDING = [flowPaths.overview, flowPaths.meetings, flowPaths.capacity];

/** The flow pages the roles may open, in the order of the work. */
export function flowPagesFor(roles: readonly Role[]) {
  return FLOW_PAGES.filter((page) => rolesAllow(roles, page.action));
}

function isCurrent(pathname: string, to: string, nested: boolean | undefined): boolean {
  return pathname === to || (Boolean(nested) && pathname.startsWith(`${to}/`));
}

/**
 * The project tab "Forløb": it opens the first of the flow's pages the role has (the overview for a
 * tovholder, the meetings for a team member, progress for the others) and is current on all of them.
 * The roles come from the cache the project page already filled (no extra request).
 */
export function FlowTabItem({ projectId }: { projectId: string }) {
  const { data } = useFlowProject(projectId);
  const pathname = usePathname().replace(/\/$/, "");
  const pages = flowPagesFor(data?.project.myRoles ?? []);
  const dated = useDateLink();
  const first = LANDING.map((to) => pages.find((page) => page.to === to)).find(Boolean);
  if (!first) return null;
  const current = pages.some((page) => isCurrent(pathname, page.to(projectId), page.nested));
  return (
    <li>
      <Link to={dated(first.to(projectId))} className="tab-button" aria-current={current ? "page" : undefined}>
        <span>Forløb</span>
      </Link>
    </li>
  );
}

/** The flow's own pages, under the project's tabs; only those the role has. */
export function FlowSubnav({ projectId, roles }: { projectId: string; roles: readonly Role[] }) {
  const pathname = usePathname().replace(/\/$/, "");
  const pages = flowPagesFor(roles);
  const dated = useDateLink();
  if (pages.length < 2) return null;
  return (
    <nav className="flow-subnav d-print-none" aria-label="Forløbets sider">
      <ul className="flow-subnav-list no-max-width">
        {pages.map((page) => {
          const to = page.to(projectId);
          return (
            <li key={page.label}>
              <Link to={dated(to)} aria-current={isCurrent(pathname, to, page.nested) ? "page" : undefined}>
                {page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
