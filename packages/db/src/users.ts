import type { GlobalRole } from "@overblik/domain";
import { randomInt } from "node:crypto";
import type { EntityManager } from "typeorm";
import { AppUser } from "./entities/user.entity.js";
import { hashPassword } from "./passwords.js";

// No 0/O, 1/l/I: read aloud or copied from a screen without mistakes. 16 characters of 31: about 79 bits.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time password in four groups ("k7dm-x3qa-…"), from the operating system's random source. */
export function generateOneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = "";
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join("-");
}

export interface NewUser {
  email: string;
  name: string;
  globalRoles: GlobalRole[];
  organisationId?: string | null;
  /** The user's municipality (kommunekode), e.g. "183". */
  municipalityCode?: string | null;
}

export class EmailTakenError extends Error {
  constructor(readonly email: string) {
    super(`E-mailadressen ${email} har allerede en bruger.`);
    this.name = "EmailTakenError";
  }
}

/**
 * Creates a user with a one-time password, which is returned once and stored only as its argon2id hash. The
 * user must choose their own password at the first login. Used by the first-admin command and by an
 * administrator's createUser.
 */
export async function createUserWithOneTimePassword(manager: EntityManager, input: NewUser): Promise<{ user: AppUser; oneTimePassword: string }> {
  const email = input.email.trim().toLowerCase();
  const existing = await manager.findOne(AppUser, { where: { email } });
  if (existing) throw new EmailTakenError(email);
  const oneTimePassword = generateOneTimePassword();
  const user = await manager.save(
    manager.create(AppUser, {
      email,
      name: input.name.trim(),
      passwordHash: await hashPassword(oneTimePassword),
      globalRoles: input.globalRoles,
      organisationId: input.organisationId ?? null,
      municipalityCode: input.municipalityCode ?? null,
      active: true,
      passwordChangeRequired: true,
    }),
  );
  return { user, oneTimePassword };
}
