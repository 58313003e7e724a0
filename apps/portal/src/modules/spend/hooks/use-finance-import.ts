import { useMutation, useQuery } from "@apollo/client/react";
import {
  DeleteFinanceMappingDocument,
  FinanceImportSettingsDocument,
  ImportFinancePostingsDocument,
  PreviewFinanceImportDocument,
  SaveFinanceAccountRulesDocument,
  SaveFinanceMappingDocument,
} from "@overblik/graphql-client";

const REFETCH = { refetchQueries: "active", awaitRefetchQueries: true } as const;

/** The project's saved mappings, account rules and the presets that ship with Overblik (the leader's). */
export function useFinanceImportSettings(projectId: string) {
  return useQuery(FinanceImportSettingsDocument, { variables: { projectId }, fetchPolicy: "cache-and-network" });
}

export function usePreviewFinanceImport() {
  return useMutation(PreviewFinanceImportDocument);
}

export function useImportFinancePostings() {
  return useMutation(ImportFinancePostingsDocument, REFETCH);
}

export function useSaveFinanceMapping() {
  return useMutation(SaveFinanceMappingDocument, REFETCH);
}

export function useDeleteFinanceMapping() {
  return useMutation(DeleteFinanceMappingDocument, REFETCH);
}

export function useSaveFinanceAccountRules() {
  return useMutation(SaveFinanceAccountRulesDocument, REFETCH);
}
