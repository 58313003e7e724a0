import { lazy, Suspense, useEffect, type ReactNode } from "react";
import { NotFoundPage } from "../pages/not-found-page";
import { setupStepFromSegment } from "../modules/projects/project-setup-paths";
import { Loading } from "../ui/loading";
import { navigate, usePathname } from "../ui/navigation";
import { PageLoadBoundary } from "../ui/page-load-boundary";
import { projectTabFromSegment } from "./paths";
import { participantPaths } from "../modules/participants/participant-paths";

/**
 * A page loaded when its route is first shown: each page is a chunk of its own, so the login page and the first
 * screen do not wait for the code of every other (issue #17: ≤ 150 KB compressed JavaScript to log in).
 */
function lazyPage<P extends object, K extends string>(load: () => Promise<Record<K, (props: P) => ReactNode>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const AccessLogPage = lazyPage(() => import("../pages/access-log-page"), "AccessLogPage");
const AccessTokensPage = lazyPage(() => import("../pages/access-tokens-page"), "AccessTokensPage");
const RolesPage = lazyPage(() => import("../pages/roles-page"), "RolesPage");
const ClosingPackPage = lazyPage(() => import("../pages/closing-pack-page"), "ClosingPackPage");
const ColourBoardPage = lazyPage(() => import("../pages/colour-board-page"), "ColourBoardPage");
const FlowAlertsPage = lazyPage(() => import("../pages/flow-alerts-page"), "FlowAlertsPage");
const FlowCapacityPage = lazyPage(() => import("../pages/flow-capacity-page"), "FlowCapacityPage");
const FlowPlanPage = lazyPage(() => import("../pages/flow-plan-page"), "FlowPlanPage");
const FlowCataloguePage = lazyPage(() => import("../pages/flow-catalogue-page"), "FlowCataloguePage");
const FlowMeetingPage = lazyPage(() => import("../pages/flow-meeting-page"), "FlowMeetingPage");
const FlowMeetingsPage = lazyPage(() => import("../pages/flow-meetings-page"), "FlowMeetingsPage");
const FlowOverviewPage = lazyPage(() => import("../pages/flow-overview-page"), "FlowOverviewPage");
const ParticipantImportPage = lazyPage(() => import("../pages/participant-import-page"), "ParticipantImportPage");
const ParticipantPage = lazyPage(() => import("../pages/participant-page"), "ParticipantPage");
const ParticipantStatisticsPage = lazyPage(() => import("../pages/participant-statistics-page"), "ParticipantStatisticsPage");
const ParticipantsPage = lazyPage(() => import("../pages/participants-page"), "ParticipantsPage");
const NewProjectPage = lazyPage(() => import("../pages/new-project-page"), "NewProjectPage");
const ProjectPage = lazyPage(() => import("../pages/project-page"), "ProjectPage");
const ProjectSetupPage = lazyPage(() => import("../pages/project-setup-page"), "ProjectSetupPage");
const UsersPage = lazyPage(() => import("../pages/users-page"), "UsersPage");
const UserAuditPage = lazyPage(() => import("../pages/user-audit-page"), "UserAuditPage");
const ProjectsPage = lazyPage(() => import("../pages/projects-page"), "ProjectsPage");
const StyregruppeDashboardPage = lazyPage(() => import("../pages/styregruppe-dashboard-page"), "StyregruppeDashboardPage");
const StyregruppePackPage = lazyPage(() => import("../pages/styregruppe-pack-page"), "StyregruppePackPage");
const StyregruppePortfolioPage = lazyPage(() => import("../pages/styregruppe-portfolio-page"), "StyregruppePortfolioPage");

/** An old address that now lives elsewhere: replaced in the history (Back does not return to it), the query string kept. */
function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(`${to}${window.location.search}`, { replace: true }), [to]);
  return <Loading />;
}

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
  // The citizen's timeline had a page of its own; it is part of the citizen's page now, and old links lead there.
  {
    pattern: /^\/projekter\/([^/]+)\/borgere\/([^/]+)\/forloeb\/?$/,
    render: ([id = "", participantId = ""]) => <Redirect to={participantPaths.participant(decodeURIComponent(id), decodeURIComponent(participantId))} />,
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
    // The header stays while a page's chunk arrives (the same tree for every route: a tab change keeps its page).
    if (match) {
      return (
        <PageLoadBoundary resetKey={pathname}>
          <Suspense fallback={<Loading />}>{route.render(match.slice(1))}</Suspense>
        </PageLoadBoundary>
      );
    }
  }
  return <NotFoundPage />;
}
