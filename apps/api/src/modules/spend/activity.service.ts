import { formatQuantity } from "@overblik/domain";
import { requireAccess } from "../../common/access.js";
import { requireUser } from "../../common/auth.js";
import { DomainError } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { lineInfo, recordActivityEntry, setActivitySource } from "./spend.repository.js";
import { bad, validDate } from "./spend.service.js";
import type { ActivityEntryType, RecordActivityInput, SetLineActivitySourceInput } from "./spend.types.js";

/** Activity entered by hand on a line with an activity driver (the flow feeds its own through recordActivityEntry). */
export async function recordActivity(ctx: Context, input: RecordActivityInput): Promise<ActivityEntryType> {
  const user = requireUser(ctx);
  validDate(input.date);
  const line = await lineInfo(ctx.manager, input.budgetLineId);
  await requireAccess(ctx, "activity.record", line.projectId);
  if (!line.driverUnit) throw bad(`Linjen "${line.name}" har ingen aktivitetsdriver; der er intet at registrere aktivitet på.`);
  if (input.quantity === 0n) throw bad("Antallet må ikke være 0.");
  const saved = await recordActivityEntry(ctx.manager, {
    budgetLineId: line.id,
    date: input.date,
    quantity: formatQuantity(input.quantity),
    source: "MANUAL",
    sourceRef: null,
    note: input.note?.trim() ?? "",
    createdBy: user.id,
  });
  return saved;
}

const SOURCE_UNITS: Record<string, string> = {
  CONVERSATIONS_HELD: "samtaler",
  TEAM_HOURS: "timer",
};

/**
 * Configures which flow events become the line's activity. Only a line with an activity driver can be fed;
 * conversations count in "samtaler" and team hours in "timer", so the driver's unit must say the same.
 * The line's version guards against a stale screen. Entries already recorded stay: activity is history.
 */
export async function setLineActivitySource(
  ctx: Context,
  input: SetLineActivitySourceInput,
): Promise<{ budgetLineId: string; activitySource: string | null; version: number }> {
  const line = await lineInfo(ctx.manager, input.budgetLineId);
  await requireAccess(ctx, "spend.write", line.projectId);
  const source = input.source ?? null;
  if (source && !line.driverUnit) throw bad(`Linjen "${line.name}" har ingen aktivitetsdriver; giv den en enhed og et planlagt antal først.`);
  const unit = source ? SOURCE_UNITS[source] : undefined;
  if (unit && line.driverUnit?.toLowerCase() !== unit) {
    throw bad(
      `Linjen "${line.name}" måler i "${line.driverUnit ?? ""}"; ${source === "TEAM_HOURS" ? "timer på teammøder" : "holdte samtaler"} tælles i "${unit}".`,
    );
  }
  const version = await setActivitySource(ctx.manager, line.id, source, input.expectedVersion);
  if (version === null) throw new DomainError("CONFLICT", `Linjen "${line.name}" er ændret, siden du hentede den. Hent den igen.`);
  return { budgetLineId: line.id, activitySource: source, version };
}
