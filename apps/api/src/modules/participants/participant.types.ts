// The participant as GraphQL shows it, its list, and the inputs that change or reveal one participant.
import { IsOptional, IsUUID, MaxLength, Min, MinLength } from "class-validator";
import { IsPurpose } from "../../common/validation.js";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserRefType } from "../budget/budget-change.types.js";
import { AgeGroupEnum, CaseFocusEnum, ColourEnum, GenderEnum, MotivationEnum, OriginEnum, ProfileEnum } from "./participant.enums.js";

@ObjectType("ColourChange", { description: "Et farveskift med hvem, hvornår og hvorfor." })
export class ColourChangeType {
  @Field(() => ColourEnum, { nullable: true, description: "Farven før (null ved første screening)." })
  from!: ColourEnum | null;

  @Field(() => ColourEnum, { description: "Farven efter." })
  to!: ColourEnum;

  @Field({ description: "Begrundelsen." })
  reason!: string;

  @Field(() => UserRefType, { nullable: true, description: "Hvem skiftede farven (null: systemet, fx ved udeblivelse)." })
  changedBy!: UserRefType | null;

  @Field({ description: "Hvornår (ISO 8601)." })
  changedAt!: string;
}

@ObjectType("Participant", {
  description:
    "En borger i et projekt, kendt ved deltagerkoden. Særlige kategorier af personoplysninger: kun tovholdere (alle i projektet) og " +
    "sagsbehandlere (egne borgere) kan se dem, og hver visning logges med formål. Navn og CPR-nummer vises kun via revealParticipantIdentity.",
})
export class ParticipantType {
  @Field(() => ID, { description: "Intern id." })
  id!: string;

  projectId!: string;

  @Field({ description: 'Deltagerkoden, fx "BFA-0042", som bruges overalt i stedet for navn og CPR-nummer.' })
  code!: string;

  @Field({ description: "Kommunen, borgeren hører til." })
  municipality!: string;

  @Field(() => GenderEnum, { description: "Køn." })
  gender!: GenderEnum;

  @Field(() => Int, { description: "Fødselsår." })
  birthYear!: number;

  @Field(() => AgeGroupEnum, { description: "Aldersgruppe i referenceåret (afledt af fødselsåret)." })
  ageGroup!: AgeGroupEnum;

  @Field(() => OriginEnum, { nullable: true, description: "Herkomst; null når den er uoplyst." })
  origin!: OriginEnum | null;

  @Field(() => Int, { description: "Måneder på ydelse ved indskrivningen." })
  monthsOnBenefit!: number;

  @Field({ description: "Mere end 12 måneder på ydelse." })
  longTermBenefit!: boolean;

  @Field(() => Int, { description: "Matchgruppe (3 = aktivitetsparat)." })
  matchGroup!: number;

  @Field({ description: "Indskrivningsdato (ÅÅÅÅ-MM-DD)." })
  enrolmentDate!: string;

  @Field(() => ColourEnum, { nullable: true, description: "Farvegruppe; null før screeningen." })
  colour!: ColourEnum | null;

  @Field(() => UserRefType, { nullable: true, description: "Den tildelte sagsbehandler." })
  caseworker!: UserRefType | null;

  @Field(() => [ProfileEnum], { description: "De profiler, der gælder (flere kan gælde)." })
  profiles!: ProfileEnum[];

  @Field(() => MotivationEnum, { nullable: true, description: "Motivation." })
  motivation!: MotivationEnum | null;

  @Field(() => CaseFocusEnum, { nullable: true, description: "Sagsarbejdets fokus." })
  caseFocus!: CaseFocusEnum | null;

  @Field({ description: "Om der er registreret et CPR-nummer (selve nummeret vises kun via revealParticipantIdentity)." })
  hasCpr!: boolean;

  @Field({ description: "Om der er registreret et navn." })
  hasName!: boolean;

  @Field({ description: "Bliver i teamets kø, selv om borgeren rematches til match 2 (tovholderens valg)." })
  keepInTeamQueue!: boolean;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning: send det, skærmen viste; ellers CONFLICT." })
  version!: number;
}

