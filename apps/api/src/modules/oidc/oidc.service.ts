import { hashPassword, recordUserAudit, type AppUser } from "@overblik/db";
import { GLOBAL_ROLES, isGlobalRole, type GlobalRole } from "@overblik/domain";
import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { DomainError } from "../../common/errors.js";
import type { ServerDeps } from "../../context.js";
import { openSession } from "../auth/auth.service.js";
import type { ProviderIdentity } from "./oidc.client.js";
import type { OidcSettings } from "./oidc.config.js";
import {
  emailInUse,
  hasIdentityAt,
  identityAt,
  insertIdentity,
  insertProviderUser,
  lockedUserByEmail,
  lockedUserById,
  municipalityExists,
  setProviderRoles,
  touchIdentity,
} from "./oidc.repository.js";

/** Why the provider's word was not enough for a session; a code for the log, never who it was. */
export type OidcRefusal = "UNKNOWN_USER" | "DEACTIVATED" | "NO_EMAIL" | "EMAIL_TAKEN" | "LINKED_TO_ANOTHER";

export type OidcSignIn =
  | {
      kind: "SIGNED_IN";
      userId: string;
      sessionId: string;
      token: string;
      expiresAt: Date;
      created: boolean;
      linkedByEmail: boolean;
      rolesAdded: GlobalRole[];
      rolesRemoved: GlobalRole[];
      oneTimePasswordVoided: boolean;
    }
  | { kind: "REFUSED"; reason: OidcRefusal; userId: string | null };

/**
 * For an account that signs in through the provider only: a random password nobody knows, hashed like any other (a
 * password login against it takes as long as against any account), until an administrator gives a new one.
 */
const unusablePasswordHash = () => hashPassword(randomBytes(32).toString("base64url"));

/**
 * The global roles after a sign-in: the roles the mapping names are the provider's (given when one of the person's
 * groups maps to them, taken away when none does); the others are managed in Overblik and stay as they are.
 */
export function mappedGlobalRoles(current: readonly GlobalRole[], groups: readonly string[], mapping: OidcSettings["roleMapping"]): GlobalRole[] {
  const managed = new Set([...mapping.values()].flat());
  const granted = new Set(groups.flatMap((g) => mapping.get(g) ?? []));
  const kept = current.filter((r) => !managed.has(r));
  const all = new Set<GlobalRole>([...kept, ...granted]);
  // In a fixed order, so an unchanged set is not written again.
  return GLOBAL_ROLES.filter((r) => all.has(r));
}

/**
 * The person at (issuer, subject): their linked account; else, if the provider vouches for the e-mail address,
 * the local account with that address, once (it is then linked by subject). Matching on an address the provider
 * does not vouch for would let anyone who can put a colleague's address on their own IdP account sign in as the
 * colleague (Entra ID's "nOAuth"); an account already linked to another subject at this issuer is never re-linked.
 */
async function findAccount(
  tx: EntityManager,
  identity: ProviderIdentity,
): Promise<{ user: AppUser; identityId: string | null } | { refused: OidcRefusal; userId: string } | null> {
  const linked = await identityAt(tx, identity.issuer, identity.subject);
  if (linked) {
    const user = await lockedUserById(tx, linked.userId);
    return { user, identityId: linked.identityId };
  }
  if (!identity.emailVerified || !identity.email) return null;
  const user = await lockedUserByEmail(tx, identity.email);
  if (!user) return null;
  if (await hasIdentityAt(tx, user.id, identity.issuer)) return { refused: "LINKED_TO_ANOTHER", userId: user.id };
  return { user, identityId: null };
}

/**
 * Signs in the person the provider vouched for, all or nothing: finds (or, with OIDC_UNKNOWN_USERS=create, makes)
 * their account, refuses a deactivated one, applies the group → role mapping, and opens a session exactly as a
 * password login does.
 */
export async function signInWithIdentity(deps: ServerDeps, settings: OidcSettings, identity: ProviderIdentity): Promise<OidcSignIn> {
  return deps.dataSource.manager.transaction(async (tx) => {
    const found = await findAccount(tx, identity);
    if (found && "refused" in found) return { kind: "REFUSED", reason: found.refused, userId: found.userId };
    let user: AppUser;
    let identityId: string | null = null;
    let created = false;
    if (found) {
      user = found.user;
      identityId = found.identityId;
      if (!user.active) return { kind: "REFUSED", reason: "DEACTIVATED", userId: user.id };
    } else {
      if (settings.unknownUsers === "refuse") return { kind: "REFUSED", reason: "UNKNOWN_USER", userId: null };
      if (!identity.email) return { kind: "REFUSED", reason: "NO_EMAIL", userId: null };
      // An address the provider does not vouch for, already used by a local account: not theirs to take.
      if (await emailInUse(tx, identity.email)) return { kind: "REFUSED", reason: "EMAIL_TAKEN", userId: null };
      // OIDC_MUNICIPALITY names a kommunekode the reference data must have: a misconfiguration, not the person's fault.
      if (settings.municipalityCode && !(await municipalityExists(tx, settings.municipalityCode))) {
        throw new Error(`OIDC_MUNICIPALITY ${settings.municipalityCode} is not a municipality`);
      }
      user = await insertProviderUser(tx, {
        email: identity.email,
        name: (identity.name ?? identity.email).slice(0, 200),
        passwordHash: await unusablePasswordHash(),
        municipalityCode: settings.municipalityCode,
      });
      created = true;
    }
    if (!identityId) {
      identityId = await insertIdentity(tx, user.id, identity.issuer, identity.subject);
    }
    const before = user.globalRoles.filter(isGlobalRole);
    const after = mappedGlobalRoles(before, identity.groups, settings.roleMapping);
    const rolesAdded = after.filter((r) => !before.includes(r));
    const rolesRemoved = before.filter((r) => !after.includes(r));
    // Someone an administrator made with a one-time password, who signs in through their organisation instead, is
    // not sent to choose a password they do not need; the one-time password, which the administrator saw, stops
    // working (a new one can be given if a local login is ever wanted).
    const voidOneTimePassword = user.passwordChangeRequired;
    if (rolesAdded.length > 0 || rolesRemoved.length > 0 || voidOneTimePassword) {
      const updated = await setProviderRoles(tx, user.id, after, user.version, voidOneTimePassword ? await unusablePasswordHash() : null);
      if (!updated) throw new DomainError("CONFLICT", "Brugeren er ændret under login. Prøv at logge ind igen.");
    }
    // The users' audit trail: an account made by the first sign-in, and global roles set from the provider's groups.
    if (created) await recordUserAudit(tx, { actorId: null, source: "OIDC", userId: user.id, action: "USER_CREATED", details: { globalRoles: after } });
    if (!created && (rolesAdded.length > 0 || rolesRemoved.length > 0)) {
      await recordUserAudit(tx, { actorId: null, source: "OIDC", userId: user.id, action: "ROLES_CHANGED", details: { before, after } });
    }
    await touchIdentity(tx, identityId);
    const { session, token, expiresAt } = await openSession(tx, deps, user.id);
    return {
      kind: "SIGNED_IN",
      userId: user.id,
      sessionId: session.id,
      token,
      expiresAt,
      created,
      linkedByEmail: !!found && found.identityId === null,
      rolesAdded,
      rolesRemoved,
      oneTimePasswordVoided: voidOneTimePassword,
    };
  });
}
