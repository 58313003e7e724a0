// The audit trail of users and roles, page by page.
import { requireGlobalAccess } from "../../common/access.js";
import { DomainError } from "../../common/errors.js";
import { administeredMunicipality } from "../../common/municipality-scope.js";
import type { Context } from "../../context.js";
import { countUserAudit, userAuditPage } from "./user-audit.repository.js";
import type { UserAuditTrail, UserAuditTrailArgs } from "./users.types.js";

/** The cursor is the last row's time and id (keyset pagination: a new row does not shift the pages). */
function decodeCursor(after: string | null | undefined): { at: string; id: string } | null {
  if (!after) return null;
  const [at, id] = Buffer.from(after, "base64url").toString("utf8").split("|");
  if (!at || !id || !/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/.test(at) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new DomainError("BAD_USER_INPUT", "Ukendt markør. Hent første side igen.");
  }
  return { at, id };
}

const encodeCursor = (at: string, id: string) => Buffer.from(`${at}|${id}`, "utf8").toString("base64url");

/** The audit trail of users and roles, newest first; a kommuneadministrator sees their municipality's users only. */
export async function userAuditTrail(ctx: Context, args: UserAuditTrailArgs): Promise<UserAuditTrail> {
  requireGlobalAccess(ctx, "user.manage");
  const administered = administeredMunicipality(ctx);
  const onlyMunicipality = administered === "ALL" ? null : (administered.code ?? "---");
  const cursor = decodeCursor(args.after);
  const filter = { userId: args.userId ?? null, municipalityCode: onlyMunicipality };
  const { records, countFromCursor } = await userAuditPage(ctx.manager, filter, cursor, args.first + 1);
  const page = records.slice(0, args.first);
  // The window count counts only what lies after the cursor: the total counts the whole filter.
  const totalCount = cursor ? await countUserAudit(ctx.manager, filter) : countFromCursor;
  const last = page[page.length - 1];
  return {
    items: page.map((r) => r.entry),
    totalCount,
    endCursor: last ? encodeCursor(last.occurredText, last.entry.id) : null,
    hasNextPage: records.length > args.first,
  };
}
