import type { Hundredths, Ore } from "@overblik/domain";
import { IsBoolean, IsIn, IsOptional, IsUUID, Matches, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MoneyScalar, QuantityScalar } from "../../common/scalars.js";
import { IsIsoDate, IsIsoMonth } from "../../common/validation.js";

@ObjectType("Intervention", { description: "En indsats i ydelseskataloget." })
export class InterventionType {
  @Field(() => ID, { description: "Indsatsen." })
  id!: string;

  @Field({ description: "Navnet." })
  name!: string;

  @Field({ description: "Område: EMPLOYMENT (beskæftigelse), SOCIAL eller HEALTH (sundhed)." })
  area!: string;

  @Field({ description: "Leverandøren." })
  supplier!: string;

  @Field({ description: "Enheden, fx forløb, time, uge." })
  unit!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Pris pr. enhed." })
  unitCost!: Ore | null;

  @Field(() => [String], { description: "De Faxe-profiler, indsatsen passer til." })
  profiles!: string[];

  @Field({ description: "Om indsatsen tilbydes nu." })
  active!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "Den budgetlinje, leverede enheder tæller som aktivitet på (når linjens aktivitetskilde er INTERVENTION_UNITS); null: ingen.",
  })
  budgetLineId!: string | null;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning." })
  version!: number;
}

