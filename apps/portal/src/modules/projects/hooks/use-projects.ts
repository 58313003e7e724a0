import { useQuery } from "@apollo/client/react";
import { ProjectBudgetDocument, ProjectsDocument, type ProjectBudgetQuery } from "@overblik/graphql-client";

/** The projects the user has a role in (the API caps a page at 100). */
export function useProjects() {
  return useQuery(ProjectsDocument, { variables: { take: 100, skip: 0 } });
}

/** One project with its budgets; NOT_FOUND when it does not exist or the user has no role in it. */
export function useProjectBudget(id: string) {
  return useQuery(ProjectBudgetDocument, { variables: { id } });
}

/** The project as the project page's frame (name, dates, roles) and overview see it. */
export type ProjectData = ProjectBudgetQuery["project"];
