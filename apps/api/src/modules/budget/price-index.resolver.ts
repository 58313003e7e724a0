import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { BudgetType } from "./budget.types.js";
import { priceIndex, restatedBudget, setPriceIndex } from "./price-index.service.js";
import { PriceIndexEntryType, RestatedBudgetType, SetPriceIndexInput } from "./price-index.types.js";

@Resolver(() => BudgetType)
export class PriceIndexResolver {
  @Allow("project.read")
  @FieldResolver(() => [PriceIndexEntryType], { description: "Budgettets pris- og lønindeks (år → indeks)." })
  priceIndex(@Ctx() ctx: Context, @Root() budget: BudgetType): Promise<PriceIndexEntryType[]> {
    return priceIndex(ctx, budget);
  }

  @Allow("project.read")
  @FieldResolver(() => RestatedBudgetType, {
    description: "Det korrigerede budget i et andet års priser, beregnet med budgettets prisindeks. BAD_USER_INPUT hvis indekset mangler.",
  })
  restated(
    @Ctx() ctx: Context,
    @Root() budget: BudgetType,
    @Arg("toYear", () => Int, { description: "Det år, beløbene skal vises i priser for." }) toYear: number,
  ): Promise<RestatedBudgetType> {
    return restatedBudget(ctx, budget, toYear);
  }

  @Allow("budget.adjust")
  @Mutation(() => [PriceIndexEntryType], { description: "Erstat budgettets prisindeks (alt eller intet)." })
  setBudgetPriceIndex(
    @Ctx() ctx: Context,
    @Arg("input", () => SetPriceIndexInput, { description: "Budget og indekstal." }) input: SetPriceIndexInput,
  ): Promise<PriceIndexEntryType[]> {
    return setPriceIndex(ctx, input);
  }
}
