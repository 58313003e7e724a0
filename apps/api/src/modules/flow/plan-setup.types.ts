import { IsIn, IsInt, IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IsIsoDate } from "../../common/validation.js";
import { CapacityPlanType } from "./flow.types.js";

export const GOAL_INDICATORS = ["ACTION_PLAN_JOB_AIM", "COMPANY_PLACEMENT", "JOB_OR_EDUCATION", "REMATCHED"] as const;

@ObjectType("GoalDefinition", {
  description: "Et mål, som lederen eller tovholderen har skrevet det: indikator, mål i procent eller antal, udgangspunkt og dato.",
})
export class GoalDefinitionType {
  @Field(() => ID, { description: "Målet." })
  id!: string;

  @Field({ description: "Navnet." })
  name!: string;

  @Field({ description: "Indikatoren: ACTION_PLAN_JOB_AIM, COMPANY_PLACEMENT, JOB_OR_EDUCATION eller REMATCHED." })
  indicator!: string;

  @Field(() => Int, { nullable: true, description: "Målet i procent (0–100), eller null når målet er et antal." })
  targetPercent!: number | null;

  @Field(() => Int, { nullable: true, description: "Målet i antal borgere, eller null når målet er en andel." })
  targetCount!: number | null;

  @Field(() => Int, { nullable: true, description: "Udgangspunktet i procent, eller null." })
  baselinePercent!: number | null;

  @Field(() => String, { nullable: true, description: "Datoen, målet skal være nået (ÅÅÅÅ-MM-DD), eller null." })
  targetDate!: string | null;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning: send det, skærmen viste; ellers CONFLICT." })
  version!: number;
}

/** The fields a goal is written with (create and update). */
@InputType("GoalFieldsInput", { description: "Et måls felter (fælles for oprettelse og rettelse)." })
abstract class GoalFieldsInput {
  @Field({ description: 'Navnet, fx "Andel i job eller ordinær uddannelse".' })
  @MinLength(2, { message: "Skriv målets navn." })
  @MaxLength(300, { message: "Navnet må højst være 300 tegn." })
  name!: string;

  @Field({ description: "Indikatoren: ACTION_PLAN_JOB_AIM, COMPANY_PLACEMENT, JOB_OR_EDUCATION eller REMATCHED." })
  @IsIn([...GOAL_INDICATORS], { message: "Vælg en indikator." })
  indicator!: string;

  @Field(() => Int, { nullable: true, description: "Målet i procent (0–100). Angiv enten procent eller antal." })
  @IsOptional()
  @IsInt({ message: "Målet i procent skal være et helt tal." })
  @Min(0, { message: "Målet i procent skal være mellem 0 og 100." })
  @Max(100, { message: "Målet i procent skal være mellem 0 og 100." })
  targetPercent?: number | null;

  @Field(() => Int, { nullable: true, description: "Målet i antal borgere (0 eller flere). Angiv enten procent eller antal." })
  @IsOptional()
  @IsInt({ message: "Målet i antal skal være et helt tal." })
  @Min(0, { message: "Målet i antal må ikke være negativt." })
  @Max(1_000_000, { message: "Målet i antal må højst være 1.000.000." })
  targetCount?: number | null;

  @Field(() => Int, { nullable: true, description: "Udgangspunktet i procent (0–100), valgfrit." })
  @IsOptional()
  @IsInt({ message: "Udgangspunktet skal være et helt tal." })
  @Min(0, { message: "Udgangspunktet skal være mellem 0 og 100." })
  @Max(100, { message: "Udgangspunktet skal være mellem 0 og 100." })
  baselinePercent?: number | null;

  @Field(() => String, { nullable: true, description: "Datoen, målet skal være nået (ÅÅÅÅ-MM-DD), valgfri." })
  @IsOptional()
  @IsIsoDate({ message: "Måldatoen skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD." })
  targetDate?: string | null;
}

@InputType({ description: "Opret et mål for projektet." })
export class CreateGoalInput extends GoalFieldsInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;
}

@InputType({ description: "Ret et mål; alle felter sendes, som skærmen viser dem." })
export class UpdateGoalInput extends GoalFieldsInput {
  @Field(() => ID, { description: "Målet." })
  @IsUUID("all", { message: "Ukendt mål." })
  goalId!: string;

