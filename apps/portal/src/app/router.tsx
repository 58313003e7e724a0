import type { ReactNode } from "react";
import { AccessLogPage } from "../pages/access-log-page";
import { AccessTokensPage } from "../pages/access-tokens-page";
import { ColourBoardPage } from "../pages/colour-board-page";
import { NotFoundPage } from "../pages/not-found-page";
import { ParticipantImportPage } from "../pages/participant-import-page";
import { ParticipantPage } from "../pages/participant-page";
import { ParticipantStatisticsPage } from "../pages/participant-statistics-page";
import { ParticipantsPage } from "../pages/participants-page";
import { ProjectPage } from "../pages/project-page";
import { ProjectsPage } from "../pages/projects-page";
import { usePathname } from "../ui/navigation";
import { projectTabFromSegment } from "./paths";

/** Every route of the portal. Addresses are Danish, as the users see them (see app/paths.ts). */
const routes: ReadonlyArray<{ pattern: RegExp; render: (params: string[]) => ReactNode }> = [
  { pattern: /^\/$/, render: () => <ProjectsPage /> },
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
