import type { Permission } from "@overblik/domain";
import type { ReactNode } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { Link } from "../../../ui/navigation";
import { ProjectFrame, type BackLink } from "../../projects/components/project-frame";
import { useFlowProject, type FlowProject } from "../hooks/use-flow";
import { flowPaths } from "../flow-paths";
import { FlowSubnav } from "./flow-nav";
import "../flow.css";

const NO_ACCESS: Partial<Record<Permission, string>> = {
  "flow.coordinate":
    "Kun tovholderne har overblikket over projektets borgere og følger op på advarsler. Styregruppe og ledere ser kun samlede tal under »Kapacitet og fremdrift«.",
  "meeting.read": "Teammøderne ses af tovholderne og af teamets medlemmer (kun de møder, de er indkaldt til).",
  "steering.read": "Styregruppens overblik ses af styregruppen, lederne og tovholderne.",
  "participant.read": "Kun tovholderne og borgerens sagsbehandler kan se borgerens forløb. Styregruppe og ledere ser kun samlede tal.",
};

/**
 * The project's frame (modules/projects' ProjectFrame) around a page of the flow, with the flow's own pages below the
 * tabs. A role without `requires` gets a sentence and a way on instead.
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
  /** The flow's sub-navigation. */
  subnav?: boolean;
  childSetsTitle?: boolean;
  children: (project: FlowProject) => ReactNode;
}) {
  const { data, error } = useFlowProject(projectId);
  return (
    <ProjectFrame
      project={data?.project}
      error={error}
      title={title}
      requires={requires}
      back={back}
      childSetsTitle={childSetsTitle}
      belowTabs={subnav ? (project) => <FlowSubnav projectId={project.id} roles={project.myRoles} /> : undefined}
      noAccess={(project) => (
        <>
          <ErrorAlert message={NO_ACCESS[requires] ?? "Du har ikke adgang til denne side med din rolle."} />
          <p>
            <Link to={flowPaths.capacity(project.id)}>Se projektets kapacitet og fremdrift</Link>
          </p>
        </>
      )}
    >
      {children}
    </ProjectFrame>
  );
}
