import type { Hundredths, Ore } from "@overblik/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { BudgetSideEnum, BudgetStatusEnum } from "../../common/enums.js";
import { MoneyScalar, QuantityScalar } from "../../common/scalars.js";

@ObjectType({ description: "Et beløb for ét budgetår." })
export class YearAmount {
  @Field(() => Int, { description: "Budgetåret, fx 2012." })
  year!: number;

  @Field(() => MoneyScalar, { description: 'Beløbet i kroner (Money), fx "794000.00"; kan være negativt.' })
  amount!: Ore;
}

@ObjectType("ActivityDriver", {
  description: 'Den aktivitet, en linje betaler for: "Lægekonsulent honorar v/ca. 50 timer" = 50 timer × 800 kr.',
})
export class ActivityDriverType {
  @Field({ description: "Enheden: timer, samtaler, møder, deltagere, borgere …" })
  unit!: string;

  @Field(() => QuantityScalar, { description: "Planlagt antal." })
  plannedQuantity!: Hundredths;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Planlagt pris pr. enhed, som dokumentet angiver den; null når den ikke er angivet.",
  })
  unitRate!: Ore | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Planlagt pris pr. enhed: den angivne, ellers korrigeret budget / planlagt antal.",
  })
  plannedUnitCost!: Ore | null;
}

@ObjectType("AccountPart", { description: "En del af et kontonummer i den autoriserede kontoplan, fx funktion 90." })
export class AccountPartType {
  @Field({ description: "Delens nøgle: hovedkonto, hovedfunktion, funktion, dranst, ejerforhold, omkostningssted, gruppering, hovedart eller art." })
  key!: string;

  @Field({ description: 'Delens navn på dansk, fx "Hovedfunktion".' })
  label!: string;

  @Field({ description: 'Delens cifre, fx "68".' })
  digits!: string;
}

@ObjectType("BudgetLine", { description: "En budgetlinje på indtægts- eller udgiftssiden, med beløb pr. år (kan være negativ)." })
export class BudgetLineType {
  @Field(() => ID, { description: "Linjens id." })
  id!: string;

  budgetId!: string;

  @Field(() => BudgetSideEnum, { description: "Om linjen er en indtægt eller en udgift." })
  side!: BudgetSideEnum;

  @Field({ description: 'Linjens tekst som i økonomioverslaget, fx "BSO tovholder frikøb fuld tid".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Linjens gruppe, fx "Tilskud" eller "Honorarer"; null, hvis ingen.' })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'Bemærkning til linjen, fx "Ca. 50 timer à 800 kr."; null, hvis ingen.' })
  note!: string | null;

  @Field(() => String, { nullable: true, description: 'Kontonummer i den autoriserede kontoplan: 16 cifre, fx "5689010000000140"; null, hvis intet.' })
  accountNumber!: string | null;

  @Field(() => [AccountPartType], {
    nullable: true,
    description:
      "Kontonummeret delt efter kontoplanen (hovedkonto, hovedfunktion, funktion, dranst, ejerforhold, omkostningssted, gruppering, hovedart, art); null uden kontonummer.",
  })
  accountParts!: AccountPartType[] | null;

  @Field(() => Int, { description: "Rækkefølgen i dokumentet." })
  sortOrder!: number;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning." })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Hvilke hændelser i forløbet der tæller som linjens aktivitet: CONVERSATIONS_HELD (holdte indledende samtaler), TEAM_HOURS (timer på teammøder for de teammedlemmer, linjen betaler), INTERVENTION_UNITS (leverede enheder af de indsatser, linjen betaler); null: aktiviteten registreres i hånden.",
  })
  activitySource!: string | null;

  @Field(() => [YearAmount], {
    description: "Korrigeret budget pr. år: det oprindelige plus alle gennemførte ændringer. Et år uden beløb er 0.",
  })
  amounts!: YearAmount[];

  @Field(() => MoneyScalar, { description: "Linjens korrigerede budget over alle år." })
  total!: Ore;

  @Field(() => [YearAmount], {
    nullable: true,
    description: "Oprindeligt budget pr. år, som styregruppen godkendte det; null før godkendelsen.",
  })
  originalAmounts!: YearAmount[] | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Linjens oprindelige budget over alle år; null før godkendelsen." })
  originalTotal!: Ore | null;

  @Field(() => ActivityDriverType, { nullable: true, description: "Aktivitetsdriveren, hvis linjen betaler for en målbar aktivitet." })
  driver!: ActivityDriverType | null;
}

