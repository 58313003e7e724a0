import { useMutation, useQuery } from "@apollo/client/react";
import { AddCompetenceActivityDocument, CompetencePlannerDocument, RecordCompetenceActivityDocument } from "@overblik/graphql-client";

export function useCompetencePlanner(projectId: string) {
  return useQuery(CompetencePlannerDocument, { variables: { projectId }, fetchPolicy: "cache-and-network" });
}

const REFETCH = { refetchQueries: "active", awaitRefetchQueries: true } as const;

export function useAddCompetenceActivity() {
  return useMutation(AddCompetenceActivityDocument, REFETCH);
}

export function useRecordCompetenceActivity() {
  return useMutation(RecordCompetenceActivityDocument, REFETCH);
}
