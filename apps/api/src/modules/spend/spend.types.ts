import type { Hundredths, Ore } from "@overblik/domain";
import { IsIn, IsOptional, IsUUID, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MoneyScalar, QuantityScalar } from "../../common/scalars.js";
import { UserRefType } from "../budget/budget-change.types.js";
import { IsIsoDate } from "../../common/validation.js";

@ObjectType("Posting", { description: "En postering (forbrug) på en budgetlinje. Rettes aldrig: en fejl rettes med en modpostering." })
export class PostingType {
  @Field(() => ID, { description: "Posteringens id." })
  id!: string;

  @Field(() => ID, { description: "Budgetlinjens id." })
  lineId!: string;

  @Field({ description: "Budgetlinjens navn." })
  lineName!: string;

  @Field({ description: "Bogføringsdato (ISO 8601)." })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Beløbet i kroner (Money), fx "800.00"; negativt for en modpostering.' })
  amount!: Ore;

  @Field({ description: "Posteringens tekst." })
  text!: string;

  @Field({ description: "Bilagsnummer. Bilag + linje + dato identificerer en postering." })
  voucher!: string;

  @Field(() => QuantityScalar, { nullable: true, description: "Den mængde af linjens aktivitetsdriver, posteringen betalte for." })
  quantity!: Hundredths | null;

  @Field(() => ID, { nullable: true, description: "Den postering, denne modposterer." })
  reversesPostingId!: string | null;

  @Field(() => ID, { nullable: true, description: "Den modpostering, der har tilbageført denne." })
  reversedById!: string | null;

  @Field(() => ID, { nullable: true, description: "Den CSV-import, posteringen kom fra." })
  importId!: string | null;

  @Field(() => UserRefType, { description: "Den bruger, der bogførte eller importerede posteringen." })
  createdBy!: UserRefType;

  @Field({ description: "Hvornår posteringen blev registreret i Overblik (ISO 8601-tidsstempel, UTC)." })
  createdAt!: string;
}

@ObjectType("PostingList", { description: "En side af et budgets posteringer, med antal og sum for hele udvalget." })
export class PostingListType {
  @Field(() => [PostingType], { description: "Posteringerne på denne side, nyeste bogføringsdato først." })
  items!: PostingType[];

  @Field(() => Int, { description: "Antal posteringer i udvalget i alt (ikke kun siden)." })
  totalCount!: number;

  @Field(() => MoneyScalar, {
    description: "Summen af alle posteringer i udvalget på tværs af indtægt og udgift; siger intet for sig selv.",
    deprecationReason: "Lægger indtægter og udgifter sammen: brug income, expense og net.",
  })
  sum!: Ore;

  @Field(() => MoneyScalar, { description: "Summen af udvalgets posteringer på indtægtslinjer (ikke kun siden)." })
  income!: Ore;

  @Field(() => MoneyScalar, { description: "Summen af udvalgets posteringer på udgiftslinjer (ikke kun siden)." })
  expense!: Ore;

  @Field(() => MoneyScalar, { description: "Netto: indtægter minus udgifter i udvalget (ikke kun siden)." })
  net!: Ore;
}

@InputType({ description: "En ny postering, indtastet i hånden." })
export class AddPostingInput {
  @Field(() => ID, { description: "Budgetlinjens id." })
  @IsUUID("all", { message: "Ukendt budgetlinje." })
  budgetLineId!: string;

  @Field({ description: "ÅÅÅÅ-MM-DD." })
  @IsIsoDate()
  date!: string;

  @Field(() => MoneyScalar, { description: 'Beløbet i kroner (Money), fx "800.00"; må ikke være 0, gerne negativt.' })
  amount!: Ore;

  @Field({ description: "Posteringens tekst (1–500 tegn)." })
  @MinLength(1, { message: "Skriv en tekst til posteringen." })
  @MaxLength(500)
  text!: string;

  @Field({ description: "Bilagsnummer (1–100 tegn); samme bilag på samme linje og dato giver CONFLICT." })
  @MinLength(1, { message: "Skriv bilagsnummeret." })
  @MaxLength(100)
  voucher!: string;