@InputType({ description: "Tilføj en indsats til kataloget." })
export class AddInterventionInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field({ description: "Navnet." })
  @MinLength(2, { message: "Giv indsatsen et navn." })
  @MaxLength(300)
  name!: string;

  @Field({ description: "EMPLOYMENT, SOCIAL eller HEALTH." })
  @IsIn(["EMPLOYMENT", "SOCIAL", "HEALTH"], { message: "Området skal være EMPLOYMENT, SOCIAL eller HEALTH." })
  area!: string;

  @Field({ description: "Leverandøren." })
  @MaxLength(300)
  supplier!: string;

  @Field({ description: "Enheden." })
  @MaxLength(100)
  unit!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Pris pr. enhed." })
  unitCost?: Ore | null;

  @Field(() => [String], { description: "Profiler, den passer til." })
  profiles!: string[];

  @Field(() => ID, { nullable: true, description: "Budgetlinjen, leverede enheder tæller på; udelad for ingen." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt budgetlinje." })
  budgetLineId?: string | null;
}

@InputType({ description: "Knyt en indsats i kataloget til den budgetlinje, der betaler den." })
export class SetInterventionBudgetLineInput {
  @Field(() => ID, { description: "Indsatsen." })
  @IsUUID("all", { message: "Ukendt indsats." })
  interventionId!: string;

  @Field(() => ID, { nullable: true, description: "Budgetlinjen; null fjerner koblingen." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt budgetlinje." })
  budgetLineId?: string | null;

  @Field(() => Int, { description: "Indsatsens version, som skærmen viste den." })
  expectedVersion!: number;
}

@InputType({ description: "Registrér leverede enheder af en indsats i en borgers plan (fx 3 timer social mentor)." })
export class RecordInterventionUnitsInput {
  @Field(() => ID, { description: "Planpunktet." })
  @IsUUID("all", { message: "Ukendt planpunkt." })
  itemId!: string;

  @Field({ description: "Leveringsdato (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate()
  date!: string;

  @Field(() => QuantityScalar, { description: 'Antal enheder i katalogets enhed, fx "3" eller "1.5"; større end 0.' })
  quantity!: Hundredths;

  @Field(() => Int, { description: "Planpunktets version, som skærmen viste den." })
  expectedVersion!: number;
}

@InputType({ description: "Lad en rematchet borger blive i teamets kø (eller ej)." })
export class SetKeepInTeamQueueInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field({ description: "true: borgeren bliver i teamets kø, selv om vedkommende er rematchet til match 2." })
  @IsBoolean()
  keep!: boolean;
}

@ObjectType("ActionPlanItem", { description: "En indsats i borgerens indsatsplan, måned for måned." })
export class ActionPlanItemType {
  @Field(() => ID, { description: "Planpunktet." })
  id!: string;

  participantId!: string;

  @Field(() => InterventionType, { description: "Indsatsen fra kataloget." })
  intervention!: InterventionType;

  @Field({ description: "Den ansvarlige enhed (Jobcenter, Sundhedscenter, Familiecenter, UU, Lægekonsulent, Socialcenter …)." })
  responsibleUnit!: string;

  @Field({ description: "Første måned (ÅÅÅÅ-MM)." })
  startMonth!: string;

  @Field({ description: "Sidste måned (ÅÅÅÅ-MM)." })
  endMonth!: string;

  @Field({ description: "PLANNED (planlagt), IN_PROGRESS (i gang), INTERRUPTED (afbrudt) eller COMPLETED (gennemført)." })
  status!: string;

  @Field({ description: "Planen sigter mod job eller ordinær uddannelse." })
  jobOrEducationAim!: boolean;

  @Field(() => QuantityScalar, { description: "Leverede enheder indtil nu, i katalogets enhed." })
  unitsDelivered!: Hundredths;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning: send det, skærmen viste; ellers CONFLICT." })
  version!: number;
}

@InputType({ description: "Tilføj en indsats til en borgers indsatsplan." })
export class AddPlanItemInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field(() => ID, { description: "Indsatsen fra kataloget." })
  @IsUUID("all", { message: "Ukendt indsats." })
  interventionId!: string;

  @Field({ description: "Den ansvarlige enhed." })
  @MinLength(2, { message: "Angiv den ansvarlige enhed." })
  @MaxLength(200)
  responsibleUnit!: string;

  @Field({ description: "Første måned (ÅÅÅÅ-MM)." })
  @IsIsoMonth()
  startMonth!: string;

  @Field({ description: "Sidste måned (ÅÅÅÅ-MM)." })
  @IsIsoMonth()
  endMonth!: string;

  @Field({ defaultValue: false, description: "Sigter mod job eller ordinær uddannelse." })
  @IsBoolean()
  jobOrEducationAim!: boolean;
}

@InputType({ description: "Skift status på et planpunkt." })
export class SetPlanItemStatusInput {
  @Field(() => ID, { description: "Planpunktet." })
  @IsUUID("all", { message: "Ukendt planpunkt." })
  itemId!: string;

  @Field({ description: "PLANNED, IN_PROGRESS, INTERRUPTED eller COMPLETED." })
  @IsIn(["PLANNED", "IN_PROGRESS", "INTERRUPTED", "COMPLETED"], { message: "Ukendt status." })
  status!: string;

  @Field(() => Int, { description: "Planpunktets version, som skærmen viste den." })
  expectedVersion!: number;
}

@ObjectType("PlanAlert", { description: "En advarsel fra en ansvarlig enhed: borgeren følger ikke en indsats." })
export class PlanAlertType {
  @Field(() => ID, { description: "Advarslen." })
  id!: string;

  @Field(() => ID, { description: "Deltageren." })
  participantId!: string;

  @Field({ description: "Deltagerkoden." })
  participantCode!: string;

  @Field(() => ID, { description: "Planpunktet." })
  actionPlanItemId!: string;

  @Field({ description: "Indsatsens navn." })
  interventionName!: string;

  @Field({ description: "Den enhed, der meldte." })
  reportedByUnit!: string;

  @Field({ description: "Hvornår (ISO 8601)." })
  reportedAt!: string;

  @Field(() => String, { nullable: true, description: "Meldingen." })
  message!: string | null;

  @Field(() => String, { nullable: true, description: "Tovholderens opfølgning." })
  followUp!: string | null;

  @Field(() => String, { nullable: true, description: "Hvornår den blev fulgt op (ISO 8601), eller null når den er åben." })
  resolvedAt!: string | null;
}

@InputType({ description: "Meld at borgeren ikke følger en indsats." })
export class ReportNonComplianceInput {
  @Field(() => ID, { description: "Planpunktet." })
  @IsUUID("all", { message: "Ukendt planpunkt." })
  itemId!: string;

  @Field({ description: "Den enhed, der melder." })
  @MinLength(2, { message: "Angiv enheden." })
  @MaxLength(200)
  reportedByUnit!: string;

  @Field(() => String, { nullable: true, description: "Meldingen (fritekst)." })
  @IsOptional()
  @MaxLength(2000)
  message?: string | null;
}

@InputType({ description: "Tovholderens opfølgning på en advarsel." })
export class ResolveAlertInput {
  @Field(() => ID, { description: "Advarslen." })
  @IsUUID("all", { message: "Ukendt advarsel." })
  alertId!: string;

  @Field({ description: "Opfølgningen (fritekst)." })
  @MinLength(3, { message: "Beskriv opfølgningen." })
  @MaxLength(2000)
  followUp!: string;
}

@ObjectType("Outcome", { description: "Et resultat med dato." })
export class OutcomeType {
  @Field(() => ID, { description: "Resultatet." })
  id!: string;

  @Field({
    description: "JOB, EDUCATION, REMATCHED_2 (rematchet til match 2), PASSIVE (fortsat passiv) eller PENSION_RECOMMENDED (indstillet til førtidspension).",
  })
  kind!: string;

  @Field({ description: "Dato (ÅÅÅÅ-MM-DD)." })
  date!: string;

  @Field(() => String, { nullable: true, description: "Timer om ugen i ordinær beskæftigelse, hvor det er registreret." })
  hoursPerWeek!: string | null;
}

@InputType({ description: "Registrér et resultat." })
export class RecordOutcomeInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field({ description: "JOB, EDUCATION, REMATCHED_2, PASSIVE eller PENSION_RECOMMENDED." })
  @IsIn(["JOB", "EDUCATION", "REMATCHED_2", "PASSIVE", "PENSION_RECOMMENDED"], { message: "Ukendt resultat." })
  kind!: string;

  @Field({ description: "Dato (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate()
  date!: string;

  @Field(() => String, { nullable: true, description: 'Timer om ugen i ordinær beskæftigelse, fx "15".' })
  @IsOptional()
  @Matches(/^\d{1,2}(\.\d{1,2})?$/, { message: "Timer skal skrives som et tal, fx 15 eller 7.5." })
  hoursPerWeek?: string | null;
}

@ObjectType("OverviewRow", { description: "Én borger i tovholderens overblik: farve, fase, næste skridt og hvad der er overskredet." })
export class OverviewRowType {
  @Field(() => ID, { description: "Deltageren." })
  participantId!: string;

  @Field({ description: "Deltagerkoden." })
  code!: string;

  @Field(() => String, { nullable: true, description: "Farven." })
  colour!: string | null;

  @Field({ description: "Fasen, afledt af hændelserne." })
  stage!: string;

  @Field({ description: "Fasen på dansk." })
  stageLabel!: string;

  @Field({ description: "Næste skridt." })
  nextStep!: string;

  @Field(() => [String], { description: "Hvad der er overskredet." })
  overdue!: string[];

  @Field(() => Int, { description: "Hastegrad (højere er mere presserende); listen er sorteret efter den." })
  urgency!: number;

  @Field({
    description:
      "Borgeren venter på teamet: samtalen er holdt, borgeren er ikke på en dagsorden og har intet resultat (en rematchet borger kun, hvis markeret til at blive i køen).",
  })
  inTeamQueue!: boolean;

  @Field({ description: "Markeret til at blive i teamets kø, selv om borgeren rematches til match 2." })
  keepInTeamQueue!: boolean;
}
