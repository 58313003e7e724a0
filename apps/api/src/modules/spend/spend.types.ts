import type { Hundredths, Ore } from "@overblik/domain";
import { IsOptional, IsUUID, Matches, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MoneyScalar, QuantityScalar } from "../../common/scalars.js";
import { UserRefType } from "../budget/budget-change.types.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = "Datoen skal skrives ÅÅÅÅ-MM-DD.";

@ObjectType("Posting", { description: "En postering (forbrug) på en budgetlinje. Rettes aldrig: en fejl rettes med en modpostering." })
export class PostingType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  lineId!: string;

  @Field()
  lineName!: string;

  @Field({ description: "Bogføringsdato (ISO 8601)." })
  date!: string;

  @Field(() => MoneyScalar)
  amount!: Ore;

  @Field()
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

  @Field(() => UserRefType)
  createdBy!: UserRefType;

  @Field()
  createdAt!: string;
}

@ObjectType("PostingList")
export class PostingListType {
  @Field(() => [PostingType])
  items!: PostingType[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => MoneyScalar, { description: "Summen af alle posteringer i udvalget (ikke kun siden)." })
  sum!: Ore;
}

@InputType({ description: "En ny postering, indtastet i hånden." })
export class AddPostingInput {
  @Field(() => ID)
  @IsUUID("all", { message: "Ukendt budgetlinje." })
  budgetLineId!: string;

  @Field({ description: "ÅÅÅÅ-MM-DD." })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  date!: string;

  @Field(() => MoneyScalar)
  amount!: Ore;

  @Field()
  @MinLength(1, { message: "Skriv en tekst til posteringen." })
  @MaxLength(500)
  text!: string;

  @Field()
  @MinLength(1, { message: "Skriv bilagsnummeret." })
  @MaxLength(100)
  voucher!: string;

  @Field(() => QuantityScalar, { nullable: true })
  quantity?: Hundredths | null;
}

@InputType({ description: "Modposter (tilbagefør) en postering: en ny postering med det modsatte beløb." })
export class ReversePostingInput {
  @Field(() => ID)
  @IsUUID("all", { message: "Ukendt postering." })
  postingId!: string;

  @Field({ description: "Modposteringens dato, ÅÅÅÅ-MM-DD." })
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Modposteringens bilagsnummer; standard "<bilag>-T".' })
  @IsOptional()
  @MaxLength(100)
  voucher?: string | null;

  @Field()
  @MinLength(3, { message: "Skriv hvorfor posteringen tilbageføres." })
  @MaxLength(500)
  reason!: string;
}

@InputType({ description: "En CSV-fil fra økonomisystemet (semikolon, decimalkomma, UTF-8 eller Windows-1252), base64-kodet." })
export class PostingImportInput {
  @Field(() => ID)
  @IsUUID("all", { message: "Ukendt budget." })
  budgetId!: string;

  @Field()
  @MaxLength(255)
  fileName!: string;

  @Field({ description: "Filens bytes, base64-kodet (højst 5 MB)." })
  contentBase64!: string;
}

@ObjectType("ImportRowError", { description: "En fejl i en importfil, med rækkenummer (overskriften er række 1)." })
export class ImportRowErrorType {
  @Field(() => Int)
  row!: number;

  @Field(() => String, { nullable: true })
  column!: string | null;

  @Field()
  message!: string;
}

@ObjectType("PostingImportRow", { description: "En gyldig række fra importfilen." })
export class PostingImportRowType {
  @Field(() => Int)
  row!: number;

  @Field()
  date!: string;

  @Field()
  voucher!: string;

  @Field()
  text!: string;

  @Field(() => MoneyScalar)
  amount!: Ore;

  @Field(() => ID)
  lineId!: string;

  @Field()
  lineName!: string;

  @Field(() => QuantityScalar, { nullable: true })
  quantity!: Hundredths | null;

  @Field({ description: "Findes allerede (samme bilag, linje, dato og beløb): importeres ikke igen." })
  alreadyThere!: boolean;
}

@ObjectType("PostingImportPreview", { description: "Hvad en import vil gøre. Er der fejl, skrives intet." })
export class PostingImportPreviewType {
  @Field()
  fileName!: string;

  @Field()
  encoding!: string;

  @Field(() => Int, { description: "Datarækker læst." })
  rowCount!: number;

  @Field(() => Int, { description: "Nye posteringer, importen vil tilføje." })
  newCount!: number;

  @Field(() => Int, { description: "Posteringer, der allerede findes." })
  alreadyThereCount!: number;

  @Field(() => MoneyScalar, { description: "Summen af de nye posteringer." })
  newTotal!: Ore;

  @Field(() => [ImportRowErrorType])
  errors!: ImportRowErrorType[];

  @Field(() => [PostingImportRowType], { description: "De første 200 gyldige rækker." })
  rows!: PostingImportRowType[];
}

@ObjectType("PostingImportResult")
export class PostingImportResultType {
  @Field(() => ID)
  importId!: string;

  @Field(() => Int)
  added!: number;

  @Field(() => Int)
  alreadyThere!: number;

  @Field(() => MoneyScalar)
  addedTotal!: Ore;
}

@ObjectType("ActivityEntry", { description: "Leveret aktivitet på en linjes driver (timer, samtaler …)." })
export class ActivityEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  lineId!: string;

  @Field()
  date!: string;

  @Field(() => QuantityScalar)
  quantity!: Hundredths;

  @Field({ description: "MANUAL: indtastet; FLOW: registreret automatisk fra borgerforløbet." })
  source!: string;

  @Field()
  note!: string;
}

@InputType({ description: "Registrér leveret aktivitet på en linje med aktivitetsdriver." })
export class RecordActivityInput {
  @Field(() => ID)
  @IsUUID("all", { message: "Ukendt budgetlinje." })
  budgetLineId!: string;

  @Field()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  date!: string;

  @Field(() => QuantityScalar)
  quantity!: Hundredths;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}
