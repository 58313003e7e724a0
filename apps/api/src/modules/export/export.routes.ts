import cookieParser from "cookie-parser";
import { Router, type Request, type Response } from "express";
import { DomainError, requireUuid } from "../../common/errors.js";
import { requireSettledUser } from "../../common/auth.js";
import { EXPORT_COSTS, retryAfterOf } from "../../common/fair-share.js";
import { buildContext, type Context, type ServerDeps } from "../../context.js";
import { toBudgetType } from "../budget/budget.service.js";
import { budgetFollowUp } from "../budget/follow-up.service.js";
import { closingPack } from "../projects/project-setup.service.js";
import { projectDashboard } from "../steering/dashboard.service.js";
import { meetingPack } from "../steering/meeting-pack.service.js";
import type { ProjectDashboardType } from "../steering/steering.types.js";
import { dashboardWorkbook, type FrozenPack } from "./dashboard.xlsx.js";
import { ownExportJob } from "./export-job.service.js";
import { followUpWorkbook } from "./follow-up.xlsx.js";

/** A workbook as the writers return it (bytes for the response). */
type Workbook = Awaited<ReturnType<typeof followUpWorkbook>>;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, TOO_MANY_REQUESTS: 429 };

/** An export's failure as plain Danish text: a DomainError's own status (429 with Retry-After), else 500. */
function sendFailure(deps: ServerDeps, res: Response, error: unknown): void {
  if (error instanceof DomainError) {
    const retryAfter = retryAfterOf(error);
    if (retryAfter !== undefined) res.setHeader("Retry-After", String(retryAfter));
    res
      .status(STATUS[error.code] ?? 400)
      .type("text/plain; charset=utf-8")
      .send(error.message);
    return;
  }
  deps.logger.error({ err: error, requestId: res.locals.requestId }, "export failed");
  res.status(500).type("text/plain; charset=utf-8").send("Eksporten mislykkedes. Prøv igen.");
}

/**
 * File exports, with the same authentication and the same scope checks as the GraphQL API, and the same fair
 * share: each export is charged its cost (EXPORT_COSTS) before any work, and counts as an operation in flight.
 */
