import type { Ore } from "@overblik/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { BudgetSideEnum, BudgetStatusEnum } from "../../common/enums.js";
import { MoneyScalar } from "../../common/scalars.js";

@ObjectType({ description: "Et beløb for ét budgetår." })
export class YearAmount {
  @Field(() => Int)
  year!: number;

  @Field(() => MoneyScalar)
  amount!: Ore;
}

@ObjectType("BudgetLine", { description: "En budgetlinje på indtægts- eller udgiftssiden, med beløb pr. år (kan være negativ)." })
export class BudgetLineType {
  @Field(() => ID)
  id!: string;

  @Field(() => BudgetSideEnum)
  side!: BudgetSideEnum;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Int, { description: "Rækkefølgen i dokumentet." })
  sortOrder!: number;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning." })
  version!: number;

  @Field(() => [YearAmount], { description: "Beløb pr. budgetår; et år uden beløb er 0." })
  amounts!: YearAmount[];

  @Field(() => MoneyScalar, { description: "Linjens sum over alle år." })
  total!: Ore;
}

@ObjectType("YearBalance", { description: "Indtægter og udgifter i ét budgetår." })
export class YearBalanceType {
  @Field(() => Int)
  year!: number;

  @Field(() => MoneyScalar)
  income!: Ore;

  @Field(() => MoneyScalar)
  expense!: Ore;

  @Field(() => MoneyScalar, { description: "Indtægter minus udgifter." })
  difference!: Ore;

  @Field({ description: "Indtægter er lig udgifter i året." })
  balanced!: boolean;
}

@ObjectType("BudgetTotals", { description: "Budgettets totaler pr. side og pr. år; balancen vises, den tvinges ikke." })
export class BudgetTotalsType {
  @Field(() => MoneyScalar)
  income!: Ore;

  @Field(() => MoneyScalar)
  expense!: Ore;

  @Field(() => MoneyScalar, { description: "Indtægter minus udgifter i alt." })
  difference!: Ore;

  @Field({ description: "Indtægter er lig udgifter i alt og i hvert år." })
  balanced!: boolean;

  @Field(() => [YearBalanceType])
  years!: YearBalanceType[];
}

@ObjectType("Budget", { description: "Et projekts budget (økonomioverslag) over et eller flere år, i en prisfremskrivning (p/l)." })
export class BudgetType {
  @Field(() => ID)
  id!: string;

  projectId!: string;

  @Field()
  name!: string;

  @Field(() => Int, { nullable: true, description: "Pris- og lønniveau (p/l), fx 2012." })
  priceLevelYear!: number | null;

  @Field(() => Int)
  startYear!: number;

  @Field(() => Int)
  endYear!: number;

  @Field(() => BudgetStatusEnum)
  status!: BudgetStatusEnum;

  @Field()
  note!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType("CompetencePool", { description: "En pulje til kompetenceudvikling, fx 185.000 kr. i Brug for alle." })
export class CompetencePoolType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => MoneyScalar)
  amount!: Ore;

  @Field()
  description!: string;
}
