import { rolesAllow, type Permission, type Role } from "@overblik/domain";
import type { ReactNode } from "react";
import { paths } from "../../../app/paths";
import { ErrorAlert } from "../../../ui/alert";
import { useDocumentTitle } from "../../../ui/document-title";
import { errorCode, errorMessage } from "../../../ui/errors";
import { Icon } from "../../../ui/icon";
import { Loading } from "../../../ui/loading";
import { Link } from "../../../ui/navigation";
import { ProjectTabs } from "./project-tabs";

export interface BackLink {
  to: string;
  label: string;
}

/** What the frame needs of a project; each module's frame query gives at least this. */
export interface FramedProject {
  id: string;
  name: string;
  myRoles: readonly Role[];
}

const NOT_FOUND = "Projektet findes ikke, eller du har ikke adgang til det.";

/**
 * The project page's frame (back link, name, tabs) around one of a module's pages, so it reads as one of the
 * project's pages: the one frame the flow's and the citizens' pages share. The module gives the project it has read
 * (its own query), what goes under the tabs, and what a role without `requires` is told instead of a page of errors
 * (the API refuses anyway).
 */
export function ProjectFrame<P extends FramedProject>({
  project,
  error,
  title,
  requires,
  back,
  childSetsTitle = false,
  belowTabs,
  noAccess,
  children,
}: {
  project: P | undefined;
  error: unknown;
  /** The page's name, for the browser tab ("Teammøder – Brug for alle"). */
  title: string;
  requires: Permission;
  /** A link above the heading (or, once the project is known, one chosen by the user's roles); the default goes to all projects. */
  back?: BackLink | ((project: P) => BackLink);
  /** The page names itself once it knows more (a citizen's code); the frame then leaves the title alone. */
  childSetsTitle?: boolean;
  /** A module's own navigation under the project's tabs. */
  belowTabs?: (project: P) => ReactNode;
  /** What a role without `requires` sees under the page's name. */
  noAccess: (project: P) => ReactNode;
  children: (project: P) => ReactNode;
}) {
  useDocumentTitle(project ? (childSetsTitle ? undefined : `${title} – ${project.name}`) : error ? title : undefined);

  const chosen = typeof back === "function" ? (project ? back(project) : undefined) : back;
  const backLink = (
    <p className="mb-5 d-print-none">
      <Link to={chosen?.to ?? paths.projects} className="back-link">
        <Icon name="arrow-back" />
        {chosen?.label ?? "Alle projekter"}
      </Link>
    </p>
  );

  if (error && !project) {
    const code = errorCode(error);
    const notFound = code === "NOT_FOUND" || code === "BAD_USER_INPUT";
    return (
      <>
        {backLink}
        <h1>{notFound ? "Projektet findes ikke" : "Projektet kunne ikke hentes"}</h1>
        <ErrorAlert message={notFound ? NOT_FOUND : errorMessage(error)} />
      </>
    );
  }
  if (!project) return <Loading />;

  return (
    <>
      {backLink}
      <h1>{project.name}</h1>
      <ProjectTabs projectId={project.id} current={null} roles={project.myRoles} />
      {belowTabs?.(project)}
      {rolesAllow(project.myRoles, requires) ? (
        children(project)
      ) : (
        <>
          <h2>{title}</h2>
          {noAccess(project)}
        </>
      )}
    </>
  );
}
