import { PROJECT_ROLES, type Ore } from "@overblik/domain";
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { RoleEnum } from "../../common/enums.js";
import { MoneyScalar } from "../../common/scalars.js";
import { IsIsoDate } from "../../common/validation.js";

/** The fields of a project's basics, the same for creating and for editing (an edit sends them all). */
@InputType({ description: "Projektets stamdata." })
export abstract class ProjectBasicsInput {
  @Field({ description: 'Projektets navn, fx "Brug for alle" (2–200 tegn).' })
  @MinLength(2, { message: "Skriv projektets navn (mindst 2 tegn)." })
  @MaxLength(200, { message: "Navnet må højst være 200 tegn." })
  name!: string;

  @Field({ description: 'Kort kode, 2–10 bogstaver A–Z eller cifre, præfiks for deltagerkoder; gemmes med store bogstaver (fx "BFA"). Unik.' })
  @Matches(/^[A-Za-z0-9]{2,10}$/, { message: "Koden skal være 2–10 tegn: bogstaverne A–Z og cifre, fx BFA." })
  code!: string;

  @Field(() => [String], { description: 'Kommunerne, der driver projektet (kommunekoder, fx ["183", "187"]); mindst én.' })
  @ArrayMinSize(1, { message: "Vælg mindst én kommune." })
  @ArrayMaxSize(98, { message: "Der er kun 98 kommuner." })
  @Matches(/^[0-9]{3}$/, { each: true, message: "En kommunekode er tre cifre, fx 183." })
  municipalityCodes!: string[];

  @Field({ description: "Startdato (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate({ message: "Startdatoen skal være en rigtig dato (ÅÅÅÅ-MM-DD)." })
  startDate!: string;

  @Field({ description: "Slutdato (ÅÅÅÅ-MM-DD); på eller efter startdatoen." })
  @IsIsoDate({ message: "Slutdatoen skal være en rigtig dato (ÅÅÅÅ-MM-DD)." })
  endDate!: string;

  @Field({ defaultValue: "", description: "Beskrivelse af projektet (højst 4000 tegn)." })
  @MaxLength(4000, { message: "Beskrivelsen må højst være 4000 tegn." })
  description!: string;

  @Field(() => Int, { nullable: true, description: "Målgruppens størrelse (antal borgere), eller null." })
  @IsOptional()
  @IsInt({ message: "Målgruppens størrelse skal være et helt tal." })
  @Min(0, { message: "Målgruppens størrelse kan ikke være negativ." })
  @Max(1_000_000, { message: "Målgruppens størrelse må højst være 1.000.000." })
  targetSize?: number | null;

  @Field({ defaultValue: "", description: 'Matchgruppe i tekst, fx "Matchgruppe 3 (aktivitetsparate)".' })
  @MaxLength(200, { message: "Matchgruppen må højst være 200 tegn." })
  matchGroup!: string;

  @Field({ defaultValue: "", description: "Hvem der kan visiteres (højst 4000 tegn)." })
  @MaxLength(4000, { message: "Visitationsteksten må højst være 4000 tegn." })
  eligibility!: string;

  @Field({ defaultValue: "", description: "Puljens navn (finansiering)." })
  @MaxLength(200, { message: "Puljens navn må højst være 200 tegn." })
  poolName!: string;

  @Field(() => Int, { nullable: true, description: "Kommunal medfinansiering i procent (0–100), eller null." })
  @IsOptional()
  @IsInt({ message: "Medfinansieringen skal være et helt antal procent." })
  @Min(0, { message: "Medfinansieringen skal være mellem 0 og 100 %." })
  @Max(100, { message: "Medfinansieringen skal være mellem 0 og 100 %." })
  coFinancingPercent?: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Godkendelsestærskel for budgetjusteringer i kroner (Money, fx "50000.00"); ikke negativ. Standard 50.000 kr.',
  })
  @IsOptional()
  approvalThreshold?: Ore | null;

  @Field(() => Int, { nullable: true, description: "Prisniveau (p/l-år), fx 2026, eller null." })
  @IsOptional()
  @IsInt({ message: "P/l-året skal være et årstal." })
  @Min(1990, { message: "P/l-året skal være et årstal mellem 1990 og 2100." })
  @Max(2100, { message: "P/l-året skal være et årstal mellem 1990 og 2100." })
  priceLevelYear?: number | null;
}

@InputType({ description: "Et nyt projekt; den, der opretter det, bliver dets leder." })
export class CreateProjectInput extends ProjectBasicsInput {}

