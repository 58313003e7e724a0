import type { BudgetPostingsQuery } from "@overblik/graphql-client";

export type PostingsBudget = BudgetPostingsQuery["project"]["budgets"][number];
export type PostingData = PostingsBudget["postings"]["items"][number];
export type PostingLine = PostingsBudget["lines"][number];
