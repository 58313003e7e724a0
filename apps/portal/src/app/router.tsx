import type { ReactNode } from "react";
import { NotFoundPage } from "../pages/not-found-page";
import { ProjectPage } from "../pages/project-page";
import { ProjectsPage } from "../pages/projects-page";
import { usePathname } from "../ui/navigation";
import { projectTabFromSegment } from "./paths";

/** Every route of the portal. Addresses are Danish, as the users see them (see app/paths.ts). */
const routes: ReadonlyArray<{ pattern: RegExp; render: (params: string[]) => ReactNode }> = [
  { pattern: /^\/$/, render: () => <ProjectsPage /> },
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