@InputType({ description: "Ret projektets stamdata; alle felter sendes (null i et valgfrit felt sletter værdien)." })
export class UpdateProjectInput extends ProjectBasicsInput {
  @Field(() => ID, { description: "Projektets id." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => Int, { description: "Projektets version, som skærmen viste den; ellers CONFLICT." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;
}

@InputType({ description: "Luk projektet: de endelige tal fryses i en lukkepakke, og projektet kan derefter kun læses." })
export class CloseProjectInput {
  @Field(() => ID, { description: "Projektets id." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => Int, { description: "Projektets version, som skærmen viste den; ellers CONFLICT." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;

  @Field({ defaultValue: "", description: "Kommentarer til lukningen, fx evalueringens konklusion (højst 4000 tegn)." })
  @MaxLength(4000, { message: "Kommentarerne må højst være 4000 tegn." })
  comments!: string;
}

const COMPETENCES = ["EMPLOYMENT", "SOCIAL", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "YOUTH_EDUCATION"];

@InputType({ description: "Giv en eksisterende bruger en rolle i projektet." })
export class AddProjectMemberInput {
  @Field(() => ID, { description: "Projektets id." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => ID, { description: "Brugerens id." })
  @IsUUID("all", { message: "Ukendt bruger." })
  userId!: string;

  @Field(() => RoleEnum, { description: "Projektrollen (STYREGRUPPE, LEADER, TOVHOLDER, CASEWORKER eller TEAM_MEMBER)." })
  @IsIn(PROJECT_ROLES, { message: "Vælg en projektrolle: styregruppe, leder, tovholder, sagsbehandler eller teammedlem." })
  role!: RoleEnum;

  @Field(() => String, {
    nullable: true,
    description: "Teammedlemmets kompetence (EMPLOYMENT, SOCIAL, PHYSICAL_HEALTH, MENTAL_HEALTH, YOUTH_EDUCATION); kræves for TEAM_MEMBER.",
  })
  @IsOptional()
  @IsIn(COMPETENCES, { message: "Ukendt kompetence." })
  competence?: string | null;

  @Field(() => String, { nullable: true, description: 'Teammedlemmets titel, fx "Lægekonsulent"; for TEAM_MEMBER (standard: kompetencens navn).' })
  @IsOptional()
  @MaxLength(200, { message: "Titlen må højst være 200 tegn." })
  title?: string | null;

  @Field(() => Float, { nullable: true, description: "Teammedlemmets timer om ugen i projektet (over 0, højst 80, én decimal)." })
  @IsOptional()
  @Min(0.1, { message: "Timer om ugen skal være over 0." })
  @Max(80, { message: "Timer om ugen må højst være 80." })
  hoursPerWeek?: number | null;
}

@InputType({ description: "Tag en rolle fra en bruger i projektet; virker fra brugerens næste forespørgsel." })
export class RemoveProjectMemberInput {
  @Field(() => ID, { description: "Projektets id." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => ID, { description: "Brugerens id." })
  @IsUUID("all", { message: "Ukendt bruger." })
  userId!: string;

  @Field(() => RoleEnum, { description: "Rollen, der fjernes." })
  @IsIn(PROJECT_ROLES, { message: "Vælg en projektrolle." })
  role!: RoleEnum;
}

@ObjectType("ProjectMember", { description: "En brugers rolle i projektet." })
export class ProjectMemberType {
  @Field(() => ID, { description: "Brugerens id." })
  userId!: string;

  @Field({ description: "Brugerens navn." })
  name!: string;

  @Field({ description: "Brugerens e-mail." })
  email!: string;

  @Field(() => RoleEnum, { description: "Rollen i projektet." })
  role!: RoleEnum;

  @Field({ description: "Siden hvornår brugeren har haft rollen (ISO 8601)." })
  since!: string;

  @Field(() => String, { nullable: true, description: "For teammedlemmer: kompetencen; ellers null." })
  competence!: string | null;

  @Field(() => String, { nullable: true, description: "For teammedlemmer: titlen; ellers null." })
  title!: string | null;

  @Field(() => Float, { nullable: true, description: "For teammedlemmer: timer om ugen; ellers null." })
  hoursPerWeek!: number | null;
}

@ObjectType("ProjectMembershipChange", { description: "En rolle givet eller fjernet i projektet." })
export class ProjectMembershipChangeType {
  @Field(() => ID, { description: "Ændringens id." })
  id!: string;

  @Field(() => ID, { description: "Brugeren, rollen gælder." })
  userId!: string;

  @Field({ description: "Brugerens navn." })
  userName!: string;

  @Field(() => RoleEnum, { description: "Rollen." })
  role!: RoleEnum;

  @Field({ description: "ADDED (givet) eller REMOVED (fjernet)." })
  action!: string;

  @Field({ description: "Hvem der ændrede det." })
  changedBy!: string;

  @Field({ description: "Hvornår (ISO 8601)." })
  changedAt!: string;
}

@ObjectType("ProjectFieldChange", { description: "Ét felt ændret i projektets stamdata." })
export class ProjectFieldChangeType {
  @Field({ description: 'Feltets navn som i API\'et, fx "endDate".' })
  field!: string;

  @Field({ description: 'Feltets navn på dansk, fx "Slutdato".' })
  label!: string;

  @Field(() => String, { nullable: true, description: "Værdien før (tekst; beløb i kroner som Money-tekst, kommuner som koder adskilt af komma), eller null." })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "Værdien efter, i samme form, eller null." })
  after!: string | null;
}

@ObjectType("ProjectHistoryEntry", { description: "En ændring af projektets stamdata: hvem, hvornår og hvilke felter, før og efter." })
export class ProjectHistoryEntryType {
  @Field(() => ID, { description: "Ændringens id." })
  id!: string;

  @Field({ description: "Hvem der ændrede." })
  changedBy!: string;

  @Field({ description: "Hvornår (ISO 8601)." })
  changedAt!: string;

  @Field(() => [ProjectFieldChangeType], { description: "De ændrede felter (ved oprettelsen: alle udfyldte felter, med null før)." })
  changes!: ProjectFieldChangeType[];
}
