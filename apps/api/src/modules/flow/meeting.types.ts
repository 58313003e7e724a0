import { COMPETENCE_LABELS, type Hundredths } from "@overblik/domain";
import { IsIn, IsOptional, IsUUID, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { QuantityScalar } from "../../common/scalars.js";

const COMPETENCES = Object.keys(COMPETENCE_LABELS);

@ObjectType("TeamMember", { description: "Et medlem af det tværfaglige team eller det ad hoc-ressourcenetværk." })
export class TeamMemberType {
  @Field(() => ID, { description: "Medlemmet." })
  id!: string;

  @Field({ description: "Navnet." })
  name!: string;

  @Field({ description: "Titel, fx Lægekonsulent." })
  title!: string;

  @Field({ description: "Kompetence: EMPLOYMENT, SOCIAL, PHYSICAL_HEALTH, MENTAL_HEALTH eller YOUTH_EDUCATION." })
  competence!: string;

  @Field({ description: "Del af det ad hoc-ressourcenetværk frem for kerneteamet." })
  adHoc!: boolean;

  @Field(() => ID, { nullable: true, description: "Den budgetlinje, medlemmets mødetimer tæller som aktivitet på." })
  budgetLineId!: string | null;

  @Field(() => ID, { nullable: true, description: "Medlemmets login (en bruger i rollen TEAM_MEMBER i projektet), eller null." })
  userId!: string | null;

  @Field(() => String, { nullable: true, description: "Navnet på medlemmets login, eller null uden login." })
  userName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Den dag, medlemskabet sluttede (ÅÅÅÅ-MM-DD), eller null for et nuværende medlem. Et afsluttet medlem indkaldes ikke til planlagte møder.",
  })
  endedOn!: string | null;

  @Field(() => Int, {
    description: "Antal afholdte møder, medlemmet har deltaget i. Over 0 beholdes medlemmet med en slutdato, når medlemskabet afsluttes; ellers slettes det.",
  })
  heldMeetings!: number;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning: send det, skærmen viste; ellers CONFLICT." })
  version!: number;
}

@ObjectType("EndedTeamMember", { description: "Svaret på at afslutte et medlemskab: medlemmet er enten beholdt med en slutdato eller slettet." })
export class EndedTeamMemberType {
  @Field(() => ID, { description: "Medlemmet." })
  teamMemberId!: string;

  @Field({ description: "Sand, når medlemmet aldrig deltog i et afholdt møde og derfor er slettet; falsk, når det er beholdt med en slutdato." })
  deleted!: boolean;

  @Field(() => TeamMemberType, { nullable: true, description: "Det beholdte medlem med slutdato, eller null, når det er slettet." })
  member!: TeamMemberType | null;
}

@InputType({ description: "Tilføj et medlem til teamet." })
export class AddTeamMemberInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field({ description: "Navnet." })
  @MinLength(2, { message: "Skriv navnet." })
  @MaxLength(200)
  name!: string;

  @Field({ description: "Titel." })
  @MinLength(2, { message: "Skriv titlen." })
  @MaxLength(200)
  title!: string;

  @Field({ description: "Kompetence." })
  @IsIn(COMPETENCES, { message: "Ukendt kompetence." })
  competence!: string;

  @Field({ defaultValue: false, description: "Ad hoc-ressourcenetværk." })
  adHoc!: boolean;

  @Field(() => ID, { nullable: true, description: "Budgetlinjen, timerne tæller på (valgfri)." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt budgetlinje." })
  budgetLineId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Brugerens id, hvis medlemmet logger ind: en bruger i rollen TEAM_MEMBER i projektet; ellers BAD_USER_INPUT.",
  })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt bruger." })
  userId?: string | null;
}

@InputType({ description: "Ret et medlem af teamet: alle felterne sendes, som de skal være." })
export class UpdateTeamMemberInput {
  @Field(() => ID, { description: "Medlemmet." })
  @IsUUID("all", { message: "Ukendt teammedlem." })
  teamMemberId!: string;

  @Field(() => Int, { description: "Medlemmets version, som skærmen viste den." })
  @Min(1)
  expectedVersion!: number;

  @Field({ description: "Navnet." })
  @MinLength(2, { message: "Skriv navnet." })
  @MaxLength(200)
  name!: string;

  @Field({ description: "Titel, fx Lægekonsulent." })
  @MinLength(2, { message: "Skriv titlen." })
  @MaxLength(200)
  title!: string;

  @Field({ description: "Kompetence: EMPLOYMENT, SOCIAL, PHYSICAL_HEALTH, MENTAL_HEALTH eller YOUTH_EDUCATION." })
  @IsIn(COMPETENCES, { message: "Ukendt kompetence." })
  competence!: string;

  @Field({ description: "Del af det ad hoc-ressourcenetværk frem for kerneteamet." })
  adHoc!: boolean;

