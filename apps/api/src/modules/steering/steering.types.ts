import type { Ore } from "@overblik/domain";
import { IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../../common/scalars.js";
import { IsIsoDate } from "../../common/validation.js";
import { BudgetChangeType } from "../budget/budget-change.types.js";
import { BudgetFollowUpType, RagEnum } from "../budget/follow-up.types.js";
import { ConversationPaceType, GoalType, MilestoneType } from "../flow/flow.types.js";

@ObjectType("CountCell", { description: "Et antal borgere i en fordeling; afrundet til nærmeste 5 (under 5 vist som <5) for roller, der kun ser samlede tal." })
export class CountCellType {
  @Field({ description: "Nøglen, fx GROEN eller CONVERSATION_HELD." })
  key!: string;

  @Field({ description: "Teksten på dansk." })
  label!: string;

  @Field(() => Int, { nullable: true, description: "Antallet, eller null når det er skjult." })
  count!: number | null;

  @Field({ description: 'Som det vises: tallet (afrundet for roller, der kun ser samlede tal) eller "<5".' })
  display!: string;

  @Field(() => String, { nullable: true, description: "PRIMARY når tallet er under 5 og vises som <5, ellers null." })
  suppressed!: string | null;
}

@ObjectType("FunnelStep", { description: "Et trin i tragten fra målgruppe til resultat; hvert trin er en delmængde af det forrige." })
export class FunnelStepType {
  @Field({ description: "TARGET, SCREENED, CONVERSATION_HELD, TEAM_MEETING, ACTION_PLAN, INTERVENTION, OUTCOME eller JOB_OR_EDUCATION." })
  key!: string;

  @Field({ description: "Trinnet på dansk." })
  label!: string;

  @Field(() => Int, { nullable: true, description: "Antal borgere, eller null når det er skjult (<5)." })
  count!: number | null;

  @Field({ description: 'Som det vises: tallet eller "<5".' })
  display!: string;

  @Field(() => String, { nullable: true, description: 'Andelen af målgruppen med én decimal ("89,1"), eller null når antallet er skjult.' })
  percentOfTarget!: string | null;

  @Field({ description: 'Hvad percentOfTarget er en andel af: "af 221 i målgruppen".' })
  targetLabel!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Trinnets egen nævner (figures.ts): "af 197 i forløbet"; null for målgruppen og screeningen, hvis nævner er målgruppen.',
  })
  denominatorLabel!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Andelen af trinnets egen nævner med én decimal ("22,3"), eller null når skjult eller uden egen nævner.',
  })
  percentOfDenominator!: string | null;
}

@ObjectType("RagStatus", { description: "Et trafiklys med den regel, der satte det." })
export class RagStatusType {
  @Field(() => RagEnum, { description: "GREEN, AMBER, RED eller NONE." })
  rag!: RagEnum;

  @Field({ description: 'Reglen i ord, fx "Tempo 9,0 samtaler pr. uge mod krævet 14."' })
  reason!: string;
}

@ObjectType("CostPerUnit", { description: "Forbrug delt med et antal aktiviteter eller resultater." })
export class CostPerUnitType {
  @Field({ description: "CONVERSATION_HELD, ACTION_PLAN eller JOB_OR_EDUCATION." })
  key!: string;

  @Field({ description: 'Hvad der deles med, fx "pr. holdt samtale".' })
  label!: string;

  @Field({ description: 'Antallet, der deles med, som det vises ("197" eller "<5").' })
  countDisplay!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Kroner pr. enhed, eller null når der intet er at dele med eller tallet er skjult." })
  amount!: Ore | null;

  @Field({ description: 'Som det vises, fx "5.987,18 kr." eller "<5".' })
  display!: string;
}

@ObjectType("PoolSummary", { description: "En kompetenceudviklingspulje: beløb, brugt og planlagt." })
export class PoolSummaryType {
  @Field({ description: "Puljens navn." })
  name!: string;

  @Field(() => MoneyScalar, { description: "Puljens beløb." })
  amount!: Ore;

  @Field(() => MoneyScalar, { description: "Faktiske udgifter til afholdte aktiviteter." })
  used!: Ore;

  @Field(() => MoneyScalar, { description: "Planlagte udgifter til aktiviteter, der endnu ikke er holdt." })
  planned!: Ore;

