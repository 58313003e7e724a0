import { jobContext } from "../jobs/job-context.js";
import type { JobRun } from "../jobs/job-run.js";
import { projectDashboard } from "../steering/dashboard.service.js";
import { dashboardWorkbook } from "./dashboard.xlsx.js";

/**
 * Builds the dashboard workbook as its creator would see it (their suppression), as the synchronous route does;
 * DONE with the encrypted workbook. It writes nothing else, so a taken-over run only repeats the work.
 */
export async function runDashboardExportJob(run: JobRun): Promise<void> {
  const ctx = await jobContext(run.deps, run.job);
  const projectId = run.job.projectId ?? "";
  const asOf = typeof run.job.payload?.asOf === "string" ? run.job.payload.asOf : null;
  await run.progress(10);
  const dashboard = await projectDashboard(ctx, projectId, asOf);
  await run.progress(60);
  const project = await ctx.loaders.projectById.load(projectId);
  const file = await dashboardWorkbook({ projectName: project?.name ?? "", dashboard });
  const fileName = `styregruppe-${project?.code ?? "projekt"}-${dashboard.asOf}.xlsx`;
  ctx.logger.info({ fileName }, "dashboard exported");
  await run.complete(ctx.manager, { result: { fileName }, output: run.deps.cipher.encrypt(file.toString("base64")) });
}
