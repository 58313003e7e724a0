import { useMutation, useQuery } from "@apollo/client/react";
import { PlannerFollowUpDocument, RecordActivityDocument } from "@overblik/graphql-client";

/** The follow-up for a date and (optionally) one budget year. */
export function useFollowUp(projectId: string, asOf: string, year: number | null) {
  return useQuery(PlannerFollowUpDocument, { variables: { projectId, asOf, year }, fetchPolicy: "cache-and-network" });
}

export function useRecordActivity() {
  return useMutation(RecordActivityDocument, { refetchQueries: "active", awaitRefetchQueries: true });
}
