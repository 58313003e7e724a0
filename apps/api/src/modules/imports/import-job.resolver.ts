import { Allow } from "../../common/allow.js";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { importJob, startImportPreview } from "./import-job.service.js";
import { ImportJobType, StartImportPreviewInput } from "./import-job.types.js";

@Resolver()
export class ImportJobResolver {
  @Allow("budget.draft")
  @Mutation(() => ImportJobType, {
    description:
      "Starter læsningen af en importfil (målgruppe, økonomioverslag eller posteringer) og svarer med det samme med et job. Samme adgang som forhåndsvisningen af den slags fil. Skriver intet ud over jobbet.",
  })
  startImportPreview(
    @Ctx() ctx: Context,
    @Arg("input", () => StartImportPreviewInput, { description: "Filen og hvad den importeres til." }) input: StartImportPreviewInput,
  ): Promise<ImportJobType> {
    return startImportPreview(ctx, input);
  }

  @Allow("account.self")
  @Query(() => ImportJobType, { description: "Et importjob: status, fremskridt og, når det er færdigt, forhåndsvisningen. Kun for den, der startede det." })
  importJob(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Jobbets id (fra startImportPreview)." }) id: string): Promise<ImportJobType> {
    return importJob(ctx, id);
  }
}