export function exportRouter(deps: ServerDeps): Router {
  const router = Router();
  router.use(cookieParser());

  /**
   * One export route: the caller authenticated and charged the export's cost before any work, the workbook sent as an
   * attachment that is never cached, a failure answered as the API answers it, and the fair share released.
   */
  const workbookExport =
    (cost: number, build: (ctx: Context, req: Request) => Promise<{ fileName: string; file: Workbook; logged: Record<string, unknown>; event: string }>) =>
    async (req: Request, res: Response) => {
      let release = () => {};
      try {
        const ctx = await buildContext(deps, req, res);
        const user = requireSettledUser(ctx);
        release = await deps.fairShare.admit(ctx, user.id, cost);
        const { fileName, file, logged, event } = await build(ctx, req);
        ctx.logger.info(logged, event);
        res
          .status(200)
          .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .setHeader("Content-Disposition", `attachment; filename="${fileName}"`)
          .setHeader("Cache-Control", "no-store")
          .send(file);
      } catch (error) {
        sendFailure(deps, res, error);
      } finally {
        release();
      }
    };

  router.get(
    "/budgets/:budgetId/follow-up.xlsx",
    workbookExport(EXPORT_COSTS.followUp, async (ctx, req) => {
      const budgetId = String(req.params.budgetId);
      requireUuid(budgetId, "Budgettet");
      const budget = await ctx.loaders.budgetById.load(budgetId);
      if (!budget) throw new DomainError("NOT_FOUND", "Budgettet findes ikke.");
      const asOf = typeof req.query.asOf === "string" && req.query.asOf !== "" ? req.query.asOf : null;
      const year = typeof req.query.year === "string" && /^\d{4}$/.test(req.query.year) ? Number(req.query.year) : null;
      const followUp = await budgetFollowUp(ctx, toBudgetType(budget), asOf, year);
      const project = await ctx.loaders.projectById.load(budget.projectId);
      return {
        file: await followUpWorkbook({ projectName: project?.name ?? "", budgetName: budget.name, followUp }),
        fileName: `budgetopfoelgning-${project?.code ?? "projekt"}-${followUp.asOf}.xlsx`,
        logged: { budgetId, asOf: followUp.asOf },
        event: "follow-up exported",
      };
    }),
  );

  const dashboardExport = (
    cost: number,
    load: (ctx: Context, req: Request) => Promise<{ projectName: string; fileName: string; dashboard: ProjectDashboardType; pack?: FrozenPack }>,
  ) =>
    workbookExport(cost, async (ctx, req) => {
      const { projectName, fileName, dashboard, pack } = await load(ctx, req);
      return { file: await dashboardWorkbook({ projectName, dashboard, pack }), fileName, logged: { fileName }, event: "dashboard exported" };
    });

  // The styregruppe's dashboard as of a date (?dato=ÅÅÅÅ-MM-DD), with the caller's own suppression.
  router.get(
    "/dashboard/:projectId.xlsx",
    dashboardExport(EXPORT_COSTS.dashboard, async (ctx, req) => {
      const projectId = String(req.params.projectId);
      requireUuid(projectId, "Projektet");
      const asOf = typeof req.query.dato === "string" && req.query.dato !== "" ? req.query.dato : null;
      const dashboard = await projectDashboard(ctx, projectId, asOf);
      const project = await ctx.loaders.projectById.load(projectId);
      return { projectName: project?.name ?? "", fileName: `styregruppe-${project?.code ?? "projekt"}-${dashboard.asOf}.xlsx`, dashboard };
    }),
  );

  // A frozen meeting pack: the figures as they were frozen.
  router.get(
    "/pack/:packId.xlsx",
    dashboardExport(EXPORT_COSTS.pack, async (ctx, req) => {
      const packId = String(req.params.packId);
      requireUuid(packId, "Mødepakken");
      const pack = await meetingPack(ctx, packId);
      const project = await ctx.loaders.projectById.load(pack.projectId);
      return {
        projectName: project?.name ?? "",
        fileName: `moedepakke-${project?.code ?? "projekt"}-${pack.meetingDate}.xlsx`,
        dashboard: pack.dashboard,
        pack: { ...pack, kind: "meeting" },
      };
    }),
  );

  // A closed project's closing pack: its final figures as frozen at the closing (the same access as Project.closingPack).
  router.get(
    "/projects/:projectId/closing-pack.xlsx",
    dashboardExport(EXPORT_COSTS.pack, async (ctx, req) => {
      const projectId = String(req.params.projectId);
      requireUuid(projectId, "Projektet");
      const pack = await closingPack(ctx, projectId);
      if (!pack) throw new DomainError("NOT_FOUND", "Projektet er ikke lukket, så det har ingen lukkepakke.");
      const project = await ctx.loaders.projectById.load(projectId);
      return {
        projectName: project?.name ?? "",
        fileName: `lukkepakke-${project?.code ?? "projekt"}-${pack.meetingDate}.xlsx`,
        dashboard: pack.dashboard,
        pack: { ...pack, kind: "closing" },
      };
    }),
  );
  // A workbook built as a job (export-job.service.ts), for its creator: already paid for, so the download costs 1.
  router.get(
    "/jobs/:jobId.xlsx",
    workbookExport(1, async (ctx, req) => {
      const job = await ownExportJob(ctx, String(req.params.jobId));
      if (job.status !== "DONE" || !job.output)
        throw new DomainError("NOT_FOUND", "Regnearket er ikke klar, eller det er mere end et døgn gammelt. Lav det igen.");
      const fileName = typeof job.result?.fileName === "string" ? job.result.fileName : "eksport.xlsx";
      return { file: Buffer.from(ctx.deps.cipher.decrypt(job.output), "base64"), fileName, logged: { jobId: job.id }, event: "export job downloaded" };
    }),
  );
  return router;
}
