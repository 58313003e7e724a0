import type { Ore } from "@overblik/domain";
import { IsUUID, Max, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../common/scalars.js";
import { ProjectStatusEnum, RoleEnum } from "../../common/enums.js";

@ObjectType("Organisation", { description: "En kommune, et jobcenter eller en forvaltning." })
export class OrganisationType {
  @Field(() => ID, { description: "Organisationens id." })
  id!: string;

  @Field({ description: 'Organisationens navn, fx "Jobcenter Vallensbæk".' })
  name!: string;

  @Field({ description: "KOMMUNE, JOBCENTER, SOCIALFORVALTNING eller ANDEN." })
  kind!: string;

  @Field({ description: 'Den eller de kommuner, organisationen hører til, fx "Ishøj og Vallensbæk".' })
  municipality!: string;
}

@ObjectType("Project", { description: "Et tidsbegrænset beskæftigelsesprojekt." })
export class ProjectType {
  @Field(() => ID, { description: "Projektets id." })
  id!: string;

  @Field({ description: 'Kort kode, også præfiks for deltagerkoder ("BFA" → "BFA-0042").' })
  code!: string;

  @Field({ description: 'Projektets navn, fx "Brug for alle".' })
  name!: string;

  @Field({ description: "Kort beskrivelse af projektet; tom streng, hvis ingen er angivet." })
  description!: string;

  @Field({ description: "Projektets startdato (ISO 8601, ÅÅÅÅ-MM-DD)." })
  startDate!: string;

  @Field({ description: "Projektets slutdato (ISO 8601, ÅÅÅÅ-MM-DD)." })
  endDate!: string;

  @Field(() => Int, { nullable: true, description: "Målgruppens størrelse som projektets dokumenter angiver den." })
  targetSize!: number | null;

  @Field(() => ProjectStatusEnum, { description: "Projektets fase: planlagt, i gang eller afsluttet." })
  status!: ProjectStatusEnum;

  @Field({ description: 'Hvor pengene kommer fra, i tekst, fx "National pulje"; tom streng, hvis ikke angivet.' })
  funding!: string;

  @Field(() => MoneyScalar, {
    description: "Budgetjusteringer, der flytter mere end dette beløb på en linje, skal godkendes af styregruppen (standard 50.000 kr.).",
  })
  approvalThreshold!: Ore;

  @Field({ description: 'Målgruppens matchgruppe i tekst, fx "Matchgruppe 3 (aktivitetsparate)"; tom streng, hvis ikke angivet.' })
  matchGroup!: string;

  @Field({ description: "Hvem der kan visiteres til projektet, i tekst; tom streng, hvis ikke angivet." })
  eligibility!: string;

  @Field({ description: "Puljen, der finansierer projektet; tom streng, hvis ikke angivet. Feltet funding er afledt af puljen og medfinansieringen." })
  poolName!: string;

  @Field(() => Int, { nullable: true, description: "Kommunal medfinansiering i procent (0–100), eller null." })
  coFinancingPercent!: number | null;

  @Field(() => Int, { nullable: true, description: "Prisniveau (p/l-år), budgettets beløb er opgjort i, eller null." })
  priceLevelYear!: number | null;

  @Field(() => String, { nullable: true, description: "Hvornår projektet blev lukket (ISO 8601), eller null." })
  closedAt!: string | null;

  @Field(() => Int, {
    description: "Versionsnummer til optimistisk låsning (expectedVersion i setApprovalThreshold): send den version, skærmen viste; ellers CONFLICT.",
  })
  version!: number;
}

@InputType({ description: "Styregruppen sætter projektets tærskel for godkendelse af budgetjusteringer." })
export class SetApprovalThresholdInput {
  @Field(() => ID, { description: "Projektets id." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => MoneyScalar, { description: 'Den nye tærskel i kroner (Money), fx "50000.00"; ikke negativ.' })
  amount!: Ore;

  @Field(() => Int, { description: "Projektets version, som skærmen viste den." })
  expectedVersion!: number;
}

@ObjectType({ description: "En side af projekter." })
export class ProjectList {
  @Field(() => [ProjectType], { description: "Projekterne på denne side, efter startdato og navn." })
  items!: ProjectType[];

  @Field(() => Int, { description: "Antal projekter i alt, brugeren kan se (ikke kun på denne side)." })
  totalCount!: number;
}

@ArgsType()
export class ProjectListArgs {
  @Field(() => Int, { defaultValue: 50, description: "Højst 100." })
  @Min(1)
  @Max(100)
  take!: number;

  @Field(() => Int, { defaultValue: 0, description: "Antal projekter, der springes over (sideinddeling); standard 0." })
  @Min(0)
  skip!: number;
}

@ObjectType("ProjectMembership", { description: "Brugerens rolle i et projekt." })
export class MembershipType {
  projectId!: string;

  @Field(() => RoleEnum, { description: "Brugerens rolle i projektet." })
  role!: RoleEnum;
}
