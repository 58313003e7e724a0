import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { BudgetType } from "../budget/budget.types.js";
import { recordActivity, setLineActivitySource } from "./activity.service.js";
import { importPostings, previewPostingImport } from "./posting-import.service.js";
import { addPosting, budgetPostings, reversePosting } from "./spend.service.js";
import {
  ActivityEntryType,
  AddPostingInput,
  LineActivitySourceType,
  PostingImportInput,
  PostingImportPreviewType,
  PostingImportResultType,
  PostingListType,
  PostingType,
  RecordActivityInput,
  ReversePostingInput,
  SetLineActivitySourceInput,
} from "./spend.types.js";

@Resolver(() => BudgetType)
export class SpendResolver {
  @Allow("spend.read")
  @FieldResolver(() => PostingListType, { description: "Budgettets posteringer, nyeste først; evt. kun én linje." })
  postings(
    @Ctx() ctx: Context,
    @Root() budget: BudgetType,
    @Arg("lineId", () => ID, {
      nullable: true,
      description: "Kun posteringer på denne budgetlinje; udelad for hele budgettet.",
    })
    lineId?: string | null,
    @Arg("take", () => Int, { defaultValue: 50, description: "Højst 500." }) take = 50,
    @Arg("skip", () => Int, { defaultValue: 0, description: "Antal posteringer, der springes over (sideinddeling); standard 0." }) skip = 0,
  ): Promise<PostingListType> {
    return budgetPostings(ctx, budget, { lineId, take: Math.min(Math.max(take, 1), 500), skip: Math.max(skip, 0) });
  }

  @Allow("spend.write")
  @Mutation(() => PostingType, { description: "Bogfør en postering på en budgetlinje." })
  addPosting(
    @Ctx() ctx: Context,
    @Arg("input", () => AddPostingInput, { description: "Posteringen, der bogføres." }) input: AddPostingInput,
  ): Promise<PostingType> {
    return addPosting(ctx, input);
  }

  @Allow("spend.write")
  @Mutation(() => PostingType, { description: "Tilbagefør en postering med en modpostering (posteringer rettes og slettes aldrig)." })
  reversePosting(
    @Ctx() ctx: Context,
    @Arg("input", () => ReversePostingInput, {
      description: "Posteringen, der tilbageføres, med dato, evt. bilagsnummer og begrundelse.",
    })
    input: ReversePostingInput,
  ): Promise<PostingType> {
    return reversePosting(ctx, input);
  }

  @Allow("spend.write")
  @Mutation(() => PostingImportPreviewType, {
    description: "Læs en CSV-fil fra økonomisystemet og vis, hvad en import vil gøre, med alle rækkefejl. Skriver intet.",
  })
  previewPostingImport(
    @Ctx() ctx: Context,
    @Arg("input", () => PostingImportInput, { description: "Budgettet og CSV-filen (base64-kodet)." }) input: PostingImportInput,
  ): Promise<PostingImportPreviewType> {
    return previewPostingImport(ctx, input);
  }

  @Allow("spend.write")
  @Mutation(() => PostingImportResultType, {
    description: "Importér en CSV-fil: alt eller intet. Med én fejlrække skrives intet (BAD_USER_INPUT med alle fejl); samme fil to gange tilføjer intet.",
  })
  importPostings(
    @Ctx() ctx: Context,
    @Arg("input", () => PostingImportInput, {
      description: "Budgettet og CSV-filen (base64-kodet), typisk den samme som i previewPostingImport.",
    })
    input: PostingImportInput,
  ): Promise<PostingImportResultType> {
    return importPostings(ctx, input);
  }

  @Allow("activity.record")
  @Mutation(() => ActivityEntryType, { description: "Registrér leveret aktivitet (timer, samtaler …) på en linje med aktivitetsdriver." })
  recordActivity(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordActivityInput, { description: "Linjen, datoen og det leverede antal." }) input: RecordActivityInput,
  ): Promise<ActivityEntryType> {
    return recordActivity(ctx, input);
  }

  @Allow("spend.write")
  @Mutation(() => LineActivitySourceType, {
    description:
      "Vælg, hvilke hændelser i forløbet der bliver linjens aktivitet (holdte samtaler, timer på teammøder, leverede indsatsenheder). Kun lederen; CONFLICT ved en forældet version.",
  })
  setLineActivitySource(
    @Ctx() ctx: Context,
    @Arg("input", () => SetLineActivitySourceInput, { description: "Linjen, kilden og linjens version." }) input: SetLineActivitySourceInput,
  ): Promise<LineActivitySourceType> {
    return setLineActivitySource(ctx, input);
  }
}
