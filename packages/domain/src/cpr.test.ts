import { describe, expect, it } from "vitest";
import { CprError, maskCpr, parseCpr } from "./cpr.js";

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

describe("parseCpr", () => {
  it("accepts a valid number that fails modulus 11 (born 1 January 1965)", () => {
    // 0101651234: weights 4,3,2,7,6,5,4,3,2,1 give 155, not divisible by 11.
    const digits = "0101651234".split("").map(Number);
    const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    expect(digits.reduce((s, d, i) => s + d * (weights[i] ?? 0), 0) % 11).not.toBe(0);
    expect(parseCpr("010165-1234")).toEqual({ normalized: "0101651234", birthDate: "1965-01-01", birthYear: 1965, gender: "K" });
  });

  it.each([
    ["310213-1235", "findes ikke"],
    ["290201-4321", "findes ikke"],
    ["0101651", "10 cifre"],
    ["abcdefghij", "10 cifre"],
    ["01016512345", "10 cifre"],
  ])("rejects %s in Danish without repeating the number", (input, fragment) => {
    expect(() => parseCpr(input)).toThrow(CprError);
    try {
      parseCpr(input);
    } catch (error) {
      expect((error as Error).message).toContain(fragment);
      expect((error as Error).message).not.toContain(input.replace("-", ""));
    }
  });

  it("reads the century from the 7th digit", () => {
    expect(parseCpr("0101364000").birthYear).toBe(2036);
    expect(parseCpr("0101374000").birthYear).toBe(1937);
    expect(parseCpr("0101575000").birthYear).toBe(2057);
    expect(parseCpr("0101585000").birthYear).toBe(1858);
    expect(parseCpr("0101009999").birthYear).toBe(2000);
    expect(parseCpr("2902005000").birthDate).toBe("2000-02-29");
  });

  it("finds the century right for every date 1858–2057 and every 7th digit (exhaustive)", () => {
    const start = Date.UTC(1858, 0, 1);
    const end = Date.UTC(2057, 11, 31);
    let checked = 0;
    for (let t = start; t <= end; t += 86_400_000) {
      const d = new Date(t);
      const year = d.getUTCFullYear();
      const yy = year % 100;
      for (let seventh = 0; seventh <= 9; seventh++) {
        const cpr = `${pad(d.getUTCDate())}${pad(d.getUTCMonth() + 1)}${pad(yy)}${seventh}${pad(checked % 1000, 3)}`;
        // The table of the CPR office, written out independently of cprCentury.
        const century = seventh <= 3 ? 1900 : seventh === 4 || seventh === 9 ? (yy <= 36 ? 2000 : 1900) : yy <= 57 ? 2000 : 1800;
        const expectedYear = century + yy;
        const exists = new Date(Date.UTC(expectedYear, d.getUTCMonth(), d.getUTCDate())).getUTCDate() === d.getUTCDate();
        if (!exists) {
          expect(() => parseCpr(cpr)).toThrow(CprError);
        } else {
          const info = parseCpr(cpr);
          if (info.birthYear !== expectedYear) expect.fail(`${cpr}: ${info.birthYear} ≠ ${expectedYear}`);
          if (expectedYear === year && info.birthDate !== d.toISOString().slice(0, 10)) expect.fail(`${cpr}: ${info.birthDate}`);
        }
        checked++;
      }
    }
    expect(checked).toBe(73_049 * 10); // every day of 200 years × 10 digits
  }, 120_000); // 730.490 numbers: seconds on a busy 2-core machine

  it("masks all but the birth date", () => {
    expect(maskCpr("0101651234")).toBe("010165-****");
  });
});
