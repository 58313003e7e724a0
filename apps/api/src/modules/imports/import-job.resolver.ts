import { Allow } from "../../common/allow.js";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { importJob, startImport, startImportPreview } from "./import-job.service.js";
import { ImportJobType, StartImportInput, StartImportPreviewInput } from "./import-job.types.js";

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

  @Allow("budget.draft")
  @Mutation(() => ImportJobType, {
    description:
      "Starter en import som et job (målgruppe, økonomioverslag eller posteringer): filen læses og skrives alt eller intet af den første ledige jobarbejder, med samme adgang og regler som importmutationen. Følg den med importJob; addedCount siger, hvor mange rækker der blev skrevet.",
  })
  startImport(
    @Ctx() ctx: Context,
    @Arg("input", () => StartImportInput, { description: "Filen og hvad den importeres til." }) input: StartImportInput,
  ): Promise<ImportJobType> {
    return startImport(ctx, input);
  }

  @Allow("account.self")
  @Query(() => ImportJobType, { description: "Et importjob: status, fremskridt og, når det er færdigt, forhåndsvisningen. Kun for den, der startede det." })
  importJob(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Jobbets id (fra startImportPreview)." }) id: string): Promise<ImportJobType> {
    return importJob(ctx, id);
  }
}
