import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { adjustBudget, approveBudget, budgetChanges, decideBudgetChange, lineHistory } from "./budget-change.service.js";
import { AdjustBudgetInput, ApproveBudgetInput, BudgetChangeStatusEnum, BudgetChangeType, DecideBudgetChangeInput } from "./budget-change.types.js";
import { BudgetLineType, BudgetType } from "./budget.types.js";

@Resolver(() => BudgetType)
export class BudgetChangeResolver {
  @Allow("budget.read")
  @FieldResolver(() => [BudgetChangeType], {
    description: "Budgettets historik af justeringer, nyeste først; status=PENDING giver det, der venter på styregruppen.",
  })
  changes(
    @Ctx() ctx: Context,
    @Root() budget: BudgetType,
    @Arg("status", () => BudgetChangeStatusEnum, {
      nullable: true,
      description: "Kun ændringer med denne status; udelad for alle.",
    })
    status?: BudgetChangeStatusEnum | null,
  ): Promise<BudgetChangeType[]> {
    return budgetChanges(ctx, budget, status);
  }

  @Allow("budget.adjust")
  @Mutation(() => BudgetChangeType, {
    description:
      "En faglig leder justerer et godkendt budget: omplacering eller ændring med finansiering. Under projektets tærskel " +
      "gennemføres den straks; over tærsklen, eller når budgettets total ændres, afventer den styregruppen.",
  })
  adjustBudget(
    @Ctx() ctx: Context,
    @Arg("input", () => AdjustBudgetInput, {
      description: "Justeringen: art, år, beløb, linjer, begrundelse og linjernes versioner.",
    })
    input: AdjustBudgetInput,
  ): Promise<BudgetChangeType> {
    return adjustBudget(ctx, input);
  }

  @Allow("budget.approve")
  @Mutation(() => BudgetChangeType, { description: "Styregruppen godkender eller afviser en ventende ændring; ikke den, der bad om den." })
  decideBudgetChange(
    @Ctx() ctx: Context,
    @Arg("input", () => DecideBudgetChangeInput, {
      description: "Afgørelsen: ændringen, godkend eller afvis, kommentar og ændringens version.",
    })
    input: DecideBudgetChangeInput,
  ): Promise<BudgetChangeType> {
    return decideBudgetChange(ctx, input);
  }

  @Allow("budget.approve")
  @Mutation(() => BudgetType, {
    description: "Styregruppen godkender et budget, der er sendt til godkendelse (SUBMITTED); det låses som det oprindelige budget.",
  })
  approveBudget(
    @Ctx() ctx: Context,
    @Arg("input", () => ApproveBudgetInput, { description: "Budgettet, der godkendes, og dets version." }) input: ApproveBudgetInput,
  ): Promise<BudgetType> {
    return approveBudget(ctx, input);
  }
}

@Resolver(() => BudgetLineType)
export class BudgetLineHistoryResolver {
  @Allow("budget.read")
  @FieldResolver(() => [BudgetChangeType], { description: "Linjens historik: de ændringer, der rører linjen, nyeste først." })
  history(@Ctx() ctx: Context, @Root() line: BudgetLineType): Promise<BudgetChangeType[]> {
    return lineHistory(ctx, line);
  }
}
