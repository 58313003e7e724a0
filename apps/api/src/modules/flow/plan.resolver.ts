import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { ParticipantType } from "../participants/participant.types.js";
import { ProjectType } from "../projects/project.types.js";
import {
  actionPlan,
  addIntervention,
  addPlanItem,
  catalogue,
  participantOutcomes,
  projectAlerts,
  recordInterventionUnits,
  recordOutcome,
  reportNonCompliance,
  resolveAlert,
  setInterventionBudgetLine,
  setKeepInTeamQueue,
  setPlanItemStatus,
  tovholderOverview,
} from "./plan.service.js";
import {
  ActionPlanItemType,
  AddInterventionInput,
  AddPlanItemInput,
  InterventionType,
  OutcomeType,
  OverviewRowType,
  PlanAlertType,
  RecordInterventionUnitsInput,
  RecordOutcomeInput,
  ReportNonComplianceInput,
  ResolveAlertInput,
  SetInterventionBudgetLineInput,
  SetKeepInTeamQueueInput,
  SetPlanItemStatusInput,
} from "./plan.types.js";

@Resolver(() => ProjectType)
export class ProjectPlanResolver {
  @Allow("project.read")
  @FieldResolver(() => [InterventionType], { description: "Ydelseskataloget." })
  interventions(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<InterventionType[]> {
    return catalogue(ctx, project.id);
  }

  @Allow("flow.coordinate")
  @FieldResolver(() => [PlanAlertType], { description: "Advarsler om indsatser, der ikke følges (standard: kun åbne)." })
  alerts(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("openOnly", () => Boolean, { defaultValue: true, description: "Kun åbne advarsler." }) openOnly: boolean,
    @Arg("participantId", () => ID, { nullable: true, description: "Kun denne borgers advarsler (borgerens side); uden: alle borgeres." })
    participantId: string | null,
  ): Promise<PlanAlertType[]> {
    return projectAlerts(ctx, project.id, openOnly, participantId ?? null);
  }

  @Allow("flow.coordinate")
  @FieldResolver(() => [OverviewRowType], { description: "Tovholderens overblik over alle borgere, mest presserende først. Visningen logges." })
  overview(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("asOf", () => String, { nullable: true, description: "ÅÅÅÅ-MM-DD; standard er dagens dato." }) asOf?: string | null,
  ): Promise<OverviewRowType[]> {
    return tovholderOverview(ctx, project.id, asOf);
  }

  @Allow("catalogue.edit")
  @Mutation(() => InterventionType, { description: "Tilføj en indsats til ydelseskataloget." })
  addIntervention(
    @Ctx() ctx: Context,
    @Arg("input", () => AddInterventionInput, { description: "Indsatsen." }) input: AddInterventionInput,
  ): Promise<InterventionType> {
    return addIntervention(ctx, input);
  }

  @Allow("catalogue.edit")
  @Mutation(() => InterventionType, {
    description: "Knyt en indsats til den budgetlinje, der betaler den: leverede enheder bliver aktivitet på linjen, når dens kilde er INTERVENTION_UNITS.",
  })
  setInterventionBudgetLine(
    @Ctx() ctx: Context,
    @Arg("input", () => SetInterventionBudgetLineInput, { description: "Indsats, linje og version." }) input: SetInterventionBudgetLineInput,
  ): Promise<InterventionType> {
    return setInterventionBudgetLine(ctx, input);
  }

  @Allow("flow.coordinate")
  @Mutation(() => PlanAlertType, { description: "Tovholderens opfølgning på en advarsel." })
  resolvePlanAlert(
    @Ctx() ctx: Context,
    @Arg("input", () => ResolveAlertInput, { description: "Advarsel og opfølgning." }) input: ResolveAlertInput,
  ): Promise<PlanAlertType> {
    return resolveAlert(ctx, input);
  }
}

@Resolver(() => ParticipantType)
export class ParticipantPlanResolver {
  @Allow("participant.read")
  @FieldResolver(() => [ActionPlanItemType], { description: "Indsatsplanen, måned for måned." })
  actionPlan(@Ctx() ctx: Context, @Root() participant: ParticipantType): Promise<ActionPlanItemType[]> {
    return actionPlan(ctx, participant.id);
  }

  @Allow("participant.read")
  @FieldResolver(() => [OutcomeType], { description: "Resultaterne." })
  outcomes(@Ctx() ctx: Context, @Root() participant: ParticipantType): Promise<OutcomeType[]> {
    return participantOutcomes(ctx, participant.id);
  }

  @Allow("flow.record")
  @Mutation(() => [ActionPlanItemType], { description: "Tilføj en indsats til borgerens indsatsplan; returnerer planen." })
  addPlanItem(
    @Ctx() ctx: Context,
    @Arg("input", () => AddPlanItemInput, { description: "Planpunktet." }) input: AddPlanItemInput,
  ): Promise<ActionPlanItemType[]> {
    return addPlanItem(ctx, input);
  }

  @Allow("flow.record")
  @Mutation(() => [ActionPlanItemType], { description: "Skift status på et planpunkt; returnerer planen." })
  setPlanItemStatus(
    @Ctx() ctx: Context,
    @Arg("input", () => SetPlanItemStatusInput, { description: "Planpunkt og status." }) input: SetPlanItemStatusInput,
  ): Promise<ActionPlanItemType[]> {
    return setPlanItemStatus(ctx, input);
  }

  @Allow("flow.record")
  @Mutation(() => PlanAlertType, { description: "Meld at borgeren ikke følger en indsats: en advarsel til tovholderen." })
  reportNonCompliance(
    @Ctx() ctx: Context,
    @Arg("input", () => ReportNonComplianceInput, { description: "Planpunkt og melding." }) input: ReportNonComplianceInput,
  ): Promise<PlanAlertType> {
    return reportNonCompliance(ctx, input);
  }

  @Allow("flow.record")
  @Mutation(() => [OutcomeType], { description: "Registrér et resultat; returnerer borgerens resultater." })
  recordOutcome(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordOutcomeInput, { description: "Resultatet." }) input: RecordOutcomeInput,
  ): Promise<OutcomeType[]> {
    return recordOutcome(ctx, input);
  }

  @Allow("flow.record")
  @Mutation(() => [ActionPlanItemType], {
    description: "Registrér leverede enheder af en indsats; de bliver aktivitet på indsatsens budgetlinje, hvor en er knyttet til. Returnerer planen.",
  })
  recordInterventionUnits(
    @Ctx() ctx: Context,
    @Arg("input", () => RecordInterventionUnitsInput, { description: "Planpunkt, dato, antal og version." }) input: RecordInterventionUnitsInput,
  ): Promise<ActionPlanItemType[]> {
    return recordInterventionUnits(ctx, input);
  }

  @Allow("flow.coordinate")
  @Mutation(() => Boolean, { description: "Lad en rematchet borger blive i teamets kø (true) eller forlade den (false)." })
  setKeepInTeamQueue(
    @Ctx() ctx: Context,
    @Arg("input", () => SetKeepInTeamQueueInput, { description: "Deltager og valg." }) input: SetKeepInTeamQueueInput,
  ): Promise<boolean> {
    return setKeepInTeamQueue(ctx, input);
  }
}
