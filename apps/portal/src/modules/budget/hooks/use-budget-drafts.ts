import { useMutation, useQuery } from "@apollo/client/react";
import {
  BudgetDraftsDocument,
  CopyBudgetDocument,
  CopyBudgetSourcesDocument,
  CreateBudgetDocument,
  ImportBudgetDocument,
  RejectBudgetDocument,
  SaveBudgetDraftDocument,
  SubmitBudgetDocument,
  type BudgetDraftsQuery,
} from "@overblik/graphql-client";

export type DraftBudget = BudgetDraftsQuery["project"]["budgets"][number];
export type DraftsProject = BudgetDraftsQuery["project"];

/** The project's budgets as the draft editor needs them; fresh from the server on each visit. */
export function useBudgetDrafts(projectId: string) {
  return useQuery(BudgetDraftsDocument, { variables: { projectId }, fetchPolicy: "cache-and-network" });
}

/** Projects and their budgets to copy from ("Kopiér fra et andet projekt"). */
export function useCopyBudgetSources() {
  return useQuery(CopyBudgetSourcesDocument, { fetchPolicy: "cache-and-network" });
}

/** Every write refetches what is on screen: the planner's view and the editor's show the same budget. */
const REFETCH = { refetchQueries: "active", awaitRefetchQueries: true } as const;

export const useCreateBudget = () => useMutation(CreateBudgetDocument, REFETCH);
export const useSaveBudgetDraft = () => useMutation(SaveBudgetDraftDocument, REFETCH);
export const useSubmitBudget = () => useMutation(SubmitBudgetDocument, REFETCH);
export const useRejectBudget = () => useMutation(RejectBudgetDocument, REFETCH);
export const useImportBudget = () => useMutation(ImportBudgetDocument, REFETCH);
export const useCopyBudget = () => useMutation(CopyBudgetDocument, REFETCH);
