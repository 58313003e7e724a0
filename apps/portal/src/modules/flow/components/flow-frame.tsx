import { rolesAllow, type Permission } from "@overblik/domain";
import type { ReactNode } from "react";
import { paths } from "../../../app/paths";
import { ErrorAlert } from "../../../ui/alert";
import { useDocumentTitle } from "../../../ui/document-title";
import { errorCode, errorMessage } from "../../../ui/errors";
import { Icon } from "../../../ui/icon";
import { Loading } from "../../../ui/loading";
import { Link } from "../../../ui/navigation";
import { ProjectTabs } from "../../projects/components/project-tabs";
import { useFlowProject, type FlowProject } from "../hooks/use-flow";
import { flowPaths } from "../flow-paths";
import { FlowSubnav } from "./flow-nav";
import "../flow.css";

type BackLink = { to: string; label: string };

const NOT_FOUND = "Projektet findes ikke, eller du har ikke adgang til det.";

const NO_ACCESS: Partial<Record<Permission, string>> = {
  "flow.coordinate": "Kun tovholderne har overblikket over projektets borgere og følger op på advarsler. Styregruppe og ledere ser kun samlede tal under »Kapacitet og fremdrift«.",
  "meeting.read": "Teammøderne ses af tovholderne og af teamets medlemmer (kun de møder, de er indkaldt til).",
  "steering.read": "Styregruppens overblik ses af styregruppen, lederne og tovholderne.",
  "participant.read": "Kun tovholderne og borgerens sagsbehandler kan se borgerens forløb. Styregruppe og ledere ser kun samlede tal.",
};

/**
 * The project page's frame (back link, name, tabs) around a page of the flow, with the flow's own
 * pages below the tabs. `requires` keeps a role without access from a page of errors: it gets a
 * sentence and a way on instead (the API refuses anyway).
 */
export function FlowFrame({
  projectId,
  title,
  requires,
  back,
  subnav = true,
  childSetsTitle = false,
  children,
}: {
  projectId: string;
  /** The page's name, for the browser tab ("Teammøder – Brug for alle"). */
  title: string;
  requires: Permission;
  /** A link above the heading (given the project, it can depend on the roles); the default goes to all projects. */
  back?: BackLink | ((project: FlowProject) => BackLink);
  /** The flow's sub-navigation; a citizen's timeline belongs to the citizens' pages instead. */
  subnav?: boolean;
  childSetsTitle?: boolean;
  children: (project: FlowProject) => ReactNode;
}) {
  const { data, error } = useFlowProject(projectId);
  const project = data?.project;
  useDocumentTitle(project ? (childSetsTitle ? undefined : `${title} – ${project.name}`) : error ? title : undefined);

  const target = typeof back === "function" ? (project ? back(project) : undefined) : back;
  const backLink = (
    <p className="mb-5 d-print-none">
      <Link to={target?.to ?? paths.projects} className="back-link">
        <Icon name="arrow-back" />
        {target?.label ?? "Alle projekter"}
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
      {subnav ? <FlowSubnav projectId={project.id} roles={project.myRoles} /> : null}
      {rolesAllow(project.myRoles, requires) ? (
        children(project)
      ) : (
        <>
          <h2>{title}</h2>
          <ErrorAlert message={NO_ACCESS[requires] ?? "Du har ikke adgang til denne side med din rolle."} />
          <p>
            <Link to={flowPaths.capacity(project.id)}>Se projektets kapacitet og fremdrift</Link>
          </p>
        </>
      )}
    </>
  );
}
