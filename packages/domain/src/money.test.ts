import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divRoundHalfAway, formatMoney, MAX_ORE, MoneyFormatError, oreFromDb, parseMoney, sumOre } from "./money.js";

describe("parseMoney", () => {
  it.each([
    ["794000.00", 79_400_000n],
    ["794000", 79_400_000n],
    ["-200000.5", -20_000_050n],
    ["0.01", 1n],
    [" 15.10 ", 1510n],
    ["-0", 0n],
  ])("reads %s as %s øre", (text, ore) => {
    expect(parseMoney(text)).toBe(ore);
  });

  it.each([
    ["1.005", "højst have to decimaler"],
    ["1e6", "eksponent"],
    ["NaN", "tal i kroner"],
    ["Infinity", "tal i kroner"],
    ["1.193.000", "tal i kroner"],
    ["1193000,00", "tal i kroner"],
    ["", "mangler"],
    ["+5", "tal i kroner"],
    ["90071992547409.93", "uden for"],
    ["-90071992547409.93", "uden for"],
  ])("rejects %j with a Danish message", (text, fragment) => {
    expect(() => parseMoney(text)).toThrow(MoneyFormatError);
    expect(() => parseMoney(text)).toThrow(fragment);
  });

  it("accepts the boundary ±2^53 øre exactly", () => {
    expect(parseMoney("90071992547409.92")).toBe(MAX_ORE);
    expect(parseMoney("-90071992547409.92")).toBe(-MAX_ORE);
  });

  it("round-trips every amount in range through the wire format", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_ORE, max: MAX_ORE }), (ore) => {
        expect(parseMoney(formatMoney(ore))).toBe(ore);
      }),
    );
  });
});

describe("formatMoney", () => {
  it("writes two decimals and a leading minus", () => {
    expect(formatMoney(119_300_000n)).toBe("1193000.00");
    expect(formatMoney(-20_000_050n)).toBe("-200000.50");
    expect(formatMoney(-5n)).toBe("-0.05");
    expect(formatMoney(0n)).toBe("0.00");
  });
});

describe("oreFromDb", () => {
  it("reads pg's bigint strings without a float", () => {
    expect(oreFromDb("9007199254740993")).toBe(9_007_199_254_740_993n);
    expect(oreFromDb("-42")).toBe(-42n);
    expect(oreFromDb(null)).toBeNull();
  });
  it("refuses anything that is not an integer", () => {
    expect(() => oreFromDb("1.5")).toThrow(RangeError);
    expect(() => oreFromDb(0.1)).toThrow(RangeError);
  });
});

describe("sumOre and rounding", () => {
  it("is associative and order independent (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -MAX_ORE, max: MAX_ORE }), { maxLength: 50 }), (values) => {
        const reversed = [...values].reverse();
        expect(sumOre(values)).toBe(sumOre(reversed));
        const half = Math.floor(values.length / 2);
        expect(sumOre(values)).toBe(sumOre(values.slice(0, half)) + sumOre(values.slice(half)));
      }),
    );
  });

  it("rounds half away from zero", () => {
    expect(divRoundHalfAway(150n, 100n)).toBe(2n);
    expect(divRoundHalfAway(149n, 100n)).toBe(1n);
    expect(divRoundHalfAway(-150n, 100n)).toBe(-2n);
    expect(divRoundHalfAway(-149n, 100n)).toBe(-1n);
  });

  it("is within half a unit of the exact quotient (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -MAX_ORE, max: MAX_ORE }), fc.bigInt({ min: 1n, max: 10_000_000n }), (n, d) => {
        const q = divRoundHalfAway(n, d);
        const error = n - q * d; // exact remainder relative to the rounded quotient
        expect(2n * (error < 0n ? -error : error) <= d).toBe(true);
      }),
    );
  });
});
