import type { DataSource } from "typeorm";
import { requireGlobalAccess } from "../../common/access.js";
import { DomainError, isUuid } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { runAccessLogMaintenance } from "./access-log-maintenance.service.js";
import { accessesOfParticipant, accessLogPage, retentionDays, saveRetentionDays } from "./access-log.repository.js";
import type { AccessExtractEntryType, AccessLogArgs, AccessLogPageType } from "./access-log.types.js";

const ACTION_DA: Record<string, string> = {
  LIST: "Vist i en liste",
  READ: "Vist",
  SEARCH: "Fundet ved søgning",
  REVEAL: "Navn/CPR-nummer vist",
  CHANGE: "Ændret",
  EXPORT: "Eksporteret",
  IMPORT: "Indlæst",
  DELETE: "Slettet",
};

function validUuid(value: string | null | undefined, what: string): string | null {
  if (!value) return null;
  if (!isUuid(value)) throw new DomainError("BAD_USER_INPUT", `Ugyldigt ${what}-id.`);
  return value;
}

function validTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !day || day.getUTCDate() !== Number(match[3]) || day.getUTCMonth() !== Number(match[2]) - 1) {
    throw new DomainError("BAD_USER_INPUT", `Ugyldigt tidspunkt "${value.slice(0, 40)}"; brug ISO 8601, fx 2013-01-31.`);
  }
  return value;
}

/** The access log with filters, newest first (accessLog.read). */
export async function accessLog(ctx: Context, args: AccessLogArgs): Promise<AccessLogPageType> {
  requireGlobalAccess(ctx, "accessLog.read");
  const filter = {
    userId: validUuid(args.userId, "bruger"),
    participantId: validUuid(args.participantId, "deltager"),
    projectId: validUuid(args.projectId, "projekt"),
    action: args.action ?? null,
    from: validTime(args.from),
    to: validTime(args.to),
  };
  return accessLogPage(ctx.manager, filter, Math.min(args.take, 500), args.skip);
}

/** What a citizen may ask for: when and why their data were used (not by whom, per the municipality's practice). */
export async function accessExtract(ctx: Context, participantId: string): Promise<AccessExtractEntryType[]> {
  requireGlobalAccess(ctx, "accessLog.read");
  validUuid(participantId, "deltager");
  const rows = await accessesOfParticipant(ctx.manager, participantId);
  return rows.map((r) => ({ at: r.at, action: ACTION_DA[r.action] ?? r.action, purpose: r.purpose }));
}

/** The retention as administrators read it (accessLog.read). */
export function readRetentionDays(ctx: Context): Promise<number> {
  requireGlobalAccess(ctx, "accessLog.read");
  return retentionDays(ctx.manager);
}

export async function setRetentionDays(ctx: Context, days: number): Promise<number> {
  requireGlobalAccess(ctx, "accessLog.manage");
  if (!Number.isInteger(days) || days < 30 || days > 36500) {
    throw new DomainError("BAD_USER_INPUT", "Opbevaringstiden skal være mellem 30 og 36.500 dage.");
  }
  await saveRetentionDays(ctx.manager, days);
  ctx.logger.info({ days }, "access log retention changed");
  return days;
}

/** The scheduled job's retention as a count: the rows runAccessLogMaintenance removed (whole months, see there). */
export async function purgeAccessLog(dataSource: DataSource, now = new Date()): Promise<number> {
  return (await runAccessLogMaintenance(dataSource, now)).deletedRows;
}
