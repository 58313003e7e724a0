import { readFileSync } from "node:fs";
import { DomainError } from "./errors.js";

/** A new password has at least this many characters (DPA guidance favours length over composition rules). */
export const MIN_PASSWORD_LENGTH = 12;

// apps/api/data/ sits two levels above both src/common (tests) and dist/common (the built API).
const LIST_FILE = new URL("../../data/common-passwords.txt", import.meta.url);

let common: ReadonlySet<string> | undefined;

/** The bundled list of common passwords (see the file's header for its source and licence), read once. */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(
    readFileSync(LIST_FILE, "utf8")
      .split("\n")
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
  return common;
}

/** Whether the password is on the list of common passwords; case does not make a common password safe. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}

/**
 * The rules for a password a user chooses, in one place: at least MIN_PASSWORD_LENGTH characters and not one of
 * the common passwords that attackers try first. Throws BAD_USER_INPUT with a Danish message.
 */
export function requireAcceptablePassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new DomainError("BAD_USER_INPUT", `Den nye adgangskode skal være mindst ${MIN_PASSWORD_LENGTH} tegn.`);
  }
  if (isCommonPassword(password)) {
    throw new DomainError(
      "BAD_USER_INPUT",
      "Adgangskoden er for almindelig: den står på listen over de mest brugte adgangskoder, som angribere prøver først. Vælg en anden, fx flere ord sat sammen.",
    );
  }
}
