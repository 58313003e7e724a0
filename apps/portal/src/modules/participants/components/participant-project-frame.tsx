import { rolesAllow, type Permission } from "@overblik/domain";
import type { ReactNode } from "react";
import { ProjectFrame, type BackLink } from "../../projects/components/project-frame";
import { ErrorAlert } from "../../../ui/alert";
import { Link } from "../../../ui/navigation";
import { useParticipantProjectFrame, type ParticipantProject } from "../hooks/use-participants";
import { participantPaths } from "../participant-paths";
import "../participants.css";

const NO_BORGERE = "Du har ikke adgang til projektets borgere med din rolle. Styregruppe og ledere ser kun samlede tal.";
const NO_ACCESS: Partial<Record<Permission, string>> = {
  "participant.read": NO_BORGERE,
  "participant.import": "Kun tovholderne kan importere målgruppen.",
  "participant.statistics": "Du har ikke adgang til projektets tal om borgerne med din rolle.",
};

/**
 * The project's frame (modules/projects' ProjectFrame) around a citizens' page, so it reads as one of the project's
 * pages. A role without `requires` gets a sentence (and the statistics, where it may see them) instead.
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
  return (
    <ProjectFrame
      project={data?.project}
      error={error}
      title={title}
      requires={requires}
      back={back}
      childSetsTitle={childSetsTitle}
      noAccess={(project) => (
        <>
          <ErrorAlert message={NO_ACCESS[requires] ?? NO_BORGERE} />
          {requires !== "participant.statistics" && rolesAllow(project.myRoles, "participant.statistics") ? (
            <p>
              <Link to={participantPaths.statistics(project.id)}>Se projektets borgere i tal</Link>
            </p>
          ) : null}
        </>
      )}
    >
      {children}
    </ProjectFrame>
  );
}
