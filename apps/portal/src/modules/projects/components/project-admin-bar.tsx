import { useMutation, useQuery } from "@apollo/client/react";
import { rolesAllow } from "@overblik/domain";
import { CloseProjectDocument, ProjectAdminDocument } from "@overblik/graphql-client";
import { useId, useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { formatDateDa, formatDateTimeDa, todayIso } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { Link } from "../../../ui/navigation";
import { styregruppePaths } from "../../styregruppe/styregruppe-hooks";
import { setupPaths } from "../project-setup-paths";

/**
 * Under a project's name: its municipalities, matchgruppe, pool and price level in one line; the "Lukket" badge for a closed project, and for those who may, the link to the setup
 * (basics and members) and "Luk projekt". A closed project shows neither (the API refuses changes anyway).
 */
export function ProjectAdminBar({ projectId }: { projectId: string }) {
  const { data } = useQuery(ProjectAdminDocument, { variables: { id: projectId } });
  const [closing, setClosing] = useState(false);
  const project = data?.project;
  if (!project) return null;
  const basics = [
    project.municipalities.length > 0 ? `Kommuner: ${project.municipalities.map((m) => m.name).join(", ")}` : null,
    project.matchGroup || null,
    project.poolName ? `Pulje: ${project.poolName}${project.coFinancingPercent === null ? "" : ` (${project.coFinancingPercent} % medfinansiering)`}` : null,
    project.priceLevelYear === null ? null : `P/l ${project.priceLevelYear}`,
  ].filter((part): part is string => part !== null);
  const facts = basics.length > 0 ? <p className="form-hint">{basics.join(" · ")}</p> : null;
  if (project.status === "CLOSED") {
    return (
      <>
        {facts}
        <p>
          <span className="badge badge-large">Lukket</span> {project.closedAt ? `Lukket ${formatDateTimeDa(project.closedAt)}; projektet kan kun læses.` : null}
          {rolesAllow(project.myRoles, "steering.read") ? (
            <>
              {" "}
              <Link to={styregruppePaths.closingPack(project.id)}>Se lukkepakken med de endelige tal</Link>
            </>
          ) : null}
        </p>
      </>
    );
  }
  const mayEdit = rolesAllow(project.myRoles, "project.edit") || rolesAllow(project.myRoles, "project.members");
  const mayClose = rolesAllow(project.myRoles, "project.close");
  if (!mayEdit && !mayClose) return facts;
  return (
    <>
      {facts}
      <p className="d-flex flex-wrap align-items-center" style={{ gap: "1rem" }}>
        {mayEdit ? <Link to={setupPaths.setup(project.id)}>Opsætning: stamdata og medlemmer</Link> : null}
        {mayClose ? (
          <button type="button" className="button button-secondary" onClick={() => setClosing(true)}>
            Luk projekt
          </button>
        ) : null}
        {closing ? <CloseProjectDialog project={project} onClose={() => setClosing(false)} /> : null}
      </p>
    </>
  );
}

function CloseProjectDialog({ project, onClose }: { project: { id: string; name: string; endDate: string; version: number }; onClose: () => void }) {
  const [close, { loading }] = useMutation(CloseProjectDocument, { refetchQueries: ["ProjectAdmin", "ProjectBudget", "Projects"] });
  const [comments, setComments] = useState("");
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();
  const early = todayIso() < project.endDate;

  async function submit() {
    setFailure(null);
    try {
      await close({ variables: { input: { projectId: project.id, expectedVersion: project.version, comments: comments.trim() } } });
      onClose();
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <Modal
      title={`Luk ${project.name}?`}
      onClose={onClose}
      busy={loading}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      footer={<SubmitCancelFooter busy={loading} submitText="Ja, luk projektet" busyText="Lukker …" onClose={onClose} />}
    >
      {failure ? <ErrorAlert message={failure} /> : null}
      <p>
        Projektets endelige tal fryses i en lukkepakke, og derefter kan intet i projektet ændres. Det kan ikke fortrydes.
        {early ? ` Bemærk: projektet slutter først ${formatDateDa(project.endDate)}.` : null}
      </p>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-comments`}>
          Kommentarer til lukningen
        </label>
        <textarea className="form-input input-width-xl" id={`${id}-comments`} rows={4} value={comments} onChange={(e) => setComments(e.target.value)} />
      </div>
    </Modal>
  );
}
