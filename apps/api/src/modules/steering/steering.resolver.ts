import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { onReadReplica } from "../../common/read-replica.js";
import { ProjectType } from "../projects/project.types.js";
import { projectDashboard } from "./dashboard.service.js";
import { projectEffect } from "./effect.service.js";
import { EffectType } from "./effect.types.js";
import { closeMeetingPack, meetingPack, meetingPacks } from "./meeting-pack.service.js";
import { portfolio } from "./portfolio.service.js";
import { CloseMeetingPackInput, MeetingPackSummaryType, MeetingPackType, PortfolioType, ProjectDashboardType } from "./steering.types.js";

/**
 * The portfolio, a project's dashboard and its effect are read-only and read through onReadReplica (DATABASE_READ_URL,
 * when set); meeting packs stay on the primary (a pack just closed is in the list at once, and closing one writes).
 */
@Resolver(() => ProjectType)
export class SteeringResolver {
  @Allow("steering.read")
  @Query(() => PortfolioType, { description: "Porteføljen: de projekter, du styrer, leder eller er tovholder for, med trafiklys og reglerne bag." })
  portfolio(
    @Ctx() ctx: Context,
    @Arg("asOf", () => String, { nullable: true, description: "ÅÅÅÅ-MM-DD; standard er dagens dato." }) asOf?: string | null,
  ): Promise<PortfolioType> {
    return portfolio(onReadReplica(ctx), asOf);
  }

  @Allow("steering.read")
  @FieldResolver(() => ProjectDashboardType, {
    description:
      "Styregruppens overblik pr. en dato: fremdrift og økonomi på én side; for andre end tovholderen er tallene om borgere pr. seneste månedsafslutning og afrundet til nærmeste 5 (under 5 vises som <5).",
  })
  dashboard(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("asOf", () => String, { nullable: true, description: "ÅÅÅÅ-MM-DD; standard er dagens dato." }) asOf?: string | null,
  ): Promise<ProjectDashboardType> {
    return projectDashboard(onReadReplica(ctx), project.id, asOf);
  }

  @Allow("steering.read")
  @FieldResolver(() => EffectType, {
    nullable: true,
    description: "Effekten mod kontrolgruppen pr. en dato, eller null når projektet ikke har indsats- og kontrolgruppe.",
  })
  effect(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("asOf", () => String, { nullable: true, description: "ÅÅÅÅ-MM-DD; standard er dagens dato." }) asOf?: string | null,
  ): Promise<EffectType | null> {
    return projectEffect(onReadReplica(ctx), project.id, asOf);
  }

  @Allow("steering.read")
  @FieldResolver(() => [MeetingPackSummaryType], { description: "Projektets lukkede mødepakker, nyeste først." })
  meetingPacks(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<MeetingPackSummaryType[]> {
    return meetingPacks(ctx, project.id);
  }

  @Allow("steering.read")
  @Query(() => MeetingPackType, { description: "Én frossen mødepakke med dens tal." })
  meetingPack(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Pakken." }) id: string): Promise<MeetingPackType> {
    return meetingPack(ctx, id);
  }

  @Allow("steering.comment")
  @Mutation(() => MeetingPackType, {
    description: "Luk pakke til møde: fryser overblikkets tal pr. mødedatoen (som styregruppen ser dem) med tovholderens kommentarer.",
  })
  closeMeetingPack(
    @Ctx() ctx: Context,
    @Arg("input", () => CloseMeetingPackInput, { description: "Projekt, mødedato og kommentarer." }) input: CloseMeetingPackInput,
  ): Promise<MeetingPackType> {
    return closeMeetingPack(ctx, input);
  }
}