@ObjectType("YearBalance", { description: "Indtægter og udgifter i ét budgetår." })
export class YearBalanceType {
  @Field(() => Int, { description: "Budgetåret, fx 2012." })
  year!: number;

  @Field(() => MoneyScalar, { description: "Årets indtægter i kroner (Money)." })
  income!: Ore;

  @Field(() => MoneyScalar, { description: "Årets udgifter i kroner (Money)." })
  expense!: Ore;

  @Field(() => MoneyScalar, { description: "Indtægter minus udgifter." })
  difference!: Ore;

  @Field({ description: "Indtægter er lig udgifter i året." })
  balanced!: boolean;
}

@ObjectType("BudgetTotals", { description: "Budgettets totaler pr. side og pr. år; balancen vises, den tvinges ikke." })
export class BudgetTotalsType {
  @Field(() => MoneyScalar, { description: "Indtægter i alt over alle år, i kroner (Money)." })
  income!: Ore;

  @Field(() => MoneyScalar, { description: "Udgifter i alt over alle år, i kroner (Money)." })
  expense!: Ore;

  @Field(() => MoneyScalar, { description: "Indtægter minus udgifter i alt." })
  difference!: Ore;

  @Field({ description: "Indtægter er lig udgifter i alt og i hvert år." })
  balanced!: boolean;

  @Field(() => [YearBalanceType], { description: "Balancen pr. budgetår, fra første til sidste år." })
  years!: YearBalanceType[];
}

@ObjectType("Budget", { description: "Et projekts budget (økonomioverslag) over et eller flere år, i en prisfremskrivning (p/l)." })
export class BudgetType {
  @Field(() => ID, { description: "Budgettets id." })
  id!: string;

  projectId!: string;

  @Field({ description: 'Budgettets navn, fx "Økonomioverslag".' })
  name!: string;

  @Field(() => Int, { nullable: true, description: "Pris- og lønniveau (p/l), fx 2012." })
  priceLevelYear!: number | null;

  @Field(() => Int, { description: "Første budgetår, fx 2012." })
  startYear!: number;

  @Field(() => Int, { description: "Sidste budgetår (medregnet); lig startYear for et etårigt budget." })
  endYear!: number;

  @Field(() => BudgetStatusEnum, {
    description: "DRAFT, indtil styregruppen godkender budgettet; derefter APPROVED, og beløb ændres kun med adjustBudget.",
  })
  status!: BudgetStatusEnum;

  @Field({ description: "Bemærkning til budgettet; tom streng, hvis ingen." })
  note!: string;

  @Field(() => String, {
    nullable: true,
    description: "Hvornår styregruppen godkendte budgettet (ISO 8601); derefter er det oprindelige budget låst.",
  })
  approvedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Hvornår lederen sidst sendte budgettet til godkendelse (ISO 8601); null, hvis aldrig." })
  submittedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Styregruppens kommentar, da budgettet blev sendt tilbage som udkast; vises for lederen indtil næste indsendelse, ellers null.",
  })
  reviewComment!: string | null;

  @Field(() => String, { nullable: true, description: "Hvornår styregruppen sidst sendte budgettet tilbage (ISO 8601); null, hvis aldrig." })
  reviewedAt!: string | null;

  /** Who sent it back (resolved to a name by BudgetDraftResolver.reviewedBy). */
  reviewedById!: string | null;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning (udkast, indsendelse og godkendelse)." })
  version!: number;
}

@ObjectType("CompetencePool", { description: "En pulje til kompetenceudvikling, fx 185.000 kr. i Brug for alle." })
export class CompetencePoolType {
  @Field(() => ID, { description: "Puljens id." })
  id!: string;

  projectId!: string;

  @Field({ description: 'Puljens navn, fx "Kompetenceudvikling".' })
  name!: string;

  @Field(() => MoneyScalar, { description: 'Puljens størrelse i kroner (Money), fx "185000.00".' })
  amount!: Ore;

  @Field({ description: "Hvad puljen skal bruges til; tom streng, hvis ikke angivet." })
  description!: string;
}