  @Field(() => Int, { description: "Afholdte aktiviteter." })
  held!: number;

  @Field(() => Int, { description: "Deltagere i de afholdte aktiviteter (medarbejdere, ikke borgere)." })
  participants!: number;
}

@ObjectType("ProjectDashboard", { description: "Styregruppens overblik over ét projekt pr. en dato: fremdrift og økonomi på én side." })
export class ProjectDashboardType {
  @Field({ description: "Datoen tallene gælder (ÅÅÅÅ-MM-DD)." })
  asOf!: string;

  @Field({
    description: "Om tallene om borgere er diskretioneret for den, der ser: afrundet til nærmeste 5, under 5 vist som <5, pr. seneste månedsafslutning.",
  })
  suppressed!: boolean;

  @Field({ description: "Datoen tallene om borgere gælder (ÅÅÅÅ-MM-DD): for styregruppe og ledere seneste månedsafslutning på eller før asOf, ellers asOf." })
  figuresAsOf!: string;

  @Field(() => RagStatusType, { description: "Fremdrift: tempoet mod planen eller andelen nået, med reglen." })
  progress!: RagStatusType;

  @Field(() => RagStatusType, { description: "Økonomi: budgetopfølgningens status for udgifterne, med reglen." })
  spend!: RagStatusType;

  @Field(() => [FunnelStepType], { description: "Tragten fra målgruppe over screening, samtale, teammøde, indsatsplan og indsatser til resultater." })
  funnel!: FunnelStepType[];

  @Field(() => String, {
    nullable: true,
    description: 'Den planlagte målgruppe (et plantal, ikke en optælling): "Planlagt målgruppe 219"; null når projektet ingen har.',
  })
  plannedTargetText!: string | null;

  @Field({ description: 'Borgerne registreret i målgruppen, som det vises: "221 borgere i målgruppen".' })
  targetText!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Borgerne i forløbet (ikke røde), som det vises: "197 borgere i forløbet"; nævneren for trinnene efter screeningen og for målene. Null i mødepakker lukket før tallet fandtes.',
  })
  inFlowText!: string | null;

  @Field(() => [CountCellType], { description: "Resultaterne efter art (seneste pr. borger)." })
  outcomes!: CountCellType[];

  @Field(() => String, { nullable: true, description: "Screeningsdatoen, som er baseline (ÅÅÅÅ-MM-DD), eller null før screeningen." })
  baselineDate!: string | null;

  @Field(() => [CountCellType], { description: "Farvefordelingen ved screeningen (baseline)." })
  coloursAtBaseline!: CountCellType[];

  @Field(() => [CountCellType], { description: "Farvefordelingen pr. datoen." })
  coloursNow!: CountCellType[];

  @Field(() => [CountCellType], { description: "Faserne ved screeningen (baseline)." })
  stagesAtBaseline!: CountCellType[];

  @Field(() => [CountCellType], { description: "Faserne pr. datoen." })
  stagesNow!: CountCellType[];

  @Field(() => ConversationPaceType, { nullable: true, description: "Tempoet pr. ISO-uge mod det krævede, og forventet slut." })
  pace!: ConversationPaceType | null;

  @Field(() => [GoalType], { description: "Målene mod mål og baseline." })
  goals!: GoalType[];

  @Field(() => [MilestoneType], { description: "Tidsplanens milepæle: nået, forfalden eller overskredet." })
  milestones!: MilestoneType[];

  @Field(() => BudgetFollowUpType, {
    nullable: true,
    description: "Budgetopfølgningen pr. datoen (de samme tal som budgetplanlæggerens), eller null uden budget.",
  })
  followUp!: BudgetFollowUpType | null;

  @Field(() => [PoolSummaryType], { description: "Kompetenceudviklingspuljerne." })
  pools!: PoolSummaryType[];

  @Field(() => [CostPerUnitType], { description: "Pris pr. holdt samtale, pr. indsatsplan og pr. job- eller uddannelsesresultat." })
  costs!: CostPerUnitType[];

  @Field(() => [BudgetChangeType], { description: "Budgetændringer, der venter på styregruppens beslutning." })
  pendingDecisions!: BudgetChangeType[];

  @Field(() => [String], { description: "Advarsler om datakvaliteten, fx en fordeling, der ikke summer til totalen." })
  warnings!: string[];
}

