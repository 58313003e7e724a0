import type { Hundredths, Ore } from "@overblik/domain";
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { BudgetSideEnum } from "../../common/enums.js";
import { MoneyScalar, QuantityScalar } from "../../common/scalars.js";
import { BudgetTotalsType, YearAmount } from "./budget.types.js";

export enum DriverFixedEnum {
  AMOUNT = "AMOUNT",
  RATE = "RATE",
}

export enum SheetUnitEnum {
  KR = "KR",
  TKR = "TKR",
}

export enum SheetRowStatusEnum {
  TITLE = "TITLE",
  HEADER = "HEADER",
  BLANK = "BLANK",
  HEADING = "HEADING",
  LINE = "LINE",
  SUM = "SUM",
  ERROR = "ERROR",
}

registerEnumType(DriverFixedEnum, {
  name: "DriverFixed",
  description: "Hvad lederen har fastlagt på en linje med aktivitetsdriver.",
  valuesConfig: {
    AMOUNT: { description: "Beløbet er fastlagt; satsen følger af beløb / antal." },
    RATE: { description: "Satsen er fastlagt; beløbet følger af antal × sats (fordelt på årene som de indtastede beløb, ellers ligeligt)." },
  },
});
registerEnumType(SheetUnitEnum, {
  name: "SheetUnit",
  description: "Enheden for beløbene i et regneark.",
  valuesConfig: { KR: { description: "Kroner." }, TKR: { description: "1.000 kr. (t.kr.)." } },
});
registerEnumType(SheetRowStatusEnum, {
  name: "SheetRowStatus",
  description: "Hvad en række i et importeret økonomioverslag er.",
  valuesConfig: {
    TITLE: { description: "En række over overskriftsrækken (titel); springes over." },
    HEADER: { description: "Overskriftsrækken med årstallene." },
    BLANK: { description: "En tom række; springes over." },
    HEADING: { description: 'En afsnitsoverskrift ("Indtægter", "Finansiering", "Udgifter"), der skifter side.' },
    LINE: { description: "En budgetlinje, der importeres." },
    SUM: { description: 'En sumrække ("I alt"), der ikke importeres, men kontrolleres mod linjerne ovenfor.' },
    ERROR: { description: "En række med fejl; intet importeres, før den er rettet." },
  },
});

@InputType({ description: "Et beløb for ét budgetår på en linje i et budgetudkast." })
export class BudgetAmountInput {
  @Field(() => Int, { description: "Budgetåret; et af budgettets år." })
  @Min(1900)
  @Max(2100)
  year!: number;

  @Field(() => MoneyScalar, { description: 'Beløbet i kroner (Money), fx "40000.00"; kan være negativt.' })
  amount!: Ore;
}

@InputType({ description: "En linjes aktivitetsdriver: enhed, planlagt antal og sats pr. enhed." })
export class BudgetDriverInput {
  @Field({ description: 'Enheden, fx "timer", "samtaler", "deltagere" (1–50 tegn).' })
  @MinLength(1, { message: "Skriv driverens enhed, fx timer." })
  @MaxLength(50)
  unit!: string;

  @Field(() => QuantityScalar, { description: 'Planlagt antal over hele budgettet, fx "50".' })
  quantity!: Hundredths;

  @Field(() => MoneyScalar, { nullable: true, description: "Sats pr. enhed i kroner (Money); påkrævet, når satsen er fastlagt (fixed = RATE)." })
  rate?: Ore | null;

  @Field(() => DriverFixedEnum, { description: "AMOUNT: beløbet er fastlagt, satsen følger. RATE: satsen er fastlagt, beløbet følger af antal × sats." })
  fixed!: DriverFixedEnum;
}

