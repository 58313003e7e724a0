import type { Ore } from "@overblik/domain";
import { IsUUID, Max, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../common/scalars.js";
import { ProjectStatusEnum, RoleEnum } from "../../common/enums.js";

@ObjectType("Organisation", { description: "En kommune, et jobcenter eller en forvaltning." })
export class OrganisationType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: "KOMMUNE, JOBCENTER, SOCIALFORVALTNING eller ANDEN." })
  kind!: string;

  @Field()
  municipality!: string;
}

@ObjectType("Project", { description: "Et tidsbegrænset beskæftigelsesprojekt." })
export class ProjectType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Kort kode, også præfiks for deltagerkoder ("BFA" → "BFA-0042").' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: "Projektets startdato (ISO 8601, ÅÅÅÅ-MM-DD)." })
  startDate!: string;

  @Field({ description: "Projektets slutdato (ISO 8601, ÅÅÅÅ-MM-DD)." })
  endDate!: string;

  @Field(() => Int, { nullable: true, description: "Målgruppens størrelse som projektets dokumenter angiver den." })
  targetSize!: number | null;

  @Field(() => ProjectStatusEnum)
  status!: ProjectStatusEnum;

  @Field()
  funding!: string;

  @Field(() => MoneyScalar, {
    description: "Budgetjusteringer, der flytter mere end dette beløb på en linje, skal godkendes af styregruppen (standard 50.000 kr.).",
  })
  approvalThreshold!: Ore;

  @Field(() => Int)
  version!: number;
}

@InputType({ description: "Styregruppen sætter projektets tærskel for godkendelse af budgetjusteringer." })
export class SetApprovalThresholdInput {
  @Field(() => ID)
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => MoneyScalar)
  amount!: Ore;

  @Field(() => Int, { description: "Projektets version, som skærmen viste den." })
  expectedVersion!: number;
}

@ObjectType({ description: "En side af projekter." })
export class ProjectList {
  @Field(() => [ProjectType])
  items!: ProjectType[];

  @Field(() => Int)
  totalCount!: number;
}

@ArgsType()
export class ProjectListArgs {
  @Field(() => Int, { defaultValue: 50, description: "Højst 100." })
  @Min(1)
  @Max(100)
  take!: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  skip!: number;
}

@ObjectType("ProjectMembership", { description: "Brugerens rolle i et projekt." })
export class MembershipType {
  projectId!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;
}
