import type { Organisation, Project } from "@overblik/db";
import { DomainError, notFound, requireUuid } from "../../common/errors.js";
import { requireAccess, requireReadAccess, rolesInProject, visibleProjectIds } from "../../common/access.js";
import { projectOrFail, projectPage, updateApprovalThreshold } from "./project.repository.js";
import type { Context } from "../../context.js";
import { ProjectStatusEnum, RoleEnum } from "../../common/enums.js";
import type { OrganisationType, ProjectList, ProjectListArgs, ProjectType, SetApprovalThresholdInput } from "./project.types.js";

export function toProjectType(p: Project): ProjectType {
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    description: p.description,
    startDate: p.startDate,
    endDate: p.endDate,
    targetSize: p.targetSize,
    status: p.status as ProjectStatusEnum,
    funding: p.funding,
    approvalThreshold: p.approvalThresholdOre,
    matchGroup: p.matchGroup,
    eligibility: p.eligibility,
    poolName: p.poolName,
    coFinancingPercent: p.coFinancingPercent,
    priceLevelYear: p.priceLevelYear,
    closedAt: p.closedAt ? new Date(p.closedAt).toISOString() : null,
    version: p.version,
  };
}

export function toOrganisationType(o: Organisation): OrganisationType {
  return { id: o.id, name: o.name, kind: o.kind, municipality: o.municipality };
}

/** The projects the user may see, a page of them and their number, in one statement. */
export async function listProjects(ctx: Context, args: ProjectListArgs): Promise<ProjectList> {
  const ids = visibleProjectIds(ctx);
  if (ids && ids.length === 0) return { items: [], totalCount: 0 };
  const { projects, totalCount } = await projectPage(ctx.manager, ids, args.take, args.skip);
  for (const project of projects) ctx.loaders.projectById.prime(project.id, project);
  return { items: projects.map(toProjectType), totalCount };
}

export async function getProject(ctx: Context, id: string): Promise<ProjectType> {
  requireUuid(id, "Projektet");
  requireReadAccess(ctx, "project.read", id);
  const project = await ctx.loaders.projectById.load(id);
  if (!project) throw notFound("Projektet");
  return toProjectType(project);
}

export function myRoles(ctx: Context, projectId: string): RoleEnum[] {
  return rolesInProject(ctx, projectId) as RoleEnum[];
}

export async function projectOrganisations(ctx: Context, projectId: string): Promise<OrganisationType[]> {
  requireReadAccess(ctx, "project.read", projectId);
  return (await ctx.loaders.organisationsByProject.load(projectId)).map(toOrganisationType);
}

export async function setApprovalThreshold(ctx: Context, input: SetApprovalThresholdInput): Promise<ProjectType> {
  await requireAccess(ctx, "budget.approve", input.projectId);
  if (input.amount < 0n) throw new DomainError("BAD_USER_INPUT", "Tærsklen kan ikke være negativ.");
  const updated = await updateApprovalThreshold(ctx.manager, input.projectId, input.amount, input.expectedVersion);
  if (!updated) throw new DomainError("CONFLICT", "Projektet er ændret, siden du hentede det. Hent det igen.");
  return toProjectType(await projectOrFail(ctx.manager, input.projectId));
}
