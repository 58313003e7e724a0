import { paths, type ProjectTab } from "../app/paths";
import { BudgetSection } from "../modules/budget/components/budget-section";
import { ProjectAdminBar } from "../modules/projects/components/project-admin-bar";
import { CompetencePools } from "../modules/projects/components/competence-pools";
import { ProjectFacts } from "../modules/projects/components/project-facts";
import { PROJECT_TAB_LABELS, ProjectTabs, tabAllowed } from "../modules/projects/components/project-tabs";
import { useProjectBudget, type ProjectData } from "../modules/projects/hooks/use-projects";
import { ErrorAlert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";
import { errorCode, errorMessage } from "../ui/errors";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";
import { ProjectBudgetPage } from "./project-budget-page";
import { ProjectCompetencePage } from "./project-competence-page";
import { ProjectFollowUpPage } from "./project-follow-up-page";
import { ProjectHistoryPage } from "./project-history-page";
import { ProjectPostingsPage } from "./project-postings-page";

const NOT_FOUND = "Projektet findes ikke, eller du har ikke adgang til det.";

function BackLink() {
  return (
    <p className="mb-5 d-print-none">
      <Link to={paths.projects} className="back-link">
        <Icon name="arrow-back" />
        Alle projekter
      </Link>
    </p>
  );
}

function ProjectOverview({ project }: { project: ProjectData }) {
  return (
    <>
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

function TabContent({ project, tab }: { project: ProjectData; tab: ProjectTab }) {
  if (!tabAllowed(project.myRoles, tab)) return <p>Din rolle i projektet giver ikke adgang til {PROJECT_TAB_LABELS[tab].toLowerCase()}.</p>;
  switch (tab) {
    case "overview":
      return <ProjectOverview project={project} />;
    case "budget":
      return <ProjectBudgetPage project={project} />;
    case "follow-up":
      return <ProjectFollowUpPage project={project} />;
    case "postings":
      return <ProjectPostingsPage project={project} />;
    case "history":
      return <ProjectHistoryPage project={project} />;
    case "competence":
      return <ProjectCompetencePage project={project} />;
  }
}

/** A project: its name, the tabs, and the chosen tab (the overview at /projekter/<id>). */
export function ProjectPage({ id, tab }: { id: string; tab: ProjectTab }) {
  const { data, error } = useProjectBudget(id);
  const project = data?.project;
  const title = project ? (tab === "overview" ? project.name : `${PROJECT_TAB_LABELS[tab]} – ${project.name}`) : undefined;
  useDocumentTitle(title ?? (error ? "Projekt" : undefined));

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
      <ProjectAdminBar projectId={project.id} />
      <ProjectTabs projectId={project.id} current={tab} roles={project.myRoles} />
      <TabContent project={project} tab={tab} />
    </>
  );
}
