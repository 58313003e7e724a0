import { useMutation, useQuery } from "@apollo/client/react";
import { AddPostingDocument, BudgetPostingsDocument, ImportPostingsDocument, ReversePostingDocument } from "@overblik/graphql-client";

export const POSTINGS_PAGE_SIZE = 25;

/** A page of the budget's postings, newest first, optionally for one line. */
export function usePostings(projectId: string, lineId: string | null, page: number) {
  return useQuery(BudgetPostingsDocument, {
    variables: { projectId, lineId, take: POSTINGS_PAGE_SIZE, skip: page * POSTINGS_PAGE_SIZE },
    fetchPolicy: "cache-and-network",
  });
}

const REFETCH = { refetchQueries: "active", awaitRefetchQueries: true } as const;

export function useAddPosting() {
  return useMutation(AddPostingDocument, REFETCH);
}

export function useReversePosting() {
  return useMutation(ReversePostingDocument, REFETCH);
}

export function useImportPostings() {
  return useMutation(ImportPostingsDocument, REFETCH);
}
