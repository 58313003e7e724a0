import type { Ore } from "@overblik/domain";
import { IsInt, IsOptional, IsUUID, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../common/scalars.js";
import { FinanceMappingInput, FinanceMappingType, SavedFinanceMappingType } from "./finance-mapping.types.js";

@InputType({ description: "Økonomisystemets eksport, som den er (CSV eller .xlsx), base64-kodet, og evt. tilknytningen, den læses med." })
export class FinanceImportPreviewInput {
  @Field(() => ID, { description: "Budgettets id; posteringerne bogføres på dets linjer." })
  @IsUUID("all", { message: "Ukendt budget." })
  budgetId!: string;

  @Field({ description: "Filens navn (højst 255 tegn); .xlsx læses som regneark, alt andet som CSV." })
  @MaxLength(255)
  fileName!: string;

  @Field({ description: "Filens bytes, base64-kodet (højst 5 MB)." })
  contentBase64!: string;

  @Field({ description: 'Kilden, fx "Opus", "Prisme" eller et navn, lederen giver; en gemt tilknytning for kilden bruges.' })
  @MinLength(1, { message: "Giv kilden et navn, fx Opus." })
  @MaxLength(100, { message: "Kildens navn må højst være 100 tegn." })
  source!: string;

  @Field(() => FinanceMappingInput, { nullable: true, description: "Tilknytningen, filen læses med; null: den gemte, forvalget for kilden eller et gæt." })
  @IsOptional()
  @ValidateNested()
  mapping!: FinanceMappingInput | null;
}

@InputType({ description: "Importér eksporten med en bekræftet tilknytning; tilknytningen gemmes for kilden i samme transaktion." })
export class ImportFinancePostingsInput extends FinanceImportPreviewInput {
  @Field(() => Int, { nullable: true, description: "Den gemte tilknytnings version, der blev vist; null, når kilden ingen gemt tilknytning har." })
  @IsOptional()
  @IsInt()
  @Min(1)
  mappingVersion!: number | null;

  @Field(() => Int, { description: "Antal nye posteringer i forhåndsvisningen; er det ændret, importeres intet (CONFLICT)." })
  @IsInt()
  @Min(0)
  expectedNewCount!: number;
}

@ObjectType("FinancePreviewRow", { description: "Hvad importen gør med én række i filen." })
export class FinancePreviewRowType {
  @Field(() => Int, { description: "Rækkenummeret i filen (overskriften er række 1)." })
  row!: number;

  @Field({
    description:
      'Rækkens status: "NEW" (bogføres), "ALREADY_THERE" (samme bilag, linje, dato og beløb findes: springes over), "ERROR" (skal rettes) eller "UNMATCHED" (ingen regel fører kontoen til en linje).',
  })
  status!: string;

  @Field(() => String, { nullable: true, description: "Bogføringsdato, ÅÅÅÅ-MM-DD; null, når den ikke kunne læses." })
  date!: string | null;

  @Field({ description: "Bilagsnummer." })
  voucher!: string;

  @Field({ description: "Posteringens tekst." })
  text!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Beløbet i kroner (Money); null, når det ikke kunne læses." })
  amount!: Ore | null;

  @Field(() => String, { nullable: true, description: "Kontoen, som den blev læst (funktion, dranst, art …); null uden kontokolonne." })
  account!: string | null;

  @Field(() => String, { nullable: true, description: "Budgetlinjen, rækken bogføres på." })
  lineName!: string | null;

  @Field(() => String, { nullable: true, description: "Hvad der er galt, og hvad der skal gøres (dansk); null for en god række." })
  message!: string | null;
}

@ObjectType("FinanceImportPreview", { description: "Filens kolonner, tilknytningen og række for række, hvad en import vil skrive. Skriver intet." })
export class FinanceImportPreviewType {
  @Field({ description: "Kilden." })
  source!: string;

  @Field(() => [String], { description: "Filens kolonneoverskrifter." })
  columns!: string[];

  @Field(() => [[String]], { description: "Filens første fem datarækker, som de står." })
  sampleRows!: string[][];

  @Field(() => FinanceMappingType, { description: "Tilknytningen, filen er læst med." })
  mapping!: FinanceMappingType;

  @Field({ description: 'Hvor tilknytningen kom fra: "given" (sendt med), "saved" (gemt for kilden), "preset" (forvalg) eller "guessed" (gættet).' })
  mappingOrigin!: string;

  @Field(() => SavedFinanceMappingType, { nullable: true, description: "Den gemte tilknytning for kilden, hvis der er en." })
  saved!: SavedFinanceMappingType | null;

  @Field(() => [String], { description: "Hvad der mangler i tilknytningen (dansk); er der noget, læses rækkerne ikke." })
  mappingProblems!: string[];

  @Field(() => Int, { description: "Datarækker læst." })
  rowCount!: number;

  @Field(() => Int, { description: "Nye posteringer, importen vil skrive." })
  newCount!: number;

  @Field(() => Int, { description: "Rækker, der allerede er bogført, og springes over." })
  alreadyThereCount!: number;

  @Field(() => Int, { description: "Rækker med fejl; er der nogen, importeres intet." })
  errorCount!: number;

  @Field(() => Int, { description: "Rækker, hvis konto ingen regel fører til en linje; er der nogen, importeres intet." })
  unmatchedCount!: number;

  @Field(() => MoneyScalar, { description: "Summen af de nye posteringer." })
  newTotal!: Ore;

  @Field(() => [FinancePreviewRowType], { description: "Rækkerne i filens rækkefølge (de første 1.000)." })
  rows!: FinancePreviewRowType[];
}

@ObjectType("FinanceImportResult", { description: "Resultatet af en gennemført import." })
export class FinanceImportResultType {
  @Field(() => ID, { description: "Importens id (Posting.importId på de nye posteringer)." })
  importId!: string;

  @Field(() => Int, { description: "Antal posteringer, der blev tilføjet." })
  added!: number;

  @Field(() => Int, { description: "Antal rækker, der allerede var bogført." })
  alreadyThere!: number;

  @Field(() => MoneyScalar, { description: "Summen af de tilføjede posteringer i kroner (Money)." })
  addedTotal!: Ore;

  @Field(() => SavedFinanceMappingType, { description: "Tilknytningen, som den nu er gemt for kilden." })
  mapping!: SavedFinanceMappingType;
}
