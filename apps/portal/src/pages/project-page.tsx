import { paths } from "../app/paths";
import { BudgetSection } from "../modules/budget/components/budget-section";
import { CompetencePools } from "../modules/projects/components/competence-pools";
import { ProjectFacts } from "../modules/projects/components/project-facts";
import { useProjectBudget } from "../modules/projects/hooks/use-projects";
import { ErrorAlert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";
import { errorCode, errorMessage } from "../ui/errors";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";

const NOT_FOUND = "Projektet findes ikke, eller du har ikke adgang til det.";

function BackLink() {
  return (
    <p className="mb-5">
      <Link to={paths.projects} className="back-link">
        <Icon name="arrow-back" />
        Alle projekter
      </Link>
    </p>
  );
}

export function ProjectPage({ id }: { id: string }) {
  const { data, error } = useProjectBudget(id);
  const project = data?.project;
  useDocumentTitle(project?.name ?? (error ? "Projekt" : undefined));

  if (error) {
    const code = errorCode(error);
    // An id that is not even an id is as absent as one that does not exist.
    const notFound = code === "NOT_FOUND" || code === "BAD_USER_INPUT";
    return (
      <>
        <BackLink />
        <h1>{notFound ? "Projektet findes ikke" : "Projektet kunne ikke hentes"}</h1>
        <ErrorAlert message={notFound ? NOT_FOUND : errorMessage(error)} />
        <p>
          <Link to={paths.projects}>Tilbage til listen over projekter</Link>
        </p>
      </>
    );
  }
  if (!project) return <Loading />;

  return (
    <>
      <BackLink />
      <h1>{project.name}</h1>
      <ProjectFacts project={project} />
      {project.budgets.length === 0 ? (
        <p>Projektet har ikke et budget endnu.</p>
      ) : (
        project.budgets.map((budget) => <BudgetSection key={budget.id} budget={budget} />)
      )}
      <CompetencePools pools={project.competencePools} />
    </>
  );
}
