import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { ProjectType } from "../projects/project.types.js";
import { MilestoneType } from "./flow.types.js";
import { addTeamMeeting, cancelTeamMeeting, moveTeamMeeting } from "./meeting-planning.service.js";
import { AddTeamMeetingInput, CancelTeamMeetingInput, MoveTeamMeetingInput } from "./meeting-planning.types.js";
import { TeamMeetingType } from "./meeting.types.js";
import {
  createGoal,
  createMilestone,
  deleteGoal,
  deleteMilestone,
  flowPlan,
  goalDefinitions,
  setFlowPlan,
  updateGoal,
  updateMilestone,
} from "./plan-setup.service.js";
import {
  CreateGoalInput,
  CreateMilestoneInput,
  DeleteGoalInput,
  DeleteMilestoneInput,
  FlowPlanType,
  GoalDefinitionType,
  SetFlowPlanInput,
  UpdateGoalInput,
  UpdateMilestoneInput,
} from "./plan-setup.types.js";

/**
 * Setting a project's plan up in the product: goals, milestones and the flow plan (permission plan.edit), and
 * single team meetings (meeting.plan). Each service checks the permission for the project (requireAccess).
 */
@Resolver(() => ProjectType)
export class PlanSetupResolver {
  @Allow("project.read")
  @FieldResolver(() => FlowPlanType, { nullable: true, description: "Forløbsplanen, som den er skrevet, eller null når projektet ikke har en." })
  flowPlan(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<FlowPlanType | null> {
    return flowPlan(ctx, project.id);
  }

  @Allow("project.read")
  @FieldResolver(() => [GoalDefinitionType], { description: "Målene, som de er skrevet (til redigering), uden indikatorernes tal." })
  goalDefinitions(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<GoalDefinitionType[]> {
    return goalDefinitions(ctx, project.id);
  }

  @Allow("plan.edit")
  @Mutation(() => GoalDefinitionType, { description: "Opret et mål: indikator, mål i procent eller antal, udgangspunkt og dato." })
  createGoal(@Ctx() ctx: Context, @Arg("input", () => CreateGoalInput, { description: "Målet." }) input: CreateGoalInput): Promise<GoalDefinitionType> {
    return createGoal(ctx, input);
  }

  @Allow("plan.edit")
  @Mutation(() => GoalDefinitionType, { description: "Ret et mål med den version, skærmen viste; ellers CONFLICT." })
  updateGoal(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateGoalInput, { description: "Målet og dets nye felter." }) input: UpdateGoalInput,
  ): Promise<GoalDefinitionType> {
    return updateGoal(ctx, input);
  }

  @Allow("plan.edit")
  @Mutation(() => ID, { description: "Slet et mål; returnerer dets id." })
  deleteGoal(@Ctx() ctx: Context, @Arg("input", () => DeleteGoalInput, { description: "Målet og dets version." }) input: DeleteGoalInput): Promise<string> {
    return deleteGoal(ctx, input);
  }

  @Allow("plan.edit")
  @Mutation(() => MilestoneType, { description: "Opret en milepæl i tidsplanen." })
  createMilestone(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateMilestoneInput, { description: "Milepælen." }) input: CreateMilestoneInput,
  ): Promise<MilestoneType> {
    return createMilestone(ctx, input);
  }

  @Allow("plan.edit")
  @Mutation(() => MilestoneType, { description: "Ret en milepæl (navn, frist, ansvarlig, nået) med den version, skærmen viste; ellers CONFLICT." })
  updateMilestone(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateMilestoneInput, { description: "Milepælen og dens nye felter." }) input: UpdateMilestoneInput,
  ): Promise<MilestoneType> {
    return updateMilestone(ctx, input);
  }

  @Allow("plan.edit")
  @Mutation(() => ID, { description: "Slet en milepæl; returnerer dens id." })
  deleteMilestone(
    @Ctx() ctx: Context,
    @Arg("input", () => DeleteMilestoneInput, { description: "Milepælen og dens version." }) input: DeleteMilestoneInput,
  ): Promise<string> {
    return deleteMilestone(ctx, input);
  }

  @Allow("plan.edit")
  @Mutation(() => FlowPlanType, {
    description:
      "Opret eller ret forløbsplanen. Svaret har kapacitetsplanen og antallet af møder, planen mangler (dem opretter generateTeamMeetings). Forældet version giver CONFLICT.",
  })
  setFlowPlan(@Ctx() ctx: Context, @Arg("input", () => SetFlowPlanInput, { description: "Forløbsplanen." }) input: SetFlowPlanInput): Promise<FlowPlanType> {
    return setFlowPlan(ctx, input);
  }

  @Allow("meeting.plan")
  @Mutation(() => TeamMeetingType, { description: "Tilføj ét ekstra teammøde; en dato med et møde i forvejen afvises." })
  addTeamMeeting(
    @Ctx() ctx: Context,
    @Arg("input", () => AddTeamMeetingInput, { description: "Projekt, dato og evt. dagsordenens grænse." }) input: AddTeamMeetingInput,
  ): Promise<TeamMeetingType> {
    return addTeamMeeting(ctx, input);
  }

  @Allow("meeting.plan")
  @Mutation(() => TeamMeetingType, { description: "Flyt et planlagt teammøde til en anden dato." })
  moveTeamMeeting(
    @Ctx() ctx: Context,
    @Arg("input", () => MoveTeamMeetingInput, { description: "Mødet, dets version og den nye dato." }) input: MoveTeamMeetingInput,
  ): Promise<TeamMeetingType> {
    return moveTeamMeeting(ctx, input);
  }

  @Allow("meeting.plan")
  @Mutation(() => TeamMeetingType, {
    description: "Aflys et planlagt teammøde med en begrundelse; dagsordenen flyttes til det valgte planlagte møde, eller intet ændres.",
  })
  cancelTeamMeeting(
    @Ctx() ctx: Context,
    @Arg("input", () => CancelTeamMeetingInput, { description: "Mødet, begrundelsen og mødet, dagsordenen flyttes til." }) input: CancelTeamMeetingInput,
  ): Promise<TeamMeetingType> {
    return cancelTeamMeeting(ctx, input);
  }
}
