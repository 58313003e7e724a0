import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { AddTeamMemberDocument, EndTeamMemberDocument, FlowMeetingsDocument, TeamSectionDocument, UpdateTeamMemberDocument } from "@overblik/graphql-client";

/** The team on the meetings page: its members (ended ones too), the logins to choose from and the lines hours count on. */
export function useTeamSection(projectId: string) {
  return useQuery(TeamSectionDocument, { variables: { projectId }, fetchPolicy: "cache-and-network" });
}

/**
 * Adding, correcting and ending members. The meetings page and the hold-meeting dialog read the team through
 * FlowMeetings (who is invited, who can be recorded as present): it is fetched again with the team after each change.
 */
export function useTeamMutations(projectId: string) {
  const client = useApolloClient();
  const options = {
    refetchQueries: [
      { query: TeamSectionDocument, variables: { projectId } },
      { query: FlowMeetingsDocument, variables: { projectId } },
    ],
    awaitRefetchQueries: true,
  };
  const reload = () => client.query({ query: TeamSectionDocument, variables: { projectId }, fetchPolicy: "network-only" }).catch(() => undefined);
  return {
    add: useMutation(AddTeamMemberDocument, options),
    update: useMutation(UpdateTeamMemberDocument, options),
    end: useMutation(EndTeamMemberDocument, options),
    reload,
  };
}

export type TeamMutations = ReturnType<typeof useTeamMutations>;
