import type { Hundredths, Ore } from "@overblik/domain";
import { IsUUID, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { BudgetSideEnum } from "../../common/enums.js";
import { MoneyScalar, QuantityScalar } from "../../common/scalars.js";
import { YearAmount } from "./budget.types.js";

@ObjectType("PriceIndexEntry", { description: "Pris- og lønindeks for ét år (fx 2012 = 100.00)." })
export class PriceIndexEntryType {
  @Field(() => Int, { description: "Året." })
  year!: number;

  @Field(() => QuantityScalar, { description: 'Indekstallet som decimalstreng, fx "101.50".' })
  index!: Hundredths;
}

@InputType("PriceIndexEntryInput", { description: "Indekstallet for ét år." })
export class PriceIndexEntryInput {
  @Field(() => Int, { description: "Året." })
  @Min(1900)
  @Max(2200)
  year!: number;

  @Field(() => QuantityScalar, { description: 'Indekstallet, fx "101.50" (større end 0).' })
  index!: Hundredths;
}

@InputType({ description: "Erstat budgettets prisindeks (år → indeks)." })
export class SetPriceIndexInput {
  @Field(() => ID, { description: "Budgettet." })
  @IsUUID("all", { message: "Ukendt budget." })
  budgetId!: string;

  @Field(() => [PriceIndexEntryInput], { description: "Indekstallene; et år må kun stå én gang." })
  @ValidateNested({ each: true })
  entries!: PriceIndexEntryInput[];
}

@ObjectType("RestatedLine", { description: "En budgetlinjes korrigerede beløb omregnet til et andet års priser." })
export class RestatedLineType {
  @Field(() => ID, { description: "Linjen." })
  lineId!: string;

  @Field({ description: "Linjens navn." })
  name!: string;

  @Field(() => BudgetSideEnum, { description: "Siden." })
  side!: BudgetSideEnum;

  @Field(() => [YearAmount], { description: "Beløb pr. år i det valgte års priser." })
  amounts!: YearAmount[];

  @Field(() => MoneyScalar, { description: "Linjens sum i det valgte års priser." })
  total!: Ore;
}

@ObjectType("RestatedBudget", { description: "Budgettet i et andet års priser: beløb × indeks(til) / indeks(fra), afrundet pr. celle." })
export class RestatedBudgetType {
  @Field(() => Int, { description: "Budgettets eget pris- og lønniveau." })
  fromYear!: number;

  @Field(() => Int, { description: "Det år, beløbene er omregnet til." })
  toYear!: number;

  @Field({ description: 'Omregningen i ord, fx "Omregnet fra 2012-p/l (100,00) til 2015-p/l (104,90)".' })
  explanation!: string;

  @Field(() => [RestatedLineType], { description: "Linjerne." })
  lines!: RestatedLineType[];

  @Field(() => MoneyScalar, { description: "Indtægter i alt, som summen af de omregnede celler." })
  income!: Ore;

  @Field(() => MoneyScalar, { description: "Udgifter i alt, som summen af de omregnede celler." })
  expense!: Ore;
}
