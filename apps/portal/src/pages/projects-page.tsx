import { NewProjectButton } from "../modules/projects/components/new-project-button";
import { ProjectTable } from "../modules/projects/components/project-table";
import { useProjects } from "../modules/projects/hooks/use-projects";
import { ErrorAlert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";
import { errorMessage } from "../ui/errors";
import { Loading } from "../ui/loading";

export function ProjectsPage() {
  useDocumentTitle("Projekter");
  const { data, error } = useProjects();
  const projects = data?.projects;

  return (
    <>
      <h1>Projekter</h1>
      <NewProjectButton />
      {error ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !projects ? (
        <Loading />
      ) : projects.items.length === 0 ? (
        <p>Du har ikke en rolle i nogen projekter endnu. Kontakt en administrator, hvis du mener, det er forkert.</p>
      ) : (
        <>
          <p>
            {projects.totalCount === 1 ? "Du har adgang til 1 projekt." : `Du har adgang til ${projects.totalCount} projekter.`}{" "}
            {projects.items.length < projects.totalCount ? `Listen viser de første ${projects.items.length}. ` : null}
            Beløb er budgettets totaler i tusind kroner (t.kr.).
          </p>
          <ProjectTable projects={projects.items} />
        </>
      )}
    </>
  );
}
