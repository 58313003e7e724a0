import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { UserRefType } from "./budget-change.types.js";
import { copyBudget, createBudget, rejectBudget, reviewerOf, saveBudgetDraft, submitBudget } from "./budget-draft.service.js";
import { importBudget, previewBudgetImport } from "./budget-import.service.js";
import {
  BudgetImportPreviewType,
  CopyBudgetInput,
  CreateBudgetInput,
  ImportBudgetInput,
  PreviewBudgetImportInput,
  RejectBudgetInput,
  SaveBudgetDraftInput,
  SubmitBudgetInput,
} from "./budget-draft.types.js";
import { BudgetType } from "./budget.types.js";

/** The draft budget written in the planner: create, save the grid, import, copy, submit and send back. */
@Resolver(() => BudgetType)
export class BudgetDraftResolver {
  @Allow("project.read")
  @FieldResolver(() => UserRefType, { nullable: true, description: "Hvem i styregruppen der sidst sendte budgettet tilbage; null, hvis ingen." })
  reviewedBy(@Ctx() ctx: Context, @Root() budget: BudgetType): Promise<UserRefType | null> {
    return reviewerOf(ctx, budget);
  }

  @Allow("budget.draft")
  @Mutation(() => BudgetType, {
    description:
      "Opretter et budget (udkast) i et projekt, fx økonomioverslaget eller en pulje til kompetenceudvikling; årene skal ligge i projektets periode.",
  })
  createBudget(@Ctx() ctx: Context, @Arg("input", () => CreateBudgetInput, { description: "Navn, år og p/l." }) input: CreateBudgetInput): Promise<BudgetType> {
    return createBudget(ctx, input);
  }

  @Allow("budget.draft")
  @Mutation(() => BudgetType, {
    description:
      "Gemmer budgetudkastets linjer på én gang (alt eller intet): linjer med id rettes, nye oprettes, udeladte slettes. Kun mens budgettet er et udkast.",
  })
  saveBudgetDraft(
    @Ctx() ctx: Context,
    @Arg("input", () => SaveBudgetDraftInput, { description: "Budgettet, dets version og alle linjerne." }) input: SaveBudgetDraftInput,
  ): Promise<BudgetType> {
    return saveBudgetDraft(ctx, input);
  }

  @Allow("budget.submit")
  @Mutation(() => BudgetType, {
    description: "Lederen sender udkastet til godkendelse hos styregruppen. Balancen vises (totals.balanced), men kræves ikke.",
  })
  submitBudget(
    @Ctx() ctx: Context,
    @Arg("input", () => SubmitBudgetInput, { description: "Budgettet og dets version." }) input: SubmitBudgetInput,
  ): Promise<BudgetType> {
    return submitBudget(ctx, input);
  }

  @Allow("budget.approve")
  @Mutation(() => BudgetType, { description: "Styregruppen sender et indsendt budget tilbage til lederen som udkast, med en kommentar." })
  rejectBudget(
    @Ctx() ctx: Context,
    @Arg("input", () => RejectBudgetInput, { description: "Budgettet, dets version og kommentaren." }) input: RejectBudgetInput,
  ): Promise<BudgetType> {
    return rejectBudget(ctx, input);
  }

  @Allow("budget.draft")
  @Mutation(() => BudgetImportPreviewType, {
    description: "Læser et økonomioverslag (.xlsx eller CSV) og viser hver række, fejlene med rækkenummer og totalerne. Skriver intet.",
  })
  previewBudgetImport(
    @Ctx() ctx: Context,
    @Arg("input", () => PreviewBudgetImportInput, { description: "Budgettet og filen." }) input: PreviewBudgetImportInput,
  ): Promise<BudgetImportPreviewType> {
    return previewBudgetImport(ctx, input);
  }

  @Allow("budget.draft")
  @Mutation(() => BudgetType, {
    description:
      "Importerer et økonomioverslag og erstatter udkastets linjer, alt eller intet: har filen en fejl, importeres intet (BAD_USER_INPUT med fejlene).",
  })
  importBudget(
    @Ctx() ctx: Context,
    @Arg("input", () => ImportBudgetInput, { description: "Budgettet, dets version og filen." }) input: ImportBudgetInput,
  ): Promise<BudgetType> {
    return importBudget(ctx, input);
  }

  @Allow("budget.draft")
  @Mutation(() => BudgetType, {
    description:
      "Kopierer et budget fra et andet projekt som nyt udkast: linjer, drivere, kategorier, kontonumre og beløb, flyttet til projektets første år; intet forbrug.",
  })
  copyBudget(
    @Ctx() ctx: Context,
    @Arg("input", () => CopyBudgetInput, { description: "Kildebudgettet og projektet." }) input: CopyBudgetInput,
  ): Promise<BudgetType> {
    return copyBudget(ctx, input);
  }
}
