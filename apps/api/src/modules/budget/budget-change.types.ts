import type { Ore } from "@overblik/domain";
import { IsOptional, IsUUID, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { MoneyScalar } from "../../common/scalars.js";

export enum AdjustmentKindEnum {
  MOVE = "MOVE",
  CHANGE = "CHANGE",
}

export enum BudgetChangeStatusEnum {
  PENDING = "PENDING",
  APPLIED = "APPLIED",
  REJECTED = "REJECTED",
}

registerEnumType(AdjustmentKindEnum, {
  name: "AdjustmentKind",
  description: "Hvordan en leder justerer et godkendt budget.",
  valuesConfig: {
    MOVE: { description: "Omplacering: et beløb flyttes mellem to linjer på samme side i samme år; sidens total er uændret." },
    CHANGE: { description: "Ændring af én linje (op eller ned), finansieret af en anden linje eller en ny bevilling (tillægsbevilling)." },
  },
});
registerEnumType(BudgetChangeStatusEnum, {
  name: "BudgetChangeStatus",
  description: "Hvor en budgetjustering er i sit forløb.",
  valuesConfig: {
    PENDING: { description: "Afventer styregruppens godkendelse." },
    APPLIED: { description: "Gennemført: indgår i det korrigerede budget." },
    REJECTED: { description: "Afvist af styregruppen: ændrer intet." },
  },
});

@ObjectType("BudgetChangeEntry", { description: "Hvad en ændring gør ved én linje i ét år." })
export class BudgetChangeEntryType {
  @Field(() => ID, { description: "Budgetlinjens id." })
  lineId!: string;

  @Field({ description: "Budgetlinjens navn." })
  lineName!: string;

  @Field(() => Int, { description: "Budgetåret, ændringen gælder." })
  year!: number;

  @Field(() => MoneyScalar, { description: "Ændringen (positiv: op, negativ: ned)." })
  delta!: Ore;

  @Field(() => MoneyScalar, { nullable: true, description: "Korrigeret beløb før ændringen blev gennemført; null mens den afventer." })
  before!: Ore | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Korrigeret beløb efter ændringen; null mens den afventer." })
  after!: Ore | null;
}

@ObjectType("UserRef", { description: "En bruger, som en historik nævner." })
export class UserRefType {
  @Field(() => ID, { description: "Brugerens id." })
  id!: string;

  @Field({ description: "Brugerens navn." })
  name!: string;
}

@ObjectType("BudgetChange", { description: "En justering af et godkendt budget, med hvem, hvornår, hvorfor og styregruppens afgørelse." })
export class BudgetChangeType {
  @Field(() => ID, { description: "Ændringens id." })
  id!: string;

  budgetId!: string;
  projectId!: string;

  @Field(() => AdjustmentKindEnum, { description: "Omplacering (MOVE) eller ændring af én linje (CHANGE)." })
  kind!: AdjustmentKindEnum;

  @Field(() => BudgetChangeStatusEnum, { description: "Afventer styregruppen, gennemført eller afvist." })
  status!: BudgetChangeStatusEnum;

  @Field({ description: "Om ændringen krævede styregruppens godkendelse (over tærsklen eller ændrer budgettets total)." })
  requiresApproval!: boolean;

  @Field({ description: "Lederens begrundelse for ændringen." })
  reason!: string;

  @Field(() => String, { nullable: true, description: "Finansiering ved ny bevilling, i tekst." })
  grantText!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For en ændring finansieret af en ny bevilling: hvor bevillingen bogføres som indtægt, i ord (fx "Tillægsbevillingen på 60.000 kr. bogføres som indtægt på linjen Puljetilskud."); ellers null.',
  })
  summary!: string | null;

  @Field(() => UserRefType, { description: "Den leder, der registrerede ændringen." })
  requestedBy!: UserRefType;

  @Field({ description: "ISO 8601." })
  requestedAt!: string;

  @Field(() => UserRefType, {
    nullable: true,
    description: "Styregruppemedlemmet, der afgjorde ændringen; null, mens den afventer, eller når den blev gennemført uden godkendelse.",
  })
  decidedBy!: UserRefType | null;

  @Field(() => String, { nullable: true, description: "ISO 8601." })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Styregruppens kommentar til afgørelsen; null, hvis ingen." })
  decisionComment!: string | null;

  @Field(() => Int, {
    description: "Versionsnummer til optimistisk låsning (expectedVersion i decideBudgetChange): send den version, skærmen viste; ellers CONFLICT.",
  })
  version!: number;

  @Field(() => [BudgetChangeEntryType], { description: "Hvad ændringen gør ved hver berørt linje og år." })
  entries!: BudgetChangeEntryType[];
}