@ObjectType("ParticipantList", { description: "En side af deltagere. Hver viste deltager er logget i adgangsloggen." })
export class ParticipantListType {
  @Field(() => [ParticipantType], { description: "Deltagerne på siden." })
  items!: ParticipantType[];

  @Field(() => Int, { description: "Antal deltagere i alt, der matcher filteret." })
  totalCount!: number;
}

@ArgsType()
export class ParticipantListArgs {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => ColourEnum, { nullable: true, description: "Kun én farve." })
  colour?: ColourEnum | null;

  @Field(() => String, { nullable: true, description: "Kun én kommune." })
  municipality?: string | null;

  @Field(() => String, { nullable: true, description: "Deltagerkode eller en del af den." })
  @IsOptional()
  @MaxLength(20)
  code?: string | null;

  @Field(() => Int, { defaultValue: 50, description: "Højst 200." })
  @Min(1)
  take!: number;

  @Field(() => Int, { defaultValue: 0, description: "Antal at springe over." })
  @Min(0)
  skip!: number;

  @Field({ defaultValue: "Overblik over projektets borgere", description: "Formålet med visningen (logges)." })
  @IsPurpose()
  purpose!: string;
}

@InputType({ description: "Skift farve med begrundelse. Forældet version giver CONFLICT." })
export class ChangeColourInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field(() => ColourEnum, { description: "Den nye farve." })
  colour!: ColourEnum;

  @Field({ description: "Begrundelsen (vises i historikken)." })
  @MinLength(3, { message: "Skriv en begrundelse (mindst 3 tegn)." })
  @MaxLength(1000)
  reason!: string;

  @Field(() => Int, { description: "Deltagerens version, som skærmen viste den." })
  expectedVersion!: number;
}

@InputType({ description: "Profiler, motivation og fokus for én deltager." })
export class ClassifyParticipantInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field(() => [ProfileEnum], { description: "De profiler, der gælder." })
  profiles!: ProfileEnum[];

  @Field(() => MotivationEnum, { nullable: true, description: "Motivation." })
  motivation?: MotivationEnum | null;

  @Field(() => CaseFocusEnum, { nullable: true, description: "Sagsarbejdets fokus." })
  caseFocus?: CaseFocusEnum | null;

  @Field(() => Int, { description: "Deltagerens version, som skærmen viste den." })
  expectedVersion!: number;
}

@InputType({ description: "Vis navn og CPR-nummer: kræver et formål, som logges." })
export class RevealIdentityInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field({ description: 'Formålet, fx "Finde sagen i kommunens sagssystem".' })
  @IsPurpose(5)
  purpose!: string;
}

@ObjectType("ParticipantIdentity", { description: "Navn og CPR-nummer, vist efter en logget anmodning med formål." })
export class ParticipantIdentityType {
  @Field({ description: "Deltagerkoden." })
  code!: string;

  @Field(() => String, { nullable: true, description: "Navnet, hvis registreret." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "CPR-nummeret (DDMMÅÅ-LLLL), hvis registreret." })
  cpr!: string | null;
}

@InputType({ description: "Find en deltager på CPR-nummer (præcis søgning på den nøglede hash)." })
export class FindByCprInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field({ description: "CPR-nummeret (DDMMÅÅ-LLLL eller 10 cifre). Logges ikke; kun at der er søgt." })
  cpr!: string;

  @Field({ description: "Formålet med søgningen (logges)." })
  @IsPurpose(5)
  purpose!: string;
}

@InputType({ description: "Tildel en sagsbehandler." })
export class AssignCaseworkerInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field(() => ID, { nullable: true, description: "Sagsbehandleren (en bruger med rollen CASEWORKER i projektet), eller null." })
  caseworkerId?: string | null;

  @Field(() => Int, { description: "Deltagerens version, som skærmen viste den." })
  expectedVersion!: number;
}
