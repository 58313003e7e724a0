import { IsOptional, IsUUID, MaxLength, Min, MinLength } from "class-validator";
import { IsPurpose } from "../../common/validation.js";
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { UserRefType } from "../budget/budget-change.types.js";

export enum ColourEnum {
  GROEN = "GROEN",
  ORANGE = "ORANGE",
  ROED = "ROED",
  BLAA = "BLAA",
}
export enum OriginEnum {
  DANISH = "DANISH",
  IMMIGRANT_NON_WESTERN = "IMMIGRANT_NON_WESTERN",
  DESCENDANT_NON_WESTERN = "DESCENDANT_NON_WESTERN",
  OTHER = "OTHER",
}
export enum GenderEnum {
  M = "M",
  K = "K",
}
export enum AgeGroupEnum {
  UNDER_30 = "UNDER_30",
  FROM_30_TO_49 = "FROM_30_TO_49",
  FROM_50 = "FROM_50",
}
export enum ProfileEnum {
  MAYBE_SUITED = "MAYBE_SUITED",
  PHYSICALLY_ILL = "PHYSICALLY_ILL",
  SUBSTANCE_ABUSE = "SUBSTANCE_ABUSE",
  DIFFUSE_MENTAL = "DIFFUSE_MENTAL",
  DIAGNOSED_MENTAL = "DIAGNOSED_MENTAL",
  MENTAL_WITH_ABUSE = "MENTAL_WITH_ABUSE",
}
export enum MotivationEnum {
  OVERCOMES_BARRIERS = "OVERCOMES_BARRIERS",
  MOTIVATED_WORK = "MOTIVATED_WORK",
  MOTIVATED_EDUCATION = "MOTIVATED_EDUCATION",
  NOT_MOTIVATED = "NOT_MOTIVATED",
  WISHES_PENSION = "WISHES_PENSION",
  NOT_STATED = "NOT_STATED",
}
export enum CaseFocusEnum {
  LABOUR_MARKET = "LABOUR_MARKET",
  UPSKILLING = "UPSKILLING",
  SUPPORT_ARRANGEMENT = "SUPPORT_ARRANGEMENT",
  ACTIVATION = "ACTIVATION",
  PHYSICAL_TREATMENT = "PHYSICAL_TREATMENT",
  MENTAL_TREATMENT = "MENTAL_TREATMENT",
  ABUSE_TREATMENT = "ABUSE_TREATMENT",
  LEAVE_IN_PEACE = "LEAVE_IN_PEACE",
  PENSION_CASE = "PENSION_CASE",
}

registerEnumType(ColourEnum, {
  name: "Colour",
  description: "Farvegruppe fra screeningen.",
  valuesConfig: {
    GROEN: { description: "Grøn: hovedproblemet er beskæftigelse; indledende samtale med JC-sagsbehandler." },
    ORANGE: { description: "Orange: hovedproblemet er socialt, kendt af BSO; indledende samtale med tovholderne." },
    ROED: { description: "Rød: fraflyttet, førtidspension, terminalt syg, barsel m.m.; uden for projektets forløb." },
    BLAA: { description: "Blå: unge i STU; fortsætter STU, sagen drøftes med tovholderne." },
  },
});
registerEnumType(OriginEnum, {
  name: "Origin",
  description: "Herkomst.",
  valuesConfig: {
    DANISH: { description: "Dansk oprindelse" },
    IMMIGRANT_NON_WESTERN: { description: "Indvandrer, ikke-vestlig" },
    DESCENDANT_NON_WESTERN: { description: "Efterkommer, ikke-vestlig" },
    OTHER: { description: "Øvrige" },
  },
});
registerEnumType(GenderEnum, { name: "Gender", description: "Køn.", valuesConfig: { M: { description: "Mand" }, K: { description: "Kvinde" } } });
registerEnumType(AgeGroupEnum, {
  name: "AgeGroup",
  description: "Aldersgruppe i målgruppens referenceår.",
  valuesConfig: { UNDER_30: { description: "Under 30 år" }, FROM_30_TO_49: { description: "30–49 år" }, FROM_50: { description: "50 år og derover" } },
});
registerEnumType(ProfileEnum, {
  name: "Profile",
  description: "Faxe-profilerne (flere kan gælde).",
  valuesConfig: {
    MAYBE_SUITED: { description: "De måske egnede" },
    PHYSICALLY_ILL: { description: "Fysisk syge" },
    SUBSTANCE_ABUSE: { description: "Misbrugere" },
    DIFFUSE_MENTAL: { description: "Diffust psykisk syge uden diagnose" },
    DIAGNOSED_MENTAL: { description: "Diagnosticeret psykisk syge eller traumatiserede" },
    MENTAL_WITH_ABUSE: { description: "Psykisk syge misbrugere" },
  },
});
registerEnumType(MotivationEnum, {
  name: "Motivation",
  description: "Borgerens motivation.",
  valuesConfig: {
    OVERCOMES_BARRIERS: { description: "Viser evne til at overkomme barrierer" },
    MOTIVATED_WORK: { description: "Motiveret for arbejde" },
    MOTIVATED_EDUCATION: { description: "Motiveret for uddannelse" },
    NOT_MOTIVATED: { description: "Ikke motiveret" },
    WISHES_PENSION: { description: "Ønsker pension" },
    NOT_STATED: { description: "Ikke angivet" },
  },
});
registerEnumType(CaseFocusEnum, {
  name: "CaseFocus",
  description: "Sagsarbejdets fokus.",
  valuesConfig: {
    LABOUR_MARKET: { description: "Tilbagevenden til arbejdsmarkedet" },
    UPSKILLING: { description: "Opkvalificering og uddannelse" },
    SUPPORT_ARRANGEMENT: { description: "Støtteordning" },
    ACTIVATION: { description: "Aktivering" },
    PHYSICAL_TREATMENT: { description: "Behandling af fysisk sygdom" },
    MENTAL_TREATMENT: { description: "Behandling af psykisk sygdom" },
    ABUSE_TREATMENT: { description: "Behandling af misbrug" },
    LEAVE_IN_PEACE: { description: "Borgeren lades i fred" },
    PENSION_CASE: { description: "Pensionssag" },
  },
});

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

