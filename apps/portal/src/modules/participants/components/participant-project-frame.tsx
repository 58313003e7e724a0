import { rolesAllow, type Permission } from "@overblik/domain";
import type { ReactNode } from "react";
import { paths } from "../../../app/paths";
import { ProjectTabs } from "../../projects/components/project-tabs";
import { ErrorAlert } from "../../../ui/alert";
import { useDocumentTitle } from "../../../ui/document-title";
import { errorCode, errorMessage } from "../../../ui/errors";
import { Icon } from "../../../ui/icon";
import { Loading } from "../../../ui/loading";
import { Link } from "../../../ui/navigation";
import { useParticipantProjectFrame, type ParticipantProject } from "../hooks/use-participants";
import { participantPaths } from "../participant-paths";
import "../participants.css";

const NOT_FOUND = "Projektet findes ikke, eller du har ikke adgang til det.";

const NO_BORGERE = "Du har ikke adgang til projektets borgere med din rolle. Styregruppe og ledere ser kun samlede tal.";
const NO_ACCESS: Partial<Record<Permission, string>> = {
  "participant.read": NO_BORGERE,
  "participant.import": "Kun tovholderne kan importere målgruppen.",
  "participant.statistics": "Du har ikke adgang til projektets tal om borgerne med din rolle.",
};

interface BackLink {
  to: string;
  label: string;
}

/**
 * The project page's frame (back link, name, tabs) around a citizens' page, so it reads as one of the
 * project's pages. `requires` keeps a role without access from a page of errors: it gets a sentence
 * instead (the API refuses anyway).
 */
export function ParticipantProjectFrame({
  projectId,
  title,
  requires,
  back,
  childSetsTitle = false,
  children,
}: {
  projectId: string;
  /** The page's name, for the browser tab ("Borgere – Brug for alle"). */
  title: string;
  requires: Permission;
  /** A link above the heading (or, once the project is known, one chosen by the user's roles); the default goes to all projects. */
  back?: BackLink | ((project: ParticipantProject) => BackLink);
  /** The page names itself once it knows more (a citizen's code); the frame then leaves the title alone. */
  childSetsTitle?: boolean;
  children: (project: ParticipantProject) => ReactNode;
}) {
  const { data, error } = useParticipantProjectFrame(projectId);
  const project = data?.project;
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
      {rolesAllow(project.myRoles, requires) ? (
        children(project)
      ) : (
        <>
          <h2>{title}</h2>
          <ErrorAlert message={NO_ACCESS[requires] ?? NO_BORGERE} />
          {requires !== "participant.statistics" && rolesAllow(project.myRoles, "participant.statistics") ? (
            <p>
              <Link to={participantPaths.statistics(project.id)}>Se projektets borgere i tal</Link>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
