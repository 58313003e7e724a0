import { formatQuantity } from "@overblik/domain";
import { requireAccess, requireReadAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { insertPosting, isReversed, lineInfo, loadPosting, lockPostingForReversal, postingsOfBudget } from "./spend.repository.js";
import type { AddPostingInput, PostingListType, PostingType, ReversePostingInput } from "./spend.types.js";

/** A BAD_USER_INPUT error; the postings import and the activity service raise theirs with it too. */
export const bad = (message: string, details?: Record<string, unknown>) => new DomainError("BAD_USER_INPUT", message, details);

/** A date the calendar has (2026-02-30 is not one); the posting and the activity services check input with it. */
export function validDate(text: string): void {
  const d = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || !d.toISOString().startsWith(text)) throw bad(`Datoen ${text} findes ikke i kalenderen.`);
}

function uniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "23505";
}

export async function addPosting(ctx: Context, input: AddPostingInput): Promise<PostingType> {
  const user = requireUser(ctx);
  validDate(input.date);
  if (input.amount === 0n) throw bad("Beløbet må ikke være 0 kr.");
  const line = await lineInfo(ctx.manager, input.budgetLineId);
  await requireAccess(ctx, "spend.write", line.projectId);
  try {
    const id = await insertPosting(ctx.manager, {
      projectId: line.projectId,
      budgetLineId: line.id,
      postingDate: input.date,
      amountOre: input.amount,
      text: input.text.trim(),
      voucher: input.voucher.trim(),
      quantity: input.quantity === null || input.quantity === undefined ? null : formatQuantity(input.quantity),
      reversesPostingId: null,
      createdBy: user.id,
    });
    return loadPosting(ctx.manager, id);
  } catch (error) {
    if (uniqueViolation(error)) {
      throw new DomainError("CONFLICT", `Bilag ${input.voucher} er allerede bogført på "${line.name}" d. ${input.date}.`);
    }
    throw error;
  }
}

export async function reversePosting(ctx: Context, input: ReversePostingInput): Promise<PostingType> {
  const user = requireUser(ctx);
  validDate(input.date);
  return ctx.manager.transaction(async (tx) => {
    const original = await lockPostingForReversal(tx, input.postingId);
    if (!original) throw notFound("Posteringen");
    const line = await lineInfo(tx, original.lineId);
    await requireAccess(ctx, "spend.write", line.projectId, tx);
    if (original.reversesPostingId) throw bad("En modpostering kan ikke selv modposteres. Bogfør en ny postering i stedet.");
    if (await isReversed(tx, original.id)) throw new DomainError("CONFLICT", "Posteringen er allerede tilbageført.");
    const voucher = input.voucher?.trim() || `${original.voucher}-T`;
    try {
      const id = await insertPosting(tx, {
        projectId: line.projectId,
        budgetLineId: original.lineId,
        postingDate: input.date,
        amountOre: -original.amount,
        text: `Tilbageførsel af bilag ${original.voucher}: ${input.reason.trim()}`,
        voucher,
        quantity: original.quantity === null ? null : original.quantity,
        reversesPostingId: original.id,
        createdBy: user.id,
      });
      return loadPosting(tx, id);
    } catch (error) {
      if (uniqueViolation(error)) throw new DomainError("CONFLICT", `Bilag ${voucher} findes allerede på linjen d. ${input.date}. Vælg et andet bilagsnummer.`);
      throw error;
    }
  });
}

/** Postings of a budget, newest first, optionally one line; the sums cover the whole selection (see postingsOfBudget). */
export async function budgetPostings(
  ctx: Context,
  budget: { id: string; projectId: string },
  args: { lineId?: string | null; take: number; skip: number },
): Promise<PostingListType> {
  requireReadAccess(ctx, "spend.read", budget.projectId);
  return postingsOfBudget(ctx.manager, budget.id, args);
}
