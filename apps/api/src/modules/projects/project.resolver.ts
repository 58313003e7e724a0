import { Allow } from "../../common/allow.js";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireReadAccess } from "../../common/access.js";
import type { Context } from "../../context.js";
import { UserRefType } from "../budget/budget-change.types.js";
import { RoleEnum } from "../../common/enums.js";
import { BudgetType, CompetencePoolType } from "../budget/budget.types.js";
import { projectBudgets, projectCompetencePools } from "../budget/budget.service.js";
import { activeMembersWithRole } from "./project-members.repository.js";
import { getProject, listProjects, myRoles, projectOrganisations, setApprovalThreshold } from "./project.service.js";
import { OrganisationType, ProjectList, ProjectListArgs, ProjectType, SetApprovalThresholdInput } from "./project.types.js";

@Resolver(() => ProjectType)
export class ProjectResolver {
  @Allow("account.self")
  @Query(() => ProjectList, { description: "De projekter, brugeren har en rolle i (alle for ADMIN)." })
  projects(@Ctx() ctx: Context, @Args(() => ProjectListArgs) args: ProjectListArgs): Promise<ProjectList> {
    return listProjects(ctx, args);
  }

  @Allow("project.read")
  @Query(() => ProjectType, { description: "Ét projekt; NOT_FOUND hvis det ikke findes, eller brugeren ikke har en rolle i det." })
  project(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Projektets id." }) id: string): Promise<ProjectType> {
    return getProject(ctx, id);
  }

  @Allow("project.read")
  @FieldResolver(() => [RoleEnum], { description: "Brugerens roller i projektet." })
  myRoles(@Ctx() ctx: Context, @Root() project: ProjectType): RoleEnum[] {
    return myRoles(ctx, project.id);
  }

  @Allow("project.read")
  @FieldResolver(() => [OrganisationType], { description: "Projektets parter." })
  organisations(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<OrganisationType[]> {
    return projectOrganisations(ctx, project.id);
  }

  @Allow("project.read")
  @FieldResolver(() => [BudgetType], { description: "Projektets budgetter." })
  budgets(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<BudgetType[]> {
    return projectBudgets(ctx, project.id);
  }

  @Allow("project.read")
  @FieldResolver(() => BudgetType, { nullable: true, description: "Projektets (første) budget, eller null." })
  async budget(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<BudgetType | null> {
    return (await projectBudgets(ctx, project.id))[0] ?? null;
  }

  @Allow("project.read")
  @FieldResolver(() => [CompetencePoolType], { description: "Puljer til kompetenceudvikling." })
  competencePools(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<CompetencePoolType[]> {
    return projectCompetencePools(ctx, project.id);
  }

  @Allow("project.read")
  @FieldResolver(() => [UserRefType], { description: "Projektets medlemmer med en given rolle, fx sagsbehandlerne, som borgere kan tildeles." })
  async members(
    @Ctx() ctx: Context,
    @Root() project: ProjectType,
    @Arg("role", () => RoleEnum, { description: "Rollen." }) role: RoleEnum,
  ): Promise<UserRefType[]> {
    requireReadAccess(ctx, "project.read", project.id);
    return activeMembersWithRole(ctx.manager, project.id, role);
  }

  @Allow("budget.approve")
  @Mutation(() => ProjectType, { description: "Sæt projektets tærskel for, hvornår budgetjusteringer skal godkendes af styregruppen." })
  setApprovalThreshold(
    @Ctx() ctx: Context,
    @Arg("input", () => SetApprovalThresholdInput, {
      description: "Projektet, den nye tærskel og projektets version.",
    })
    input: SetApprovalThresholdInput,
  ): Promise<ProjectType> {
    return setApprovalThreshold(ctx, input);
  }
}
