import { describe, expect, it } from "vitest";
import { DomainError } from "./errors.js";
import { commonPasswords, isCommonPassword, requireAcceptablePassword } from "./password-policy.js";

const refusal = (password: string): string | null => {
  try {
    requireAcceptablePassword(password);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
};

describe("password policy", () => {
  it("ships the 10.000 most common passwords, without the file's comment lines", () => {
    const list = commonPasswords();
    expect(list.size).toBeGreaterThan(9_900); // a few entries coincide once lower-cased
    expect(list.has("123456")).toBe(true);
    expect(list.has("password")).toBe(true);
    expect([...list].some((p) => p.startsWith("#"))).toBe(false);
  });

  it("finds a common password whatever its case", () => {
    expect(isCommonPassword("qwerty123456")).toBe(true);
    expect(isCommonPassword("QWERTY123456")).toBe(true);
    expect(isCommonPassword("1qaz2wsx3edc")).toBe(true);
    expect(isCommonPassword("blå-kaffekop-på-ishøj-station")).toBe(false);
  });

  it("refuses short and common passwords with a Danish message and accepts a long uncommon one", () => {
    expect(refusal("kort")).toBe("Den nye adgangskode skal være mindst 12 tegn.");
    expect(refusal("Qwerty123456")).toMatch(/^Adgangskoden er for almindelig/);
    expect(refusal("leavemealone")).toMatch(/^Adgangskoden er for almindelig/);
    expect(refusal("blå-kaffekop-på-ishøj-station")).toBeNull();
  });
});
