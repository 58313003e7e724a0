import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireReadAccess } from "../../common/access.js";
import type { Context } from "../../context.js";
import { CompetencePoolType } from "./budget.types.js";
import { addCompetenceActivity, poolSummary, recordCompetenceActivity, toActivityType } from "./competence.service.js";
import { AddCompetenceActivityInput, CompetenceActivityType, CompetencePoolSummaryType, RecordCompetenceActivityInput } from "./competence.types.js";

@Resolver(() => CompetencePoolType)
export class CompetencePoolResolver {
  @Allow("project.read")
  @FieldResolver(() => [CompetenceActivityType], { description: "Puljens aktiviteter efter dato." })
  async activities(@Ctx() ctx: Context, @Root() pool: CompetencePoolType): Promise<CompetenceActivityType[]> {
    requireReadAccess(ctx, "project.read", pool.projectId);
    return (await ctx.loaders.activitiesByPool.load(pool.id)).map(toActivityType);
  }

  @Allow("project.read")
  @FieldResolver(() => CompetencePoolSummaryType, { description: "Forbrug mod puljen og pris pr. deltager, planlagt mod faktisk." })
  async summary(@Ctx() ctx: Context, @Root() pool: CompetencePoolType): Promise<CompetencePoolSummaryType> {
    requireReadAccess(ctx, "project.read", pool.projectId);
    return poolSummary(pool.amount, (await ctx.loaders.activitiesByPool.load(pool.id)).map(toActivityType));
  }

  @Allow("competence.plan")
  @Mutation(() => CompetenceActivityType, { description: "Planlæg en aktivitet i en kompetenceudviklingspulje." })
  addCompetenceActivity(
    @Ctx() ctx: Context,
    @Arg("input", () => AddCompetenceActivityInput, { description: "Aktiviteten, der planlægges." }) input: AddCompetenceActivityInput,
  ): Promise<CompetenceActivityType> {
    return addCompetenceActivity(ctx, input);
  }

  @Allow("competence.plan")
  @Mutation(() => CompetenceActivityType, { description: "Registrér en aktivitet som afholdt (med faktiske tal), aflyst eller planlagt igen." })
  recordCompetenceActivity(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordCompetenceActivityInput, {
      description: "Aktiviteten, dens nye status, de faktiske tal og dens version.",
    })
    input: RecordCompetenceActivityInput,
  ): Promise<CompetenceActivityType> {
    return recordCompetenceActivity(ctx, input);
  }
}
