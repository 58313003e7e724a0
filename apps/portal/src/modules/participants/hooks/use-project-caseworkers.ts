import { useQuery } from "@apollo/client/react";
import { ProjectCaseworkersDocument } from "@overblik/graphql-client";

export interface CaseworkerOption {
  id: string;
  name: string;
}

/**
 * The project's caseworkers (its members in the role CASEWORKER, by name), to choose from when
 * assigning one. The citizen's current caseworker stays a choice even when no longer a member, so
 * the form shows what is saved; the API refuses to assign anyone who is not a caseworker now.
 */
export function useProjectCaseworkers(projectId: string, current: CaseworkerOption | null) {
  const { data, loading, error } = useQuery(ProjectCaseworkersDocument, { variables: { projectId } });
  const members = data?.project.members ?? [];
  const options: CaseworkerOption[] = current && !members.some((m) => m.id === current.id) ? [current, ...members] : members;
  return { options, loading, error };
}
