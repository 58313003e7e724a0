import { rolesAllow, type Permission, type Role } from "@overblik/domain";
import { paths, PROJECT_TABS, type ProjectTab } from "../../../app/paths";
import { useDateLink } from "../../../ui/date-param";
import { Link } from "../../../ui/navigation";
import { FlowTabItem } from "../../flow/components/flow-nav";
import { SteeringTabItem } from "../../styregruppe/steering-tab";
import { ParticipantTabItems } from "../../participants/components/participant-tab-links";

export const PROJECT_TAB_LABELS: Record<ProjectTab, string> = {
  overview: "Overblik",
  budget: "Budgetlinjer",
  "follow-up": "Opfølgning",
  postings: "Posteringer",
  history: "Historik",
  competence: "Kompetenceudvikling",
};

/** Need-to-know: the tabs that show the economy's detail, and the permission each needs (the API decides). */
export const PROJECT_TAB_PERMISSION: Partial<Record<ProjectTab, Permission>> = {
  "follow-up": "budget.read",
  postings: "spend.read",
  history: "budget.read",
};

/** Whether the roles may see a tab (the portal hides; the API refuses anyway). */
export function tabAllowed(roles: readonly string[], tab: ProjectTab): boolean {
  const permission = PROJECT_TAB_PERMISSION[tab];
  return !permission || rolesAllow(roles as Role[], permission);
}

/**
 * dkfds tabs used as navigation: each tab is its own address, so it can be bookmarked and shared.
 * The tabs keep the date chosen (?dato=). `current` is null on the citizens' pages, which mark their own tab (ParticipantTabItems).
 */
export function ProjectTabs({ projectId, current, roles }: { projectId: string; current: ProjectTab | null; roles: readonly string[] }) {
  const dated = useDateLink();
  return (
    <nav className="tab-container project-tabs" aria-label="Projektets sider">
      <ul className="tab-list">
        {PROJECT_TABS.filter((tab) => tabAllowed(roles, tab)).map((tab) => (
          <li key={tab}>
            <Link to={dated(paths.project(projectId, tab))} className="tab-button" aria-current={tab === current ? "page" : undefined}>
              <span>{PROJECT_TAB_LABELS[tab]}</span>
            </Link>
          </li>
        ))}
        <ParticipantTabItems projectId={projectId} />
        <FlowTabItem projectId={projectId} />
        <SteeringTabItem projectId={projectId} />
      </ul>
    </nav>
  );
}