  @Field(() => QuantityScalar, {
    nullable: true,
    description: 'Den mængde af linjens aktivitetsdriver, posteringen betaler for, fx "3.5" timer; udelades, hvis ingen.',
  })
  quantity?: Hundredths | null;
}

@InputType({ description: "Modposter (tilbagefør) en postering: en ny postering med det modsatte beløb." })
export class ReversePostingInput {
  @Field(() => ID, { description: "Id på posteringen, der tilbageføres; ikke en modpostering, og kun én gang." })
  @IsUUID("all", { message: "Ukendt postering." })
  postingId!: string;

  @Field({ description: "Modposteringens dato, ÅÅÅÅ-MM-DD." })
  @IsIsoDate()
  date!: string;

  @Field(() => String, { nullable: true, description: 'Modposteringens bilagsnummer; standard "<bilag>-T".' })
  @IsOptional()
  @MaxLength(100)
  voucher?: string | null;

  @Field({ description: "Hvorfor posteringen tilbageføres (3–500 tegn); indgår i modposteringens tekst." })
  @MinLength(3, { message: "Skriv hvorfor posteringen tilbageføres." })
  @MaxLength(500)
  reason!: string;
}

@InputType({ description: "En CSV-fil fra økonomisystemet (semikolon, decimalkomma, UTF-8 eller Windows-1252), base64-kodet." })
export class PostingImportInput {
  @Field(() => ID, { description: "Budgettets id; rækkernes linjenavne slås op blandt budgettets linjer." })
  @IsUUID("all", { message: "Ukendt budget." })
  budgetId!: string;

  @Field({ description: "Filens navn (højst 255 tegn); gemmes med importen." })
  @MaxLength(255)
  fileName!: string;

  @Field({ description: "Filens bytes, base64-kodet (højst 5 MB)." })
  contentBase64!: string;
}

@ObjectType("ImportRowError", { description: "En fejl i en importfil, med rækkenummer (overskriften er række 1)." })
export class ImportRowErrorType {
  @Field(() => Int, { description: "Rækkenummeret i filen (overskriften er række 1)." })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: "Kolonnens overskrift som i filen; null, når fejlen gælder hele rækken eller filen.",
  })
  column!: string | null;

  @Field({ description: "Fejlen på dansk, med hvad der skal rettes." })
  message!: string;
}

@ObjectType("PostingImportRow", { description: "En gyldig række fra importfilen." })
export class PostingImportRowType {
  @Field(() => Int, { description: "Rækkenummeret i filen (overskriften er række 1)." })
  row!: number;

  @Field({ description: "Bogføringsdato, ÅÅÅÅ-MM-DD." })
  date!: string;

  @Field({ description: "Bilagsnummer." })
  voucher!: string;

  @Field({ description: "Posteringens tekst." })
  text!: string;

  @Field(() => MoneyScalar, { description: "Beløbet i kroner (Money)." })
  amount!: Ore;

  @Field(() => ID, { description: "Id på budgetlinjen, rækkens linjenavn blev fundet som." })
  lineId!: string;

  @Field({ description: "Budgetlinjens navn." })
  lineName!: string;

  @Field(() => QuantityScalar, { nullable: true, description: "Antal i linjens driverenhed, hvis filen angiver det; ellers null." })
  quantity!: Hundredths | null;

  @Field({ description: "Findes allerede (samme bilag, linje, dato og beløb): importeres ikke igen." })
  alreadyThere!: boolean;
}

@ObjectType("PostingImportPreview", { description: "Hvad en import vil gøre. Er der fejl, skrives intet." })
export class PostingImportPreviewType {
  @Field({ description: "Filens navn, som det blev sendt." })
  fileName!: string;

  @Field({ description: 'Den genkendte tegnkodning: "utf-8" eller "windows-1252".' })
  encoding!: string;

  @Field(() => Int, { description: "Datarækker læst." })
  rowCount!: number;

  @Field(() => Int, { description: "Nye posteringer, importen vil tilføje." })
  newCount!: number;

  @Field(() => Int, { description: "Posteringer, der allerede findes." })
  alreadyThereCount!: number;

  @Field(() => MoneyScalar, { description: "Summen af de nye posteringer." })
  newTotal!: Ore;