@InputType({ description: "Den version af en linje, som brugerens skærm viste." })
export class ExpectedLineVersion {
  @Field(() => ID, { description: "Budgetlinjens id." })
  @IsUUID("all", { message: "Ukendt linje-id." })
  lineId!: string;

  @Field(() => Int, { description: "Linjens version (BudgetLine.version): send den version, skærmen viste; ellers CONFLICT." })
  @Min(1)
  version!: number;
}

@InputType({
  description:
    "En omplacering (MOVE: fromLineId → toLineId) eller en ændring (CHANGE: lineId, finansieret af financingLineId eller grantText). " +
    "expectedLineVersions er linjernes versioner, som skærmen viste dem: er en af dem ændret siden, svares CONFLICT med de aktuelle tal.",
})
export class AdjustBudgetInput {
  @Field(() => ID, { description: "Id på et budget, styregruppen har godkendt (status APPROVED)." })
  @IsUUID("all", { message: "Ukendt budget-id." })
  budgetId!: string;

  @Field(() => AdjustmentKindEnum, { description: "MOVE (omplacering mellem to linjer) eller CHANGE (ændring af én linje)." })
  kind!: AdjustmentKindEnum;

  @Field(() => Int, { description: "Budgetåret, justeringen gælder; et af budgettets år." })
  year!: number;

  @Field(() => MoneyScalar, { description: "MOVE: beløbet der flyttes (> 0). CHANGE: ændringen af linjen (positiv eller negativ)." })
  amount!: Ore;

  @Field(() => ID, { nullable: true, description: "MOVE: linjen, beløbet flyttes fra. Udelades ved CHANGE." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt linje-id." })
  fromLineId?: string | null;

  @Field(() => ID, { nullable: true, description: "MOVE: linjen, beløbet flyttes til (samme side). Udelades ved CHANGE." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt linje-id." })
  toLineId?: string | null;

  @Field(() => ID, { nullable: true, description: "CHANGE: linjen, der ændres. Udelades ved MOVE." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt linje-id." })
  lineId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "CHANGE: linjen, der finansierer ændringen; udelad den, og angiv grantText, ved ny bevilling. Udelades ved MOVE.",
  })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt linje-id." })
  financingLineId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "CHANGE uden financingLineId: den nye bevilling (tillægsbevilling) i tekst, højst 1000 tegn.",
  })
  @IsOptional()
  @MaxLength(1000)
  grantText?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "CHANGE ved ny bevilling: den indtægtslinje, bevillingen bogføres på (samme beløb som ændringen). Angiv den eller grantIncomeLineName.",
  })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt linje-id." })
  grantIncomeLineId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "CHANGE ved ny bevilling: navnet på en ny indtægtslinje, der oprettes i samme ændring og får bevillingen (1–200 tegn).",
  })
  @IsOptional()
  @MinLength(1, { message: "Skriv navnet på den nye indtægtslinje." })
  @MaxLength(200, { message: "Linjens navn må højst være 200 tegn." })
  grantIncomeLineName?: string | null;

  @Field({ description: "Hvorfor: vises i historikken og for styregruppen." })
  @MinLength(3, { message: "Skriv en begrundelse (mindst 3 tegn)." })
  @MaxLength(2000)
  reason!: string;

  @Field(() => [ExpectedLineVersion], {
    description:
      "Versionen af hver berørt linje (fra- og til-linje, eller linje og finansieringslinje): send den version, skærmen viste; ellers CONFLICT. Mangler en, svares BAD_USER_INPUT.",
  })
  @ValidateNested({ each: true })
  expectedLineVersions!: ExpectedLineVersion[];
}

@InputType({ description: "Styregruppens afgørelse af en ændring, der afventer godkendelse." })
export class DecideBudgetChangeInput {
  @Field(() => ID, { description: "Id på ændringen, der afventer godkendelse (status PENDING)." })
  @IsUUID("all", { message: "Ukendt ændrings-id." })
  changeId!: string;

  @Field({ description: "true: godkend og gennemfør; false: afvis." })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: "Kommentar til afgørelsen (højst 2000 tegn); vises i historikken." })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;

  @Field(() => Int, { description: "Ændringens version, som skærmen viste den." })
  expectedVersion!: number;
}

@InputType({ description: "Styregruppen godkender budgettet: det låses som det oprindelige budget." })
export class ApproveBudgetInput {
  @Field(() => ID, { description: "Id på budgettet, der godkendes (status SUBMITTED)." })
  @IsUUID("all", { message: "Ukendt budget-id." })
  budgetId!: string;

  @Field(() => Int, { description: "Budgettets version (Budget.version): send den version, skærmen viste; ellers CONFLICT." })
  expectedVersion!: number;
}
