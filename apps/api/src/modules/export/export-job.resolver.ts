import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../../common/allow.js";
import type { Context } from "../../context.js";
import { exportJob, startDashboardExport } from "./export-job.service.js";
import { ExportJobType, StartDashboardExportInput } from "./export-job.types.js";

@Resolver()
export class ExportJobResolver {
  @Allow("steering.read")
  @Mutation(() => ExportJobType, {
    description: "Starter styregruppens dashboard som regneark (et job) og svarer med det samme. Følg det med exportJob, og hent det på downloadUrl.",
  })
  startDashboardExport(
    @Ctx() ctx: Context,
    @Arg("input", () => StartDashboardExportInput, { description: "Projektet og datoen." }) input: StartDashboardExportInput,
  ): Promise<ExportJobType> {
    return startDashboardExport(ctx, input);
  }

  @Allow("account.self")
  @Query(() => ExportJobType, {
    description: "Et eksportjob: status, fremskridt og, når det er færdigt, hvor regnearket hentes. Kun for den, der startede det.",
  })
  exportJob(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Jobbets id (fra startDashboardExport)." }) id: string): Promise<ExportJobType> {
    return exportJob(ctx, id);
  }
}