  @Field(() => [ImportRowErrorType], {
    description: 'Fejlene i filen efter rækkenummer: de første 100, og er der flere, en sidste linje "Og N flere fejl."; er der nogen, importeres intet.',
  })
  errors!: ImportRowErrorType[];

  @Field(() => Int, { description: "Antal fejl i alt (også dem ud over de 100, errors viser)." })
  errorCount!: number;

  @Field(() => [PostingImportRowType], { description: "De første 200 gyldige rækker." })
  rows!: PostingImportRowType[];
}

@ObjectType("PostingImportResult", { description: "Resultatet af en gennemført import." })
export class PostingImportResultType {
  @Field(() => ID, { description: "Importens id (Posting.importId på de nye posteringer)." })
  importId!: string;

  @Field(() => Int, { description: "Antal posteringer, der blev tilføjet." })
  added!: number;

  @Field(() => Int, { description: "Antal rækker, der ikke blev tilføjet, fordi posteringen allerede fandtes." })
  alreadyThere!: number;

  @Field(() => MoneyScalar, { description: "Summen af de tilføjede posteringer i kroner (Money)." })
  addedTotal!: Ore;
}

@ObjectType("ActivityEntry", { description: "Leveret aktivitet på en linjes driver (timer, samtaler …)." })
export class ActivityEntryType {
  @Field(() => ID, { description: "Registreringens id." })
  id!: string;

  @Field(() => ID, { description: "Budgetlinjens id." })
  lineId!: string;

  @Field({ description: "Datoen, aktiviteten blev leveret, ÅÅÅÅ-MM-DD." })
  date!: string;

  @Field(() => QuantityScalar, { description: 'Leveret antal i linjens driverenhed (timer, samtaler …), fx "3.5".' })
  quantity!: Hundredths;

  @Field({ description: "MANUAL: indtastet; FLOW: registreret automatisk fra borgerforløbet." })
  source!: string;

  @Field({ description: "Bemærkning; tom streng, hvis ingen." })
  note!: string;
}

@InputType({ description: "Registrér leveret aktivitet på en linje med aktivitetsdriver." })
export class RecordActivityInput {
  @Field(() => ID, { description: "Id på en budgetlinje med aktivitetsdriver." })
  @IsUUID("all", { message: "Ukendt budgetlinje." })
  budgetLineId!: string;

  @Field({ description: "Leveringsdato, ÅÅÅÅ-MM-DD." })
  @IsIsoDate()
  date!: string;

  @Field(() => QuantityScalar, { description: 'Leveret antal i linjens driverenhed, fx "3.5"; større end 0.' })
  quantity!: Hundredths;

  @Field(() => String, { nullable: true, description: "Bemærkning (højst 500 tegn)." })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: "Vælg, hvilke hændelser i forløbet der tæller som en linjes aktivitet." })
export class SetLineActivitySourceInput {
  @Field(() => ID, { description: "Budgetlinjen (med aktivitetsdriver)." })
  @IsUUID("all", { message: "Ukendt budgetlinje." })
  budgetLineId!: string;

  @Field(() => String, { nullable: true, description: "CONVERSATIONS_HELD, TEAM_HOURS, INTERVENTION_UNITS eller null (aktiviteten registreres i hånden)." })
  @IsOptional()
  @IsIn(["CONVERSATIONS_HELD", "TEAM_HOURS", "INTERVENTION_UNITS"], { message: "Kilden skal være CONVERSATIONS_HELD, TEAM_HOURS eller INTERVENTION_UNITS." })
  source?: string | null;

  @Field(() => Int, { description: "Linjens version, som skærmen viste den." })
  expectedVersion!: number;
}

@ObjectType("LineActivitySource", { description: "En budgetlinjes aktivitetskilde efter en ændring." })
export class LineActivitySourceType {
  @Field(() => ID, { description: "Budgetlinjen." })
  budgetLineId!: string;

  @Field(() => String, { nullable: true, description: "CONVERSATIONS_HELD, TEAM_HOURS, INTERVENTION_UNITS eller null." })
  activitySource!: string | null;

  @Field(() => Int, { description: "Linjens nye version." })
  version!: number;
}