@InputType({ description: "En linje i budgetudkastet, som gitteret viser den." })
export class BudgetDraftLineInput {
  @Field(() => ID, { nullable: true, description: "Linjens id, hvis den findes; udelad for en ny linje." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt linje-id." })
  id?: string | null;

  @Field(() => BudgetSideEnum, { description: "INCOME eller EXPENSE." })
  side!: BudgetSideEnum;

  @Field({ description: "Linjens tekst (1–200 tegn)." })
  @MaxLength(200, { message: "En linjes tekst må højst være 200 tegn." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Linjens gruppe, fx "Honorarer" (højst 100 tegn).' })
  @IsOptional()
  @MaxLength(100)
  category?: string | null;

  @Field(() => String, { nullable: true, description: "Kontonummer i den autoriserede kontoplan: 16 cifre (punktum og mellemrum mellem dem tilladt)." })
  @IsOptional()
  @MaxLength(40)
  accountNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Bemærkning til linjen (højst 2000 tegn)." })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => [BudgetAmountInput], { description: "Beløb pr. budgetår: hvert af budgettets år netop én gang." })
  @ArrayMaxSize(30, { message: "En linje kan højst have 30 år." })
  @ValidateNested({ each: true })
  amounts!: BudgetAmountInput[];

  @Field(() => BudgetDriverInput, { nullable: true, description: "Aktivitetsdriveren; udelad for en linje uden." })
  @IsOptional()
  @ValidateNested()
  driver?: BudgetDriverInput | null;
}

@InputType({ description: "Et nyt budget (udkast) til et projekt." })
export class CreateBudgetInput {
  @Field(() => ID, { description: "Projektets id." })
  @IsUUID("all", { message: "Ukendt projekt-id." })
  projectId!: string;

  @Field({ description: 'Budgettets navn, fx "Økonomioverslag" eller "Kompetenceudvikling" (1–200 tegn).' })
  @MinLength(1, { message: "Skriv budgettets navn." })
  @MaxLength(200)
  name!: string;

  @Field(() => Int, { description: "Første budgetår; inden for projektets periode." })
  @Min(1900)
  @Max(2100)
  startYear!: number;

  @Field(() => Int, { description: "Sidste budgetår (medregnet); inden for projektets periode." })
  @Min(1900)
  @Max(2100)
  endYear!: number;

  @Field(() => Int, { nullable: true, description: "Pris- og lønniveau (p/l), fx 2026." })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  priceLevelYear?: number | null;

  @Field(() => String, { nullable: true, description: "Bemærkning til budgettet (højst 2000 tegn)." })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: "Gitterets gem: budgetudkastets linjer, som de skal være." })
export class SaveBudgetDraftInput {
  @Field(() => ID, { description: "Budgettets id (status DRAFT)." })
  @IsUUID("all", { message: "Ukendt budget-id." })
  budgetId!: string;

  @Field(() => Int, { description: "Budgettets version (Budget.version), som skærmen viste; ellers CONFLICT." })
  expectedVersion!: number;

  @Field(() => [BudgetDraftLineInput], {
    description:
      "Alle udkastets linjer i rækkefølge: linjer med id rettes, linjer uden oprettes, udkastets øvrige linjer slettes. Rækkefølgen pr. side er listens.",
  })
  @ArrayMaxSize(500, { message: "Et budget kan højst have 500 linjer." })
  @ValidateNested({ each: true })
  lines!: BudgetDraftLineInput[];
}

@InputType({ description: "Et budget og den version, skærmen viste." })
export class SubmitBudgetInput {
  @Field(() => ID, { description: "Budgettets id." })
  @IsUUID("all", { message: "Ukendt budget-id." })
  budgetId!: string;

  @Field(() => Int, { description: "Budgettets version (Budget.version), som skærmen viste; ellers CONFLICT." })
  expectedVersion!: number;
}

@InputType({ description: "Styregruppen sender budgettet tilbage til lederen med en kommentar." })
export class RejectBudgetInput {
  @Field(() => ID, { description: "Budgettets id (status SUBMITTED)." })
  @IsUUID("all", { message: "Ukendt budget-id." })
  budgetId!: string;

  @Field(() => Int, { description: "Budgettets version (Budget.version), som skærmen viste; ellers CONFLICT." })
  expectedVersion!: number;

  @Field({ description: "Hvad lederen skal rette (3–2000 tegn); vises øverst i udkastet indtil næste indsendelse." })
  @MinLength(3, { message: "Skriv en kommentar til lederen (mindst 3 tegn)." })
  @MaxLength(2000)
  comment!: string;
}

@InputType({ description: "Et økonomioverslag i et regneark (.xlsx eller CSV), der skal ses igennem før import." })
export class PreviewBudgetImportInput {
  @Field(() => ID, { description: "Budgettets id (status DRAFT)." })
  @IsUUID("all", { message: "Ukendt budget-id." })
  budgetId!: string;

  @Field({ description: "Filnavnet (.xlsx eller .csv)." })
  @MinLength(1, { message: "Filnavnet mangler." })
  @MaxLength(255)
  fileName!: string;

  @Field({ description: "Filens bytes, base64-kodet (højst 5 MB)." })
  @MaxLength(7_000_000, { message: "Filen er større end 5 MB." })
  contentBase64!: string;

  @Field(() => SheetUnitEnum, {
    nullable: true,
    description: 'Beløbenes enhed; udelad for at lade regnearket afgøre det ("t.kr." eller "1.000 kr." i en overskrift betyder 1.000 kr.).',
  })
  @IsOptional()
  @IsIn(["KR", "TKR"], { message: "Enheden skal være KR eller TKR." })
  unit?: SheetUnitEnum | null;
}

@InputType({ description: "Import af et økonomioverslag: erstatter udkastets linjer, alt eller intet." })
export class ImportBudgetInput extends PreviewBudgetImportInput {
  @Field(() => Int, { description: "Budgettets version (Budget.version), som skærmen viste; ellers CONFLICT." })
  expectedVersion!: number;
}

@InputType({ description: "Kopiér et budget fra et andet projekt som skabelon." })
export class CopyBudgetInput {
  @Field(() => ID, { description: "Budgettet, der kopieres (et projekt, du har adgang til)." })
  @IsUUID("all", { message: "Ukendt budget-id." })
  sourceBudgetId!: string;

  @Field(() => ID, { description: "Projektet, kopien oprettes i som udkast." })
  @IsUUID("all", { message: "Ukendt projekt-id." })
  projectId!: string;

  @Field(() => String, { nullable: true, description: "Kopiens navn; udelad for kildens navn." })
  @IsOptional()
  @MinLength(1, { message: "Skriv budgettets navn." })
  @MaxLength(200)
  name?: string | null;
}

@ObjectType("BudgetImportRow", { description: "En række i regnearket og hvad importen gør med den." })
export class BudgetImportRowType {
  @Field(() => Int, { description: "Rækkenummeret, som regnearket viser det (1 = første række)." })
  row!: number;

  @Field(() => SheetRowStatusEnum, { description: "Hvad rækken er." })
  status!: SheetRowStatusEnum;

  @Field(() => BudgetSideEnum, { nullable: true, description: "Siden, en linje eller sum hører til; null for andre rækker." })
  side!: BudgetSideEnum | null;

  @Field({ description: "Rækkens tekst (linjens navn)." })
  text!: string;

  @Field(() => [YearAmount], { description: "Linjens beløb pr. år (kun for LINE)." })
  amounts!: YearAmount[];

  @Field(() => [String], { description: 'Rækkens fejl, hver som "Række n: …".' })
  errors!: string[];
}

@ObjectType("BudgetImportPreview", { description: "Hvad en import af et økonomioverslag vil gøre. Er der fejl, importeres intet." })
export class BudgetImportPreviewType {
  @Field({ description: "Filnavnet." })
  fileName!: string;

  @Field(() => SheetUnitEnum, { description: "Den enhed, beløbene er læst i." })
  unit!: SheetUnitEnum;

  @Field(() => [Int], { description: "Årene, importen giver beløb for (budgettets år)." })
  years!: number[];

  @Field(() => Int, { description: "Antal linjer, importen vil oprette (og erstatte udkastets linjer med)." })
  lineCount!: number;

  @Field(() => [BudgetImportRowType], { description: "Hver række i regnearket med sin status." })
  rows!: BudgetImportRowType[];

  @Field(() => [String], { description: 'Alle fejl med rækkenummer ("Række 7: …"); tom, når filen kan importeres.' })
  errors!: string[];

  @Field(() => BudgetTotalsType, { description: "Totaler pr. side og år for de linjer, der vil blive importeret." })
  totals!: BudgetTotalsType;
}
