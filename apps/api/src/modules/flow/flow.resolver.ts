import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { ProjectType } from "../projects/project.types.js";
import { completeMilestone, conversationPace, projectCapacityPlan, projectGoals, projectMilestones } from "./flow.service.js";
import { CapacityPlanType, CompleteMilestoneInput, ConversationPaceType, GoalType, MilestoneType } from "./flow.types.js";

@Resolver(() => ProjectType)
export class FlowPlanResolver {
  @Allow("project.read")
  @FieldResolver(() => CapacityPlanType, { nullable: true, description: "Kapacitetsplanen, eller null når projektet ikke har en forløbsplan." })
  capacityPlan(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<CapacityPlanType | null> {
    return projectCapacityPlan(ctx, project.id);
  }

  @Allow("project.read")
  @FieldResolver(() => ConversationPaceType, { nullable: true, description: "Tempoet for indledende samtaler pr. ISO-uge mod planen." })
  conversationPace(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("asOf", () => String, { nullable: true, description: "ÅÅÅÅ-MM-DD; standard er dagens dato." }) asOf?: string | null,
  ): Promise<ConversationPaceType | null> {
    return conversationPace(ctx, project.id, asOf);
  }

  @Allow("project.read")
  @FieldResolver(() => [GoalType], { description: "Projektets mål med indikatorerne pr. datoen; tal under 5 skjules for roller uden adgang til borgerne." })
  goals(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("asOf", () => String, { nullable: true, description: "ÅÅÅÅ-MM-DD; standard er dagens dato." }) asOf?: string | null,
  ): Promise<GoalType[]> {
    return projectGoals(ctx, project.id, asOf);
  }

  @Allow("project.read")
  @FieldResolver(() => [MilestoneType], { description: "Tidsplanens milepæle med status pr. datoen (standard i dag)." })
  milestones(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("asOf", () => String, { nullable: true, description: "ÅÅÅÅ-MM-DD; standard er dagens dato." }) asOf?: string | null,
  ): Promise<MilestoneType[]> {
    return projectMilestones(ctx, project.id, asOf);
  }

  @Allow("milestone.complete")
  @Mutation(() => MilestoneType, { description: "Markér en milepæl som nået." })
  completeMilestone(
    @Ctx() ctx: Context,
    @Arg("input", () => CompleteMilestoneInput, { description: "Milepæl, dato og version." }) input: CompleteMilestoneInput,
  ): Promise<MilestoneType> {
    return completeMilestone(ctx, input);
  }
}
