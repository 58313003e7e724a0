import type { ReactNode } from "react";
import { AccessLogPage } from "../pages/access-log-page";
import { AccessTokensPage } from "../pages/access-tokens-page";
import { RolesPage } from "../pages/roles-page";
import { ClosingPackPage } from "../pages/closing-pack-page";
import { ColourBoardPage } from "../pages/colour-board-page";
import { FlowAlertsPage } from "../pages/flow-alerts-page";
import { FlowCapacityPage } from "../pages/flow-capacity-page";
import { FlowPlanPage } from "../pages/flow-plan-page";
import { FlowCataloguePage } from "../pages/flow-catalogue-page";
import { FlowMeetingPage } from "../pages/flow-meeting-page";
import { FlowMeetingsPage } from "../pages/flow-meetings-page";
import { FlowOverviewPage } from "../pages/flow-overview-page";
import { FlowParticipantPage } from "../pages/flow-participant-page";
import { NotFoundPage } from "../pages/not-found-page";
import { ParticipantImportPage } from "../pages/participant-import-page";
import { ParticipantPage } from "../pages/participant-page";
import { ParticipantStatisticsPage } from "../pages/participant-statistics-page";
import { ParticipantsPage } from "../pages/participants-page";
import { NewProjectPage } from "../pages/new-project-page";
import { ProjectPage } from "../pages/project-page";
import { ProjectSetupPage } from "../pages/project-setup-page";
import { UsersPage } from "../pages/users-page";
import { UserAuditPage } from "../pages/user-audit-page";
import { setupStepFromSegment } from "../modules/projects/project-setup-paths";
import { ProjectsPage } from "../pages/projects-page";
import { StyregruppeDashboardPage } from "../pages/styregruppe-dashboard-page";
import { StyregruppePackPage } from "../pages/styregruppe-pack-page";
import { StyregruppePortfolioPage } from "../pages/styregruppe-portfolio-page";
import { usePathname } from "../ui/navigation";
import { projectTabFromSegment } from "./paths";

