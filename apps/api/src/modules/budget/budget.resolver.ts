import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { budgetFollowUp } from "./follow-up.service.js";
import { BudgetFollowUpType } from "./follow-up.types.js";
import type { Context } from "../../context.js";
import { BudgetSideEnum } from "../../common/enums.js";
import { budgetLines, budgetTotalsFor, budgetYearRange } from "./budget.service.js";
import { BudgetLineType, BudgetTotalsType, BudgetType } from "./budget.types.js";

@Resolver(() => BudgetType)
export class BudgetResolver {
  @Allow("project.read")
  @FieldResolver(() => [Int], { description: "Budgetårene fra første til sidste." })
  years(@Root() budget: BudgetType): number[] {
    return budgetYearRange(budget);
  }

  @Allow("project.read")
  @FieldResolver(() => [BudgetLineType], { description: "Budgetlinjerne i dokumentets rækkefølge, evt. kun én side." })
  lines(
    @Ctx() ctx: Context,
    @Root() budget: BudgetType,
    @Arg("side", () => BudgetSideEnum, {
      nullable: true,
      description: "Kun linjer på denne side; udelad for begge sider.",
    })
    side?: BudgetSideEnum | null,
  ): Promise<BudgetLineType[]> {
    return budgetLines(ctx, budget, side);
  }

  @Allow("project.read")
  @FieldResolver(() => BudgetTotalsType, {
    description: "Det korrigerede budgets totaler pr. side og år, og om indtægter er lig udgifter.",
  })
  async totals(@Ctx() ctx: Context, @Root() budget: BudgetType): Promise<BudgetTotalsType> {
    return (await budgetTotalsFor(ctx, budget, "corrected")) as BudgetTotalsType;
  }

  @Allow("project.read")
  @FieldResolver(() => BudgetTotalsType, {
    nullable: true,
    description: "Det oprindelige (godkendte) budgets totaler; null før styregruppen har godkendt budgettet.",
  })
  originalTotals(@Ctx() ctx: Context, @Root() budget: BudgetType): Promise<BudgetTotalsType | null> {
    return budgetTotalsFor(ctx, budget, "original");
  }

  @Allow("budget.read")
  @FieldResolver(() => BudgetFollowUpType, {
    description:
      "Budgetopfølgning pr. en dato (standard: i dag): oprindeligt, korrigeret, forbrug, rest, forbrug mod aktivitet, " +
      "enhedspriser, forbrug pr. måned, forventet forbrug med metode, og status med den regel, der satte den.",
  })
  followUp(
    @Ctx() ctx: Context,
    @Root() budget: BudgetType,
    @Arg("asOf", () => String, { nullable: true, description: "ÅÅÅÅ-MM-DD; standard er dagens dato." }) asOf?: string | null,
    @Arg("year", () => Int, { nullable: true, description: "Kun ét budgetår; standard er hele budgettet." }) year?: number | null,
  ): Promise<BudgetFollowUpType> {
    return budgetFollowUp(ctx, budget, asOf, year);
  }
}
