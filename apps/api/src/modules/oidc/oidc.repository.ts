import { AppUser, Municipality, UserIdentity } from "@overblik/db";
import type { GlobalRole } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { rowsOf } from "../../common/sql.js";

/*
 * Single sign-on's reads and writes: the link between a provider's (issuer, subject) and a local account, the account
 * it finds or makes, and the roles the provider's groups set. The rules (who may be linked, what is refused) stay in
 * oidc.service.ts; every function here runs in its sign-in transaction, except isLinkedAt (logout).
 */

/** The identity linked to (issuer, subject), with its user, or undefined. */
export async function identityAt(
  tx: Pick<EntityManager, "query">,
  issuer: string,
  subject: string,
): Promise<{ identityId: string; userId: string } | undefined> {
  const linked = await rowsOf<{ identity_id: string; user_id: string }>(
    tx,
    `SELECT id AS identity_id, user_id FROM user_identity WHERE issuer = $1 AND subject = $2`,
    [issuer, subject],
  );
  return linked[0] ? { identityId: linked[0].identity_id, userId: linked[0].user_id } : undefined;
}

/*
 * The account found is locked for the rest of the sign-in (FOR UPDATE), so two sign-ins of the same person at once
 * take turns at linking it and setting its roles.
 */

/** A linked account, locked; it must exist (the link's foreign key). */
export async function lockedUserById(tx: EntityManager, userId: string): Promise<AppUser> {
  return tx.findOneOrFail(AppUser, { where: { id: userId }, lock: { mode: "pessimistic_write" } });
}

/** The local account with this e-mail address, locked, or null. */
export async function lockedUserByEmail(tx: EntityManager, email: string): Promise<AppUser | null> {
  return tx.findOne(AppUser, { where: { email }, lock: { mode: "pessimistic_write" } });
}

/** Whether the user is already linked to some subject at this issuer. */
export async function hasIdentityAt(tx: EntityManager, userId: string, issuer: string): Promise<boolean> {
  return (await tx.findOneBy(UserIdentity, { userId, issuer })) !== null;
}

/** Whether a local account already uses this e-mail address. */
export async function emailInUse(tx: EntityManager, email: string): Promise<boolean> {
  return tx.existsBy(AppUser, { email });
}

/** Whether the reference data has this kommunekode. */
export async function municipalityExists(tx: EntityManager, code: string): Promise<boolean> {
  return tx.existsBy(Municipality, { code });
}

/** A new active account made by a first sign-in (no global roles yet: the mapping gives them next). */
export async function insertProviderUser(
  tx: EntityManager,
  user: { email: string; name: string; passwordHash: string; municipalityCode: string | null },
): Promise<AppUser> {
  return tx.save(
    tx.create(AppUser, {
      email: user.email,
      name: user.name,
      passwordHash: user.passwordHash,
      globalRoles: [],
      municipalityCode: user.municipalityCode,
      active: true,
      passwordChangeRequired: false,
    }),
  );
}

/** Links the account to (issuer, subject); returns the new identity's id. */
export async function insertIdentity(tx: EntityManager, userId: string, issuer: string, subject: string): Promise<string> {
  const saved = await tx.save(tx.create(UserIdentity, { userId, issuer, subject, lastLoginAt: null }));
  return saved.id;
}

/**
 * Sets the global roles (versioned) and, given a new password hash, voids a one-time password. False when the
 * account's version has moved (the caller answers CONFLICT).
 */
export async function setProviderRoles(
  tx: Pick<EntityManager, "query">,
  userId: string,
  globalRoles: readonly GlobalRole[],
  expectedVersion: number,
  voidingPasswordHash: string | null,
): Promise<boolean> {
  const updated = await rowsOf<{ id: string }>(
    tx,
    `UPDATE app_user SET global_roles = $2,
                password_hash = COALESCE($4, password_hash),
                password_change_required = password_change_required AND $4::text IS NULL,
                version = version + 1
          WHERE id = $1 AND version = $3 RETURNING id`,
    [userId, globalRoles, expectedVersion, voidingPasswordHash],
  );
  return updated.length === 1;
}

/** The identity's last sign-in. */
export async function touchIdentity(tx: Pick<EntityManager, "query">, identityId: string): Promise<void> {
  await tx.query(`UPDATE user_identity SET last_login_at = now() WHERE id = $1`, [identityId]);
}

/** Whether the user has ever signed in through this issuer (logout then goes on to the provider's). */
export async function isLinkedAt(manager: Pick<EntityManager, "query">, userId: string, issuer: string): Promise<boolean> {
  const linked: unknown[] = await manager.query(`SELECT 1 FROM user_identity WHERE user_id = $1 AND issuer = $2`, [userId, issuer]);
  return linked.length > 0;
}
