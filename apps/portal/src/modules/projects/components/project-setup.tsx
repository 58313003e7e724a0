import { useMutation, useQuery } from "@apollo/client/react";
import { rolesAllow } from "@overblik/domain";
import {
  ProjectSetupDocument,
  ProjectSetupPlanStatusDocument,
  UpdateProjectDocument,
  type CreateProjectInput,
  type ProjectSetupQuery,
} from "@overblik/graphql-client";
import { useState } from "react";
import { paths } from "../../../app/paths";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { useDocumentTitle } from "../../../ui/document-title";
import { errorCode, errorMessage } from "../../../ui/errors";
import { Loading } from "../../../ui/loading";
import { Link } from "../../../ui/navigation";
import { BudgetDraftStep } from "../../budget/components/budget-draft-step";
import { PlanStep } from "../../flow/components/plan-step";
import { SETUP_STEP_LABELS, SETUP_STEPS, setupPaths, type SetupStep } from "../project-setup-paths";
import { MembersStep } from "./members-step";
import { ProjectBasicsForm } from "./project-basics-form";
import { ProjectHistoryList } from "./project-history-list";

/**
 * "Nyt projekt" as a guided setup: 1 Stamdata, 2 Medlemmer, 3 Budget, 4 Mål og plan. Each step saves on its own,
 * and the step list shows which have content (members beyond the leader, a budget, goals or a flow plan), so the
 * leader can stop and come back.
 */
export function ProjectSetup({ projectId, step }: { projectId: string; step: SetupStep }) {
  const { data, error } = useQuery(ProjectSetupDocument, { variables: { id: projectId } });
  const planStatus = useQuery(ProjectSetupPlanStatusDocument, { variables: { id: projectId }, errorPolicy: "all" });
  const project = data?.project;
  useDocumentTitle(project ? `Opsætning – ${project.name}` : "Opsætning af projekt");

  if (error) {
    const notFound = errorCode(error) === "NOT_FOUND";
    return <ErrorAlert message={notFound ? "Projektet findes ikke, eller du har ikke adgang til det." : errorMessage(error)} />;
  }
  if (!project) return <Loading />;

  const plan = planStatus.data?.project;
  const done: Record<SetupStep, boolean> = {
    basics: true,
    members: project.memberships.some((m) => m.role !== "LEADER"),
    budget: project.budgets.length > 0,
    plan: Boolean(plan && (plan.goals.length > 0 || plan.milestones.length > 0 || plan.capacityPlan)),
  };
  const closed = project.status === "CLOSED";
  const index = SETUP_STEPS.indexOf(step);
  const next = SETUP_STEPS[index + 1];

  return (
    <>
      <p className="mb-5">
        <Link to={paths.project(project.id)} className="back-link">
          Til projektet
        </Link>
      </p>
      <h1>Opsætning af {project.name}</h1>
      {closed ? <Alert variant="info">Projektet er lukket og kan kun læses.</Alert> : null}
      <nav aria-label="Trin i opsætningen">
        <ol className="overflow-menu-list setup-steps d-flex flex-wrap" style={{ listStyle: "none", paddingLeft: 0, gap: "1.5rem" }}>
          {SETUP_STEPS.map((s, i) => (
            <li key={s}>
              <Link
                to={setupPaths.setup(project.id, s)}
                aria-current={s === step ? "step" : undefined}
                className={s === step ? "font-weight-semibold" : undefined}
              >
                {i + 1}. {SETUP_STEP_LABELS[s]}
              </Link>{" "}
              <span className={`badge ${done[s] ? "badge-success" : ""}`}>{done[s] ? "Udfyldt" : "Mangler"}</span>
            </li>
          ))}
        </ol>
      </nav>
      <div className="mt-6">
        {step === "basics" ? <BasicsStep project={project} readOnly={closed || !rolesAllow(project.myRoles, "project.edit")} /> : null}
        {step === "members" ? <MembersStep project={project} canChange={!closed && rolesAllow(project.myRoles, "project.members")} /> : null}
        {step === "budget" ? <BudgetDraftStep projectId={project.id} /> : null}
        {step === "plan" ? <PlanStep projectId={project.id} /> : null}
      </div>
      {next ? (
        <p className="mt-8">
          <Link to={setupPaths.setup(project.id, next)} className="button button-secondary">
            Næste: {SETUP_STEP_LABELS[next]}
          </Link>
        </p>
      ) : (
        <p className="mt-8">
          <Link to={paths.project(project.id)} className="button button-secondary">
            Færdig – gå til projektet
          </Link>
        </p>
      )}
    </>
  );
}

type Project = NonNullable<ProjectSetupQuery["project"]>;

function BasicsStep({ project, readOnly }: { project: Project; readOnly: boolean }) {
  const [update, { loading }] = useMutation(UpdateProjectDocument, { refetchQueries: ["ProjectSetup"] });
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(input: CreateProjectInput) {
    setFailure(null);
    setSaved(false);
    try {
      await update({ variables: { input: { ...input, projectId: project.id, expectedVersion: project.version } } });
      setSaved(true);
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <section>
      <h2>Stamdata</h2>
      {saved ? <Alert variant="success">Stamdata er gemt.</Alert> : null}
      {readOnly ? (
        <p>Du kan se projektets stamdata, men ikke rette dem.</p>
      ) : (
        <ProjectBasicsForm
          key={project.version}
          project={project}
          submitLabel="Gem stamdata"
          busy={loading}
          failure={failure}
          onSubmit={(input) => void save(input)}
        />
      )}
      <h3 className="mt-8">Historik for stamdata</h3>
      <ProjectHistoryList history={project.history} />
    </section>
  );
}
