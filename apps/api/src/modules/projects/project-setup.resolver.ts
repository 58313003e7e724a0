import { Allow } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { MeetingPackType } from "../steering/steering.types.js";
import { MunicipalityType } from "../users/users.types.js";
import { addProjectMember, projectMembers, projectMembershipHistory, removeProjectMember } from "./project-members.service.js";
import { closeProject, closingPack, createProject, projectHistory, projectMunicipalities, updateProject } from "./project-setup.service.js";
import {
  AddProjectMemberInput,
  CloseProjectInput,
  CreateProjectInput,
  ProjectHistoryEntryType,
  ProjectMemberType,
  ProjectMembershipChangeType,
  RemoveProjectMemberInput,
  UpdateProjectInput,
} from "./project-setup.types.js";
import { ProjectType } from "./project.types.js";

/** Setting a project up: creating it, its basics and their history, its members, and closing it. */
@Resolver(() => ProjectType)
export class ProjectSetupResolver {
  @Allow("project.create")
  @Mutation(() => ProjectType, {
    description:
      "Opret et projekt (ADMIN, eller en leder fra en kommune, der tillader det). Den, der opretter det, bliver leder. Status er ACTIVE fra startdatoen, ellers PLANNED.",
  })
  createProject(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateProjectInput, { description: "Projektets stamdata." }) input: CreateProjectInput,
  ): Promise<ProjectType> {
    return createProject(ctx, input);
  }

  @Allow("project.edit")
  @Mutation(() => ProjectType, {
    description: "Ret projektets stamdata (project.edit); ændringerne skrives i historikken. CONFLICT ved forældet version eller lukket projekt.",
  })
  updateProject(
    @Ctx() ctx: Context,
    @Arg("input", () => UpdateProjectInput, { description: "Projektet, versionen og alle stamdata." }) input: UpdateProjectInput,
  ): Promise<ProjectType> {
    return updateProject(ctx, input);
  }

  @Allow("project.close")
  @Mutation(() => ProjectType, {
    description:
      "Luk projektet (project.close): de endelige tal fryses i en lukkepakke, og projektet kan derefter kun læses. Kan ske når som helst; portalen beder om bekræftelse.",
  })
  closeProject(
    @Ctx() ctx: Context,
    @Arg("input", () => CloseProjectInput, { description: "Projektet, versionen og kommentarer." }) input: CloseProjectInput,
  ): Promise<ProjectType> {
    return closeProject(ctx, input);
  }

  @Allow("project.members")
  @Mutation(() => ProjectType, { description: "Giv en eksisterende bruger en rolle i projektet (project.members); skrives i medlemshistorikken." })
  addProjectMember(
    @Ctx() ctx: Context,
    @Arg("input", () => AddProjectMemberInput, { description: "Projekt, bruger, rolle og for teammedlemmer kompetence, titel og timer." })
    input: AddProjectMemberInput,
  ): Promise<ProjectType> {
    return addProjectMember(ctx, input);
  }

  @Allow("project.members")
  @Mutation(() => ProjectType, {
    description: "Tag en rolle fra en bruger (project.members); den sidste leder kan ikke fjernes. Virker fra brugerens næste forespørgsel.",
  })
  removeProjectMember(
    @Ctx() ctx: Context,
    @Arg("input", () => RemoveProjectMemberInput, { description: "Projekt, bruger og rolle." }) input: RemoveProjectMemberInput,
  ): Promise<ProjectType> {
    return removeProjectMember(ctx, input);
  }

  @Allow("project.read")
  @FieldResolver(() => [MunicipalityType], { description: "Kommunerne, der driver projektet." })
  municipalities(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<MunicipalityType[]> {
    return projectMunicipalities(ctx, project.id);
  }

  @Allow("project.read")
  @FieldResolver(() => [ProjectHistoryEntryType], { description: "Ændringer af projektets stamdata, nyeste først." })
  history(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<ProjectHistoryEntryType[]> {
    return projectHistory(ctx, project.id);
  }

  @Allow("project.read")
  @FieldResolver(() => [ProjectMemberType], { description: "Projektets medlemmer med roller, efter rolle og navn." })
  memberships(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<ProjectMemberType[]> {
    return projectMembers(ctx, project.id);
  }

  @Allow("project.read")
  @FieldResolver(() => [ProjectMembershipChangeType], { description: "Roller givet og fjernet i projektet, nyeste først." })
  membershipHistory(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<ProjectMembershipChangeType[]> {
    return projectMembershipHistory(ctx, project.id);
  }

  @Allow("steering.read")
  @FieldResolver(() => MeetingPackType, {
    nullable: true,
    description: "Lukkepakken: projektets endelige tal, frosset ved lukningen (styregruppe, leder og tovholder); null, hvis projektet ikke er lukket.",
  })
  closingPack(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<MeetingPackType | null> {
    return closingPack(ctx, project.id);
  }
}