  @Field(() => ID, { nullable: true, description: "Budgetlinjen, timerne tæller på, eller null for ingen." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt budgetlinje." })
  budgetLineId?: string | null;

  @Field(() => ID, { nullable: true, description: "Medlemmets login (en bruger i rollen TEAM_MEMBER i projektet), eller null for intet login." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt bruger." })
  userId?: string | null;
}

@InputType({
  description: "Afslut et medlemskab af teamet: et medlem, der har deltaget i et afholdt møde, beholdes med dagens dato som slutdato; ellers slettes det.",
})
export class EndTeamMemberInput {
  @Field(() => ID, { description: "Medlemmet." })
  @IsUUID("all", { message: "Ukendt teammedlem." })
  teamMemberId!: string;

  @Field(() => Int, { description: "Medlemmets version, som skærmen viste den." })
  @Min(1)
  expectedVersion!: number;
}

@ObjectType("AgendaItem", { description: "En borger på dagsordenen. Team-medlemmer ser kun deltagerkode, temaer og anbefalinger." })
export class AgendaItemType {
  @Field(() => ID, { description: "Deltageren." })
  participantId!: string;

  @Field({ description: "Deltagerkoden." })
  participantCode!: string;

  @Field(() => Int, { description: "Rækkefølgen på dagsordenen." })
  position!: number;

  @Field(() => [String], { description: "Temaerne fra det forberedende skema." })
  themes!: string[];

  @Field(() => Boolean, { nullable: true, description: "Om borgeren mødte op (null før mødet)." })
  present!: boolean | null;

  @Field(() => String, { nullable: true, description: "Teamets anbefalinger." })
  recommendations!: string | null;
}

@ObjectType("TeamMeeting", { description: "Et møde i det tværfaglige team med dagsorden og de kompetencer, den kræver." })
export class TeamMeetingType {
  @Field(() => ID, { description: "Mødet." })
  id!: string;

  projectId!: string;

  @Field({ description: "Dato (ÅÅÅÅ-MM-DD)." })
  date!: string;

  @Field({ description: "PLANNED, HELD eller CANCELLED." })
  status!: string;

  @Field(() => String, { nullable: true, description: "Forløbsplanens dato, et flyttet møde oprindeligt lå på (ÅÅÅÅ-MM-DD), eller null." })
  plannedDate!: string | null;

  @Field(() => String, { nullable: true, description: "Hvorfor mødet blev aflyst, eller null." })
  cancelReason!: string | null;

  @Field(() => Int, { description: "Højst antal borgere på dagsordenen." })
  maxItems!: number;

  @Field(() => Int, { description: "Minutter pr. borger." })
  minutesPerItem!: number;

  @Field(() => [AgendaItemType], { description: "Dagsordenen." })
  items!: AgendaItemType[];

  @Field(() => [String], { description: "De kompetencer, dagsordenen kræver (fra borgernes temaer); beskæftigelse altid." })
  neededCompetences!: string[];

  @Field(() => [TeamMemberType], { description: "De medlemmer, der skal indkaldes: dem med en af de krævede kompetencer." })
  invited!: TeamMemberType[];

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning: send det, skærmen viste; ellers CONFLICT." })
  version!: number;
}

@ObjectType("ParticipantAgendaEntry", { description: "Et teammøde, borgeren er sat på dagsordenen til, set fra borgerens side." })
export class ParticipantAgendaEntryType {
  @Field(() => ID, { description: "Mødet." })
  meetingId!: string;

  @Field({ description: "Mødets dato (ÅÅÅÅ-MM-DD)." })
  date!: string;

  @Field({ description: "Mødets status: PLANNED, HELD eller CANCELLED." })
  status!: string;

  @Field(() => Int, { description: "Borgerens plads på dagsordenen." })
  position!: number;

  @Field(() => Boolean, { nullable: true, description: "Om borgeren mødte op (null før mødet)." })
  present!: boolean | null;

  @Field(() => String, { nullable: true, description: "Teamets anbefalinger; null før mødet og for roller, der ikke ser teammøderne." })
  recommendations!: string | null;
}

@ObjectType("OpenTeamMeeting", { description: "Et planlagt teammøde, der kan sættes borgere på: dato og pladser, uden borgerne på dagsordenen." })
export class OpenTeamMeetingType {
  @Field(() => ID, { description: "Mødet." })
  id!: string;

  @Field({ description: "Dato (ÅÅÅÅ-MM-DD)." })
  date!: string;

  @Field(() => Int, { description: "Højst antal borgere på dagsordenen." })
  maxItems!: number;

  @Field(() => Int, { description: "Antal borgere på dagsordenen nu." })
  itemCount!: number;
}

@InputType({ description: "Sæt en borger på et mødes dagsorden; afvises, når dagsordenen er fuld." })
export class AddToAgendaInput {
  @Field(() => ID, { description: "Mødet." })
  @IsUUID("all", { message: "Ukendt møde." })
  meetingId!: string;

  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;
}

@InputType("AttendanceInput", { description: "Et medlems deltagelse i et afholdt møde." })
export class AttendanceInput {
  @Field(() => ID, { description: "Teammedlemmet." })
  @IsUUID("all", { message: "Ukendt teammedlem." })
  teamMemberId!: string;

  @Field(() => QuantityScalar, { description: 'Timer, fx "2" eller "1.5".' })
  hours!: Hundredths;
}

@InputType("AgendaOutcomeInput", { description: "Udfaldet for én borger på dagsordenen." })
export class AgendaOutcomeInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field({ description: "Om borgeren mødte op (mødet holdes alligevel)." })
  present!: boolean;

  @Field(() => String, { nullable: true, description: "Teamets anbefalinger." })
  @IsOptional()
  @MaxLength(5000)
  recommendations?: string | null;
}

@InputType({ description: "Registrér et afholdt møde: deltagere med timer og udfald pr. borger. Timerne bliver aktivitet på medlemmernes budgetlinjer." })
export class HoldMeetingInput {
  @Field(() => ID, { description: "Mødet." })
  @IsUUID("all", { message: "Ukendt møde." })
  meetingId!: string;

  @Field(() => [AttendanceInput], { description: "Hvem deltog, og hvor længe." })
  @ValidateNested({ each: true })
  attendance!: AttendanceInput[];

  @Field(() => [AgendaOutcomeInput], { description: "Udfald pr. borger på dagsordenen." })
  @ValidateNested({ each: true })
  outcomes!: AgendaOutcomeInput[];

  @Field(() => Int, { description: "Mødets version, som skærmen viste den." })
  @Min(1)
  expectedVersion!: number;
}