/** Every route of the portal. Addresses are Danish, as the users see them (see app/paths.ts). */
const routes: ReadonlyArray<{ pattern: RegExp; render: (params: string[]) => ReactNode }> = [
  { pattern: /^\/$/, render: () => <ProjectsPage /> },
  // Creating and setting up a project (modules/projects/project-setup-paths.ts); before the project's tabs.
  { pattern: /^\/projekter\/nyt\/?$/, render: () => <NewProjectPage /> },
  {
    pattern: /^\/projekter\/([^/]+)\/opsaetning(?:\/([a-z]+))?\/?$/,
    render: ([id = "", segment]) => {
      const step = setupStepFromSegment(segment);
      return step ? <ProjectSetupPage key={step} projectId={decodeURIComponent(id)} step={step} /> : <NotFoundPage />;
    },
  },
  { pattern: /^\/brugere\/?$/, render: () => <UsersPage /> },
  { pattern: /^\/brugere\/historik\/?$/, render: () => <UserAuditPage /> },
  { pattern: /^\/roller\/?$/, render: () => <RolesPage /> },
  // Citizens in a project (modules/participants/participant-paths.ts); before the project's tabs,
  // whose pattern would otherwise take "borgere", "farver" and "statistik" for unknown tabs.
  { pattern: /^\/projekter\/([^/]+)\/borgere\/?$/, render: ([id = ""]) => <ParticipantsPage projectId={decodeURIComponent(id)} /> },
  { pattern: /^\/projekter\/([^/]+)\/borgere\/import\/?$/, render: ([id = ""]) => <ParticipantImportPage projectId={decodeURIComponent(id)} /> },
  {
    pattern: /^\/projekter\/([^/]+)\/borgere\/([^/]+)\/?$/,
    render: ([id = "", participantId = ""]) => (
      <ParticipantPage key={participantId} projectId={decodeURIComponent(id)} participantId={decodeURIComponent(participantId)} />
    ),
  },
  { pattern: /^\/projekter\/([^/]+)\/farver\/?$/, render: ([id = ""]) => <ColourBoardPage projectId={decodeURIComponent(id)} /> },
  { pattern: /^\/projekter\/([^/]+)\/statistik\/?$/, render: ([id = ""]) => <ParticipantStatisticsPage projectId={decodeURIComponent(id)} /> },
  // The coordination flow (modules/flow/flow-paths.ts); also before the project's tabs.
  {
    pattern: /^\/projekter\/([^/]+)\/borgere\/([^/]+)\/forloeb\/?$/,
    render: ([id = "", participantId = ""]) => (
      <FlowParticipantPage key={participantId} projectId={decodeURIComponent(id)} participantId={decodeURIComponent(participantId)} />
    ),
  },
  { pattern: /^\/projekter\/([^/]+)\/forloeb\/?$/, render: ([id = ""]) => <FlowOverviewPage projectId={decodeURIComponent(id)} /> },
  { pattern: /^\/projekter\/([^/]+)\/advarsler\/?$/, render: ([id = ""]) => <FlowAlertsPage projectId={decodeURIComponent(id)} /> },
  { pattern: /^\/projekter\/([^/]+)\/moeder\/?$/, render: ([id = ""]) => <FlowMeetingsPage projectId={decodeURIComponent(id)} /> },
  {
    pattern: /^\/projekter\/([^/]+)\/moeder\/([^/]+)\/?$/,
    render: ([id = "", meetingId = ""]) => <FlowMeetingPage key={meetingId} projectId={decodeURIComponent(id)} meetingId={decodeURIComponent(meetingId)} />,
  },
  { pattern: /^\/projekter\/([^/]+)\/katalog\/?$/, render: ([id = ""]) => <FlowCataloguePage projectId={decodeURIComponent(id)} /> },
  { pattern: /^\/projekter\/([^/]+)\/kapacitet\/?$/, render: ([id = ""]) => <FlowCapacityPage projectId={decodeURIComponent(id)} /> },
  { pattern: /^\/projekter\/([^/]+)\/kapacitet\/plan\/?$/, render: ([id = ""]) => <FlowPlanPage projectId={decodeURIComponent(id)} /> },
  // The styregruppe's screens (modules/styregruppe/styregruppe-hooks.ts: styregruppePaths).
  { pattern: /^\/styregruppe\/?$/, render: () => <StyregruppePortfolioPage /> },
  { pattern: /^\/projekter\/([^/]+)\/styregruppe\/?$/, render: ([id = ""]) => <StyregruppeDashboardPage projectId={decodeURIComponent(id)} /> },
  {
    pattern: /^\/projekter\/([^/]+)\/styregruppe\/pakker\/([^/]+)\/?$/,
    render: ([id = "", packId = ""]) => <StyregruppePackPage key={packId} projectId={decodeURIComponent(id)} packId={decodeURIComponent(packId)} />,
  },
  { pattern: /^\/projekter\/([^/]+)\/lukkepakke\/?$/, render: ([id = ""]) => <ClosingPackPage projectId={decodeURIComponent(id)} /> },
  { pattern: /^\/adgangslog\/?$/, render: () => <AccessLogPage /> },
  { pattern: /^\/adgangstokens\/?$/, render: () => <AccessTokensPage /> },
  {
    // /projekter/<id>, /projekter/<id>/budget, …/opfoelgning, …/posteringer, …/historik, …/kompetenceudvikling
    pattern: /^\/projekter\/([^/]+)(?:\/([a-z]+))?\/?$/,
    render: ([id = "", segment]) => {
      const tab = projectTabFromSegment(segment);
      return tab ? <ProjectPage id={decodeURIComponent(id)} tab={tab} /> : <NotFoundPage />;
    },
  },
];

export function AppRouter() {
  const pathname = usePathname();
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (match) return <>{route.render(match.slice(1))}</>;
  }
  return <NotFoundPage />;
}
