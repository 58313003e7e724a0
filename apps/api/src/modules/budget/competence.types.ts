import type { Ore } from "@overblik/domain";
import { IsIn, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../common/scalars.js";

@ObjectType("CompetenceActivity", { description: "En planlagt aktivitet i en kompetenceudviklingspulje; derefter afholdt eller aflyst." })
export class CompetenceActivityType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: "Målgruppe, fx tværfagligt team; tovholdere og jobcentermedarbejdere." })
  targetGroup!: string;

  @Field(() => MoneyScalar)
  plannedCost!: Ore;

  @Field(() => Int)
  plannedParticipants!: number;

  @Field({ description: "ÅÅÅÅ-MM-DD." })
  plannedDate!: string;

  @Field({ description: "PLANNED (planlagt), HELD (afholdt) eller CANCELLED (aflyst)." })
  status!: string;

  @Field(() => Int, { nullable: true })
  actualParticipants!: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  actualCost!: Ore | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Planlagt pris pr. deltager." })
  plannedCostPerParticipant!: Ore | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Faktisk pris pr. deltager (afholdte aktiviteter)." })
  actualCostPerParticipant!: Ore | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType("CompetencePoolSummary", { description: "Puljens forbrug: planlagt mod faktisk, og pris pr. deltager." })
export class CompetencePoolSummaryType {
  @Field(() => MoneyScalar, { description: "Sum af planlagte omkostninger for ikke-aflyste aktiviteter." })
  planned!: Ore;

  @Field(() => MoneyScalar, { description: "Faktisk forbrug: afholdte aktiviteters faktiske omkostninger." })
  spent!: Ore;

  @Field(() => MoneyScalar, { description: "Puljen minus forbrug minus planlagt for endnu ikke afholdte aktiviteter." })
  uncommitted!: Ore;

  @Field(() => Int)
  plannedParticipants!: number;

  @Field(() => Int)
  actualParticipants!: number;

  @Field(() => MoneyScalar, { nullable: true })
  plannedCostPerParticipant!: Ore | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Afholdte aktiviteters faktiske omkostning / faktiske deltagere." })
  actualCostPerParticipant!: Ore | null;
}

@InputType()
export class AddCompetenceActivityInput {
  @Field(() => ID)
  @IsUUID("all", { message: "Ukendt pulje." })
  poolId!: string;

  @Field()
  @MinLength(2, { message: "Giv aktiviteten et navn." })
  @MaxLength(300)
  name!: string;

  @Field()
  @MinLength(2, { message: "Angiv målgruppen." })
  @MaxLength(300)
  targetGroup!: string;

  @Field(() => MoneyScalar)
  plannedCost!: Ore;

  @Field(() => Int)
  @Min(1, { message: "Mindst én planlagt deltager." })
  @Max(100_000)
  plannedParticipants!: number;

  @Field()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Datoen skal skrives ÅÅÅÅ-MM-DD." })
  plannedDate!: string;
}

@InputType({ description: "Registrér at en aktivitet er afholdt (med faktiske deltagere og omkostning) eller aflyst." })
export class RecordCompetenceActivityInput {
  @Field(() => ID)
  @IsUUID("all", { message: "Ukendt aktivitet." })
  activityId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field({ description: "HELD, CANCELLED eller PLANNED." })
  @IsIn(["HELD", "CANCELLED", "PLANNED"], { message: "Status skal være HELD, CANCELLED eller PLANNED." })
  status!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  actualParticipants?: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  @IsOptional()
  actualCost?: Ore | null;
}
