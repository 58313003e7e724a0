import { DEFAULT_RULES, describeRag, type Hundredths, type Ore } from "@overblik/domain";
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { BudgetSideEnum } from "../../common/enums.js";
import { MoneyScalar, QuantityScalar } from "../../common/scalars.js";

export enum RagEnum {
  GREEN = "GREEN",
  AMBER = "AMBER",
  RED = "RED",
  NONE = "NONE",
}

export enum ForecastMethodEnum {
  ACTIVITY = "ACTIVITY",
  LINEAR = "LINEAR",
  SPENT = "SPENT",
  BUDGET = "BUDGET",
}

registerEnumType(RagEnum, {
  name: "Rag",
  description: "Status: grøn, gul eller rød; NONE for linjer, der ikke vurderes (indtægter).",
  valuesConfig: {
    GREEN: { description: "Grøn: inden for budgettet, forbrug følger aktiviteten." },
    AMBER: { description: describeRag(DEFAULT_RULES).AMBER },
    RED: { description: describeRag(DEFAULT_RULES).RED },
    NONE: { description: "Vurderes ikke." },
  },
});
registerEnumType(ForecastMethodEnum, {
  name: "ForecastMethod",
  description: "Hvordan forventet forbrug ved afslutning er beregnet.",
  valuesConfig: {
    ACTIVITY: { description: "Forbrug + resterende planlagt aktivitet × planlagt enhedspris." },
    LINEAR: { description: "Forbruget fremskrevet lineært over periodens dage." },
    SPENT: { description: "Perioden er slut, eller al aktivitet er leveret: forventet = forbrug." },
    BUDGET: { description: "Perioden er ikke begyndt: forventet = korrigeret budget." },
  },
});

@ObjectType("BudgetFollowUpLine", { description: "Opfølgning på én budgetlinje pr. den valgte dato." })
export class FollowUpLineType {
  @Field(() => ID, { description: "Budgetlinjens id." })
  lineId!: string;

  @Field({ description: "Budgetlinjens navn." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Linjens gruppe; null, hvis ingen." })
  category!: string | null;

  @Field(() => BudgetSideEnum, { description: "Om linjen er en indtægt eller en udgift." })
  side!: BudgetSideEnum;

  @Field(() => MoneyScalar, { nullable: true, description: "Oprindeligt budget (null før godkendelse)." })
  original!: Ore | null;

  @Field(() => MoneyScalar, { description: "Korrigeret budget." })
  corrected!: Ore;

  @Field(() => MoneyScalar, { description: "Forbrug: summen af posteringer til og med datoen (for indtægter: modtaget)." })
  spent!: Ore;

  @Field(() => MoneyScalar, { description: "Rest: korrigeret budget minus forbrug." })
  rest!: Ore;

  @Field(() => Float, { nullable: true, description: "Forbrug i procent af korrigeret budget." })
  spentPercent!: number | null;

  @Field(() => Float, { nullable: true, description: "Leveret aktivitet i procent af den planlagte (kun linjer med aktivitetsdriver)." })
  activityPercent!: number | null;

  @Field(() => String, { nullable: true, description: "Aktivitetsdriverens enhed (timer, samtaler …)." })
  driverUnit!: string | null;

  @Field(() => QuantityScalar, {
    nullable: true,
    description: 'Planlagt aktivitet i driverens enhed, fx "50.00" timer; null uden aktivitetsdriver.',
  })
  plannedQuantity!: Hundredths | null;

  @Field(() => QuantityScalar, { nullable: true, description: "Leveret aktivitet til og med datoen." })
  deliveredQuantity!: Hundredths | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Planlagt pris pr. enhed." })
  plannedUnitCost!: Ore | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Faktisk pris pr. leveret enhed: forbrug / leveret aktivitet." })
  actualUnitCost!: Ore | null;

  @Field(() => MoneyScalar, { description: "Forbrug pr. påbegyndt måned i perioden." })
  burnRatePerMonth!: Ore;

  @Field(() => MoneyScalar, { description: "Forventet forbrug ved afslutning." })
  forecast!: Ore;

  @Field(() => ForecastMethodEnum, { description: "Metoden bag forventet forbrug (se forecastExplanation)." })
  forecastMethod!: ForecastMethodEnum;

  @Field({ description: "Beregningen af forventet forbrug, med tallene." })
  forecastExplanation!: string;

  @Field(() => MoneyScalar, { description: "Afvigelse: korrigeret budget minus forventet forbrug (negativ = forventet overskridelse)." })
  deviation!: Ore;

  @Field(() => RagEnum, { description: "Linjens status; NONE for linjer, der ikke vurderes (indtægter)." })
  rag!: RagEnum;

  @Field({ description: "Den regel, der gav statussen, med tallene." })
  ragReason!: string;
}

@ObjectType("BudgetFollowUpTotals", { description: "En sides totaler; status er den dårligste linjes, med dens begrundelse." })
export class FollowUpTotalsType {
  @Field(() => BudgetSideEnum, { description: "Siden, totalerne gælder." })
  side!: BudgetSideEnum;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Sidens oprindelige budget i kroner (Money); null før styregruppens godkendelse.",
  })
  original!: Ore | null;

  @Field(() => MoneyScalar, { description: "Sidens korrigerede budget i kroner (Money)." })
  corrected!: Ore;

  @Field(() => MoneyScalar, { description: "Sidens forbrug til og med datoen (for indtægter: modtaget), i kroner (Money)." })
  spent!: Ore;

  @Field(() => MoneyScalar, { description: "Korrigeret budget minus forbrug, i kroner (Money)." })
  rest!: Ore;

  @Field(() => MoneyScalar, { description: "Forventet forbrug ved afslutning, i kroner (Money): summen af linjernes." })
  forecast!: Ore;

  @Field(() => MoneyScalar, {
    description: "Korrigeret budget minus forventet forbrug, i kroner (Money); negativ = forventet overskridelse.",
  })
  deviation!: Ore;

  @Field(() => Float, { nullable: true, description: "Forbrug i procent af korrigeret budget (40.5 = 40,5 %); null, når budgettet er 0." })
  spentPercent!: number | null;

  @Field(() => RagEnum, { description: "Sidens status: den dårligste linjes; NONE for indtægtssiden." })
  rag!: RagEnum;

  @Field({ description: "Begrundelsen for statussen: den dårligste linjes regel, med tallene." })
  ragReason!: string;
}

@ObjectType("BudgetFollowUp", { description: "Budgetopfølgning pr. en dato, for hele perioden eller ét budgetår." })
export class BudgetFollowUpType {
  @Field({ description: "Opfølgningsdatoen (ISO 8601)." })
  asOf!: string;

  @Field(() => Int, { nullable: true, description: "Budgetåret, eller null for hele budgettet." })
  year!: number | null;

  @Field({ description: "Periodens start: projektets start eller årets første dag." })
  periodStart!: string;

  @Field({ description: "Periodens slut." })
  periodEnd!: string;

  @Field(() => [FollowUpLineType], { description: "Opfølgning pr. budgetlinje i dokumentets rækkefølge." })
  lines!: FollowUpLineType[];

  @Field(() => FollowUpTotalsType, { description: "Totaler for indtægtssiden." })
  income!: FollowUpTotalsType;

  @Field(() => FollowUpTotalsType, { description: "Totaler for udgiftssiden." })
  expense!: FollowUpTotalsType;

  @Field({ description: "Reglerne for status, i ord." })
  rules!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Budgettets navn, fx "Økonomioverslag" (det samme navn i alle eksporter); null i mødepakker, der blev frosset, før navnet kom med.',
  })
  budgetName!: string | null;
}