@ObjectType("PortfolioEntry", { description: "Ét projekt i porteføljen: trafiklys for fremdrift og økonomi med reglerne og nøgletal." })
export class PortfolioEntryType {
  @Field(() => ID, { description: "Projektet." })
  projectId!: string;

  @Field({ description: "Projektets kode." })
  code!: string;

  @Field({ description: "Datoen tallene om borgere gælder (ÅÅÅÅ-MM-DD): seneste månedsafslutning for andre end tovholderen." })
  figuresAsOf!: string;

  @Field({ description: "Projektets navn." })
  name!: string;

  @Field({ description: "Periode start (ÅÅÅÅ-MM-DD)." })
  startDate!: string;

  @Field({ description: "Periode slut (ÅÅÅÅ-MM-DD)." })
  endDate!: string;

  @Field(() => RagStatusType, { description: "Fremdrift med reglen." })
  progress!: RagStatusType;

  @Field(() => RagStatusType, { description: "Økonomi med reglen." })
  spend!: RagStatusType;

  @Field({ description: 'Borgere i målgruppen (indskrevet senest på datoen), som det vises ("221" eller "<5").' })
  participantsDisplay!: string;

  @Field({ description: "Borgere i forløbet (ikke røde), som det vises: nævneren for de to næste tal." })
  inFlowDisplay!: string;

  @Field({ description: "Borgere i forløbet med en holdt indledende samtale (borgere, ikke samtaler), som det vises." })
  conversationsHeldDisplay!: string;

  @Field({ description: "Borgere i forløbet i job eller uddannelse, som det vises." })
  jobOrEducationDisplay!: string;

  @Field({ description: 'Nævneren for samtaler og job med dens navn: "af 197 i forløbet".' })
  inFlowLabel!: string;

  @Field(() => MoneyScalar, { description: "Korrigeret budget (udgifter)." })
  corrected!: Ore;

  @Field(() => MoneyScalar, { description: "Forbrug pr. datoen (udgifter)." })
  spent!: Ore;

  @Field(() => MoneyScalar, { description: "Forventet forbrug ved projektets slut (udgifter)." })
  forecast!: Ore;

  @Field(() => Int, { description: "Budgetændringer, der venter på styregruppen." })
  pendingDecisions!: number;
}

@ObjectType("Portfolio", { description: "Porteføljen: de projekter, brugeren styrer eller leder, pr. en dato." })
export class PortfolioType {
  @Field({ description: "Datoen (ÅÅÅÅ-MM-DD)." })
  asOf!: string;

  @Field(() => [PortfolioEntryType], { description: "Projekterne, røde først." })
  projects!: PortfolioEntryType[];
}

@ObjectType("MeetingPackSummary", { description: "En frossen mødepakke: styregruppens tal pr. mødedatoen, som de så ud, da pakken blev lukket." })
export class MeetingPackSummaryType {
  @Field(() => ID, { description: "Pakken." })
  id!: string;

  @Field(() => ID, { description: "Projektet." })
  projectId!: string;

  @Field({ description: "Mødedatoen, tallene gælder (ÅÅÅÅ-MM-DD)." })
  meetingDate!: string;

  @Field({ description: "Tovholderens kommentarer til mødet." })
  comments!: string;

  @Field({ description: "Hvornår pakken blev lukket (ISO 8601)." })
  closedAt!: string;

  @Field({ description: "Hvem der lukkede den." })
  closedBy!: string;
}

@ObjectType("MeetingPack", { description: "En frossen mødepakke med dens tal." })
export class MeetingPackType extends MeetingPackSummaryType {
  @Field(() => ProjectDashboardType, { description: "Overblikket, som det så ud ved lukningen; senere posteringer og hændelser ændrer det ikke." })
  dashboard!: ProjectDashboardType;
}

@InputType({ description: "Luk en mødepakke til et styregruppemøde." })
export class CloseMeetingPackInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field({ description: "Mødedatoen (ÅÅÅÅ-MM-DD); tallene fryses pr. denne dato." })
  @IsIsoDate()
  meetingDate!: string;

  @Field({ defaultValue: "", description: "Tovholderens kommentarer (højst 4000 tegn)." })
  @MaxLength(4000, { message: "Kommentarerne må højst være 4000 tegn." })
  comments!: string;
}
