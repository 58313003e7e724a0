import { useMutation, useQuery } from "@apollo/client/react";
import {
  AdjustBudgetDocument,
  ApproveBudgetDocument,
  BudgetHistoryDocument,
  BudgetPlannerDocument,
  DecideBudgetChangeDocument,
  LineActivityFeedsDocument,
  SetApprovalThresholdDocument,
  SetLineActivitySourceDocument,
} from "@overblik/graphql-client";

/**
 * The planner's data. "cache-and-network": a tab shows what the cache has at once and then what
 * the server has now, so figures changed on another tab (or by another user) never linger.
 */
export function useBudgetPlanner(projectId: string, withChanges = true) {
  return useQuery(BudgetPlannerDocument, { variables: { projectId, withChanges }, fetchPolicy: "cache-and-network" });
}

export function useBudgetHistory(projectId: string) {
  return useQuery(BudgetHistoryDocument, { variables: { projectId }, fetchPolicy: "cache-and-network" });
}

/** Every write refetches the queries on screen: totals, versions and history change together. */
const REFETCH = { refetchQueries: "active", awaitRefetchQueries: true } as const;

export function useAdjustBudget() {
  return useMutation(AdjustBudgetDocument, REFETCH);
}

export function useDecideBudgetChange() {
  return useMutation(DecideBudgetChangeDocument, REFETCH);
}

export function useApproveBudget() {
  return useMutation(ApproveBudgetDocument, REFETCH);
}

export function useSetApprovalThreshold() {
  return useMutation(SetApprovalThresholdDocument, REFETCH);
}

/** The line's version changes with its source, so the planner is fetched again like after any other write. */
export function useSetLineActivitySource() {
  return useMutation(SetLineActivitySourceDocument, REFETCH);
}

/** What each source would feed a line (the catalogue's interventions, the team's members); fresh on each dialog. */
export function useLineActivityFeeds(projectId: string) {
  return useQuery(LineActivityFeedsDocument, { variables: { projectId }, fetchPolicy: "cache-and-network" });
}
