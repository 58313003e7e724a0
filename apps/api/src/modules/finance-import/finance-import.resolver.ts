import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../common/allow.js";
import type { Context } from "../../context.js";
import { importFinancePostings, previewFinanceImport } from "./finance-import.service.js";
import {
  DeleteFinanceMappingInput,
  FinanceAccountRulesType,
  FinanceImportSettingsType,
  SaveFinanceAccountRulesInput,
  SaveFinanceMappingInput,
  SavedFinanceMappingType,
} from "./finance-mapping.types.js";
import { FinanceImportPreviewInput, FinanceImportPreviewType, FinanceImportResultType, ImportFinancePostingsInput } from "./finance-preview.types.js";
import { deleteFinanceMapping, financeImportSettings, saveFinanceAccountRules, saveFinanceMapping } from "./finance-settings.service.js";

/** Finance exports as they come (issue #19): mappings per source, account rules, preview and import. The leader's. */
@Resolver()
export class FinanceImportResolver {
  @Allow("spend.write")
  @Query(() => FinanceImportSettingsType, { description: "Projektets gemte tilknytninger, kontoregler og de medfølgende forvalg (kun lederen)." })
  financeImportSettings(
    @Ctx() ctx: Context,
    @Arg("projectId", () => ID, { description: "Projektets id." }) projectId: string,
  ): Promise<FinanceImportSettingsType> {
    return financeImportSettings(ctx, projectId);
  }

  @Allow("spend.write")
  @Mutation(() => FinanceImportPreviewType, {
    description: "Læs økonomisystemets eksport (CSV eller .xlsx) med en tilknytning, og vis række for række, hvad en import vil skrive. Skriver intet.",
  })
  previewFinanceImport(
    @Ctx() ctx: Context,
    @Arg("input", () => FinanceImportPreviewInput, { description: "Budgettet, filen, kilden og evt. tilknytningen." }) input: FinanceImportPreviewInput,
  ): Promise<FinanceImportPreviewType> {
    return previewFinanceImport(ctx, input);
  }

  @Allow("spend.write")
  @Mutation(() => FinanceImportResultType, {
    description:
      "Importér eksporten med den bekræftede tilknytning: alt eller intet, kun nye posteringer; med en fejl eller en konto uden regel skrives intet. Tilknytningen gemmes for kilden.",
  })
  importFinancePostings(
    @Ctx() ctx: Context,
    @Arg("input", () => ImportFinancePostingsInput, { description: "Som i previewFinanceImport, med tilknytningens version og antallet af nye rækker." })
    input: ImportFinancePostingsInput,
  ): Promise<FinanceImportResultType> {
    return importFinancePostings(ctx, input);
  }

  @Allow("spend.write")
  @Mutation(() => SavedFinanceMappingType, { description: "Gem en tilknytning for projektet og en kilde; CONFLICT ved en forældet version." })
  saveFinanceMapping(
    @Ctx() ctx: Context,
    @Arg("input", () => SaveFinanceMappingInput, { description: "Projektet, kilden, tilknytningen og versionen." }) input: SaveFinanceMappingInput,
  ): Promise<SavedFinanceMappingType> {
    return saveFinanceMapping(ctx, input);
  }

  @Allow("spend.write")
  @Mutation(() => SavedFinanceMappingType, { description: "Slet en gemt tilknytning; returnerer den slettede. CONFLICT ved en forældet version." })
  deleteFinanceMapping(
    @Ctx() ctx: Context,
    @Arg("input", () => DeleteFinanceMappingInput, { description: "Projektet, kilden og versionen." }) input: DeleteFinanceMappingInput,
  ): Promise<SavedFinanceMappingType> {
    return deleteFinanceMapping(ctx, input);
  }

  @Allow("spend.write")
  @Mutation(() => FinanceAccountRulesType, {
    description:
      "Gem projektets regler fra kontostreng til budgetlinje under ét; lige specifikke regler, der kan ramme samme konto, afvises. CONFLICT ved en forældet version.",
  })
  saveFinanceAccountRules(
    @Ctx() ctx: Context,
    @Arg("input", () => SaveFinanceAccountRulesInput, { description: "Projektet, alle reglerne og versionen." }) input: SaveFinanceAccountRulesInput,
  ): Promise<FinanceAccountRulesType> {
    return saveFinanceAccountRules(ctx, input);
  }
}