  @Field(() => Int, { description: "Målets version, som skærmen viste den." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;
}

@InputType({ description: "Slet et mål." })
export class DeleteGoalInput {
  @Field(() => ID, { description: "Målet." })
  @IsUUID("all", { message: "Ukendt mål." })
  goalId!: string;

  @Field(() => Int, { description: "Målets version, som skærmen viste den." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;
}

/** The fields a milestone is written with (create and update). */
@InputType("MilestoneFieldsInput", { description: "En milepæls felter (fælles for oprettelse og rettelse)." })
abstract class MilestoneFieldsInput {
  @Field({ description: 'Navnet, fx "Teamet i drift".' })
  @MinLength(2, { message: "Skriv milepælens navn." })
  @MaxLength(300, { message: "Navnet må højst være 300 tegn." })
  name!: string;

  @Field({ description: "Frist (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate({ message: "Fristen skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD." })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: "Hvem er ansvarlig (valgfri; tom: ingen)." })
  @IsOptional()
  @MaxLength(200, { message: "Den ansvarlige må højst være 200 tegn." })
  responsible?: string | null;
}

@InputType({ description: "Opret en milepæl i projektets tidsplan." })
export class CreateMilestoneInput extends MilestoneFieldsInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;
}

@InputType({ description: "Ret en milepæl; alle felter sendes, som skærmen viser dem." })
export class UpdateMilestoneInput extends MilestoneFieldsInput {
  @Field(() => ID, { description: "Milepælen." })
  @IsUUID("all", { message: "Ukendt milepæl." })
  milestoneId!: string;

  @Field(() => Int, { description: "Milepælens version, som skærmen viste den." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "Datoen, milepælen blev nået (ÅÅÅÅ-MM-DD), eller null når den ikke er nået." })
  @IsOptional()
  @IsIsoDate({ message: "Datoen skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD." })
  doneDate?: string | null;
}

@InputType({ description: "Slet en milepæl." })
export class DeleteMilestoneInput {
  @Field(() => ID, { description: "Milepælen." })
  @IsUUID("all", { message: "Ukendt milepæl." })
  milestoneId!: string;

  @Field(() => Int, { description: "Milepælens version, som skærmen viste den." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;
}

@InputType({ description: "Sæt projektets forløbsplan: samtaleperioden, teamets periode, mødeintervallet og dagsordenens grænse." })
export class SetFlowPlanInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => Int, { nullable: true, description: "Forløbsplanens version, som skærmen viste den; udelades, når projektet ikke har en forløbsplan endnu." })
  @IsOptional()
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion?: number | null;

  @Field({ description: "Første dag for indledende samtaler (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate({ message: "Samtaleperiodens start skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD." })
  conversationStart!: string;

  @Field({ description: "Sidste dag for indledende samtaler (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate({ message: "Samtaleperiodens slut skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD." })
  conversationEnd!: string;

  @Field({ description: "Teamets første dag (ÅÅÅÅ-MM-DD); det første møde holdes denne dag." })
  @IsIsoDate({ message: "Teamets start skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD." })
  teamStart!: string;

  @Field({ description: "Teamets sidste dag (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate({ message: "Teamets slut skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD." })
  teamEnd!: string;

  @Field(() => Int, { description: "Dage mellem teammøderne (1–90), fx 14." })
  @IsInt({ message: "Mødeintervallet skal være et helt antal dage." })
  @Min(1, { message: "Mødeintervallet skal være mellem 1 og 90 dage." })
  @Max(90, { message: "Mødeintervallet skal være mellem 1 og 90 dage." })
  meetingIntervalDays!: number;

  @Field(() => Int, { description: "Højst antal borgere pr. møde (1–20)." })
  @IsInt({ message: "Højst antal borgere pr. møde skal være et helt tal." })
  @Min(1, { message: "Højst antal borgere pr. møde skal være mellem 1 og 20." })
  @Max(20, { message: "Højst antal borgere pr. møde skal være mellem 1 og 20." })
  maxCitizensPerMeeting!: number;

  @Field(() => Int, { description: "Minutter pr. borger på et teammøde (5–240)." })
  @IsInt({ message: "Minutter pr. borger skal være et helt tal." })
  @Min(5, { message: "Minutter pr. borger skal være mellem 5 og 240." })
  @Max(240, { message: "Minutter pr. borger skal være mellem 5 og 240." })
  minutesPerCitizen!: number;
}

@ObjectType("FlowPlan", { description: "Projektets forløbsplan, som den er skrevet, med kapacitetsplanen og de møder, planen mangler." })
export class FlowPlanType {
  projectId!: string;

  @Field({ description: "Første dag for indledende samtaler (ÅÅÅÅ-MM-DD)." })
  conversationStart!: string;

  @Field({ description: "Sidste dag for indledende samtaler (ÅÅÅÅ-MM-DD)." })
  conversationEnd!: string;

  @Field({ description: "Teamets første dag (ÅÅÅÅ-MM-DD)." })
  teamStart!: string;

  @Field({ description: "Teamets sidste dag (ÅÅÅÅ-MM-DD)." })
  teamEnd!: string;

  @Field(() => Int, { description: "Dage mellem teammøderne." })
  meetingIntervalDays!: number;

  @Field(() => Int, { description: "Højst antal borgere pr. møde." })
  maxCitizensPerMeeting!: number;

  @Field(() => Int, { description: "Minutter pr. borger på et teammøde." })
  minutesPerCitizen!: number;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning: send det, skærmen viste; ellers CONFLICT." })
  version!: number;

  @Field(() => CapacityPlanType, { description: "Kapacitetsplanen beregnet af forløbsplanen (tempo pr. uge, teamtimer, pladser)." })
  capacityPlan!: CapacityPlanType;

  @Field(() => Int, {
    description:
      "Antal datoer i teamets periode efter mødeintervallet, der endnu ikke har et møde: dem, »Opret møder efter forløbsplanen« (generateTeamMeetings) tilføjer.",
  })
  missingMeetings!: number;
}
