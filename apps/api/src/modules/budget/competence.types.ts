import type { Ore } from "@overblik/domain";
import { IsIn, IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../common/scalars.js";
import { IsIsoDate } from "../../common/validation.js";

@ObjectType("CompetenceActivity", { description: "En planlagt aktivitet i en kompetenceudviklingspulje; derefter afholdt eller aflyst." })
export class CompetenceActivityType {
  @Field(() => ID, { description: "Aktivitetens id." })
  id!: string;

  @Field({ description: 'Aktivitetens navn, fx "Spørgeteknikker til den indledende samtale".' })
  name!: string;

  @Field({ description: "Målgruppe, fx tværfagligt team; tovholdere og jobcentermedarbejdere." })
  targetGroup!: string;

  @Field(() => MoneyScalar, { description: "Planlagt omkostning i kroner (Money)." })
  plannedCost!: Ore;

  @Field(() => Int, { description: "Planlagt antal deltagere." })
  plannedParticipants!: number;

  @Field({ description: "ÅÅÅÅ-MM-DD." })
  plannedDate!: string;

  @Field({ description: "PLANNED (planlagt), HELD (afholdt) eller CANCELLED (aflyst)." })
  status!: string;

  @Field(() => Int, { nullable: true, description: "Faktisk antal deltagere; kun for afholdte aktiviteter (HELD), ellers null." })
  actualParticipants!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Faktisk omkostning i kroner (Money); kun for afholdte aktiviteter (HELD), ellers null.",
  })
  actualCost!: Ore | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Planlagt pris pr. deltager." })
  plannedCostPerParticipant!: Ore | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Faktisk pris pr. deltager (afholdte aktiviteter)." })
  actualCostPerParticipant!: Ore | null;

  @Field(() => Int, {
    description: "Versionsnummer til optimistisk låsning (expectedVersion i recordCompetenceActivity): send den version, skærmen viste; ellers CONFLICT.",
  })
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

  @Field(() => Int, { description: "Planlagte deltagere i alle ikke-aflyste aktiviteter." })
  plannedParticipants!: number;

  @Field(() => Int, { description: "Faktiske deltagere i afholdte aktiviteter." })
  actualParticipants!: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Planlagt omkostning / planlagte deltagere (ikke-aflyste aktiviteter), i kroner; null uden deltagere.",
  })
  plannedCostPerParticipant!: Ore | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Afholdte aktiviteters faktiske omkostning / faktiske deltagere." })
  actualCostPerParticipant!: Ore | null;
}

@InputType({ description: "Planlæg en aktivitet i en kompetenceudviklingspulje; den oprettes med status PLANNED." })
export class AddCompetenceActivityInput {
  @Field(() => ID, { description: "Puljens id." })
  @IsUUID("all", { message: "Ukendt pulje." })
  poolId!: string;

  @Field({ description: "Aktivitetens navn (2–300 tegn)." })
  @MinLength(2, { message: "Giv aktiviteten et navn." })
  @MaxLength(300)
  name!: string;

  @Field({ description: "Målgruppen (2–300 tegn), fx tværfagligt team; tovholdere og jobcentermedarbejdere." })
  @MinLength(2, { message: "Angiv målgruppen." })
  @MaxLength(300)
  targetGroup!: string;

  @Field(() => MoneyScalar, { description: 'Planlagt omkostning i kroner (Money), fx "25000.00"; ikke negativ.' })
  plannedCost!: Ore;

  @Field(() => Int, { description: "Planlagt antal deltagere (1–100.000)." })
  @Min(1, { message: "Mindst én planlagt deltager." })
  @Max(100_000)
  plannedParticipants!: number;

  @Field({ description: "Planlagt dato, ÅÅÅÅ-MM-DD." })
  @IsIsoDate()
  plannedDate!: string;
}

@InputType({ description: "Registrér at en aktivitet er afholdt (med faktiske deltagere og omkostning) eller aflyst." })
export class RecordCompetenceActivityInput {
  @Field(() => ID, { description: "Aktivitetens id." })
  @IsUUID("all", { message: "Ukendt aktivitet." })
  activityId!: string;

  @Field(() => Int, { description: "Aktivitetens version (CompetenceActivity.version): send den version, skærmen viste; ellers CONFLICT." })
  expectedVersion!: number;

  @Field({ description: "HELD, CANCELLED eller PLANNED." })
  @IsIn(["HELD", "CANCELLED", "PLANNED"], { message: "Status skal være HELD, CANCELLED eller PLANNED." })
  status!: string;

  @Field(() => Int, { nullable: true, description: "Faktisk antal deltagere (0 eller flere); påkrævet ved HELD, ignoreres ellers." })
  @IsOptional()
  @Min(0)
  actualParticipants?: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Faktisk omkostning i kroner (Money), ikke negativ; påkrævet ved HELD, ignoreres ellers.",
  })
  @IsOptional()
  actualCost?: Ore | null;
}