@InputType({ description: "En målgruppefil (CSV med semikolon eller .xlsx), base64-kodet." })
export class ParticipantImportInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field({ description: "Filnavnet (.csv eller .xlsx)." })
  @MaxLength(255)
  fileName!: string;

  @Field({ description: "Filens bytes, base64-kodet (højst 10 MB)." })
  contentBase64!: string;
}

@ObjectType("ParticipantImportPreview", { description: "Hvad en import af målgruppen vil gøre. Er der fejl, skrives intet." })
export class ParticipantImportPreviewType {
  @Field({ description: "Filnavnet." })
  fileName!: string;

  @Field(() => Int, { description: "Datarækker læst." })
  rowCount!: number;

  @Field(() => Int, { description: "Deltagere, importen vil oprette." })
  newCount!: number;

  @Field(() => [ParticipantImportErrorType], {
    description: 'Rækkefejlene (overskriften er række 1): de første 100, og er der flere, en sidste linje "Og N flere fejl.".',
  })
  errors!: ParticipantImportErrorType[];

  @Field(() => Int, { description: "Antal rækkefejl i alt (også dem ud over de 100, errors viser)." })
  errorCount!: number;

  @Field(() => [BreakdownType], { description: "Fordelingerne, som filen vil give (ikke diskretioneret: kun tovholderen ser forhåndsvisningen)." })
  breakdowns!: BreakdownType[];
}

@ObjectType("ParticipantImportError", { description: "En fejl i en importfil." })
export class ParticipantImportErrorType {
  @Field(() => Int, { description: "Rækkenummer (overskriften er række 1)." })
  row!: number;

  @Field(() => String, { nullable: true, description: "Kolonnen, eller null når fejlen gælder hele rækken." })
  column!: string | null;

  @Field({ description: "Hvad der er galt, og hvad man gør." })
  message!: string;
}

@ObjectType("ParticipantImportResult", { description: "Resultatet af en import." })
export class ParticipantImportResultType {
  @Field(() => Int, { description: "Oprettede deltagere." })
  added!: number;

  @Field({ description: "Den første nye deltagerkode." })
  firstCode!: string;

  @Field({ description: "Den sidste nye deltagerkode." })
  lastCode!: string;
}

@ObjectType("BreakdownCell", { description: "Én celle i en fordeling. For styregruppen og ledere afrundet til nærmeste 5, tal under 5 vist som \"<5\"." })
export class BreakdownCellType {
  @Field({ description: "Kategoriens nøgle (fx GROEN, UNDER_30, Ishøj, UOPLYST)." })
  key!: string;

  @Field({ description: "Kategoriens danske navn." })
  label!: string;

  @Field(() => Int, { nullable: true, description: "Antallet (afrundet til nærmeste 5 for styregruppe og ledere); null når det er under 5 og vises som <5." })
  count!: number | null;

  @Field({ description: 'Det, der vises: antallet eller "<5".' })
  display!: string;

  @Field(() => String, { nullable: true, description: "PRIMARY når tallet er under 5 og vises som <5, ellers null." })
  suppressed!: string | null;
}

@ObjectType("Breakdown", { description: "En fordeling af projektets deltagere på én dimension." })
export class BreakdownType {
  @Field({ description: "MUNICIPALITY, GENDER, AGE_GROUP, ORIGIN, LONG_TERM_BENEFIT eller COLOUR." })
  dimension!: string;

  @Field({ description: "Dimensionens danske navn." })
  label!: string;

  @Field(() => [BreakdownCellType], { description: "Cellerne." })
  cells!: BreakdownCellType[];
}

@ObjectType("ParticipantStatistics", { description: "Aggregater over projektets deltagere, diskretioneret (afrundet til nærmeste 5, pr. seneste månedsafslutning) for roller uden adgang til borgerne." })
export class ParticipantStatisticsType {
  @Field(() => Int, { nullable: true, description: "Antal deltagere (afrundet til nærmeste 5 for styregruppe og ledere; null hvis under 5)." })
  total!: number | null;

  @Field({ description: "Antal deltagere, som det vises." })
  totalDisplay!: string;

  @Field(() => Int, { nullable: true, description: "Målgruppens størrelse ifølge projektets dokumenter." })
  targetSize!: number | null;

  @Field({ description: "Om tallene er diskretioneret (styregruppe og ledere): afrundet til nærmeste 5, under 5 vist som <5, pr. seneste månedsafslutning." })
  suppressed!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Datoen tallene om borgerne gælder (ÅÅÅÅ-MM-DD): for styregruppe og ledere seneste månedsafslutning på eller før den ønskede dato; null = nu (tovholderen uden dato).",
  })
  figuresAsOf!: string | null;

  @Field(() => [BreakdownType], { description: "Fordelingerne." })
  breakdowns!: BreakdownType[];

  @Field(() => [String], { description: "Datakvalitetsadvarsler, fx når målgruppens angivne størrelse og rækkerne ikke stemmer." })
  warnings!: string[];
}

@ObjectType("AccessLogEntry", { description: "Én brug af én borgers data: hvem, hvornår, hvad og hvorfor." })
export class AccessLogEntryType {
  @Field(() => ID, { description: "Løbenummer." })
  id!: string;

  @Field({ description: "Tidspunkt (ISO 8601)." })
  at!: string;

  @Field(() => UserRefType, { description: "Brugeren." })
  user!: UserRefType;

  @Field({ description: "LIST, READ, SEARCH, REVEAL, CHANGE, EXPORT, IMPORT eller DELETE." })
  action!: string;

  @Field(() => ID, { nullable: true, description: "Projektet." })
  projectId!: string | null;

  @Field(() => ID, { nullable: true, description: "Deltageren (null for en søgning uden fund)." })
  participantId!: string | null;

  @Field(() => String, { nullable: true, description: "Deltagerkoden, hvis deltageren stadig findes." })
  participantCode!: string | null;

  @Field({ description: "Formålet." })
  purpose!: string;

  @Field(() => String, { nullable: true, description: "Søgekriteriet, beskrevet uden selve søgeværdien." })
  criterion!: string | null;

  @Field({ description: "Anmodningens id (til fejlsøgning og revision)." })
  requestId!: string;
}

@ObjectType("AccessLogPage", { description: "En side af adgangsloggen." })
export class AccessLogPageType {
  @Field(() => [AccessLogEntryType], { description: "Rækkerne, nyeste først." })
  items!: AccessLogEntryType[];

  @Field(() => Int, { description: "Antal rækker i alt, der matcher filteret." })
  totalCount!: number;
}

@ArgsType()
export class AccessLogArgs {
  @Field(() => ID, { nullable: true, description: "Kun én bruger." })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: "Kun én deltager." })
  participantId?: string | null;

  @Field(() => ID, { nullable: true, description: "Kun ét projekt." })
  projectId?: string | null;

  @Field(() => String, { nullable: true, description: "Kun én handling (LIST, READ, SEARCH, REVEAL, CHANGE, EXPORT, IMPORT, DELETE)." })
  action?: string | null;

  @Field(() => String, { nullable: true, description: "Fra og med (ISO 8601)." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Til (ISO 8601, ikke medregnet)." })
  to?: string | null;

  @Field(() => Int, { defaultValue: 100, description: "Højst 500." })
  @Min(1)
  take!: number;

  @Field(() => Int, { defaultValue: 0, description: "Antal at springe over." })
  @Min(0)
  skip!: number;
}

@ObjectType("AccessExtractEntry", { description: "Hvornår og hvorfor en borgers data er brugt (det, borgeren kan bede om)." })
export class AccessExtractEntryType {
  @Field({ description: "Tidspunkt (ISO 8601)." })
  at!: string;

  @Field({ description: "Handlingen, på dansk." })
  action!: string;

  @Field({ description: "Formålet." })
  purpose!: string;
}
