import { describe, expect, it } from "vitest";
import { formatDateDa, formatDecimal, formatKr, formatKrPlain, formatTkr, formatWholeKr, sentence } from "./format.js";

describe("Danish amount formats", () => {
  it("writes kroner with thousands dots", () => {
    expect(formatKr(119_300_000n)).toBe("1.193.000 kr.");
    expect(formatKr(119_300_050n)).toBe("1.193.000,50 kr.");
    expect(formatKr(79_400_000n, { alwaysDecimals: true })).toBe("794.000,00 kr.");
    expect(formatKr(-20_000_000n)).toBe("-200.000 kr.");
    expect(formatKrPlain(1_500_000n)).toBe("15.000");
  });

  it("writes thousands of kroner, rounded half away from zero", () => {
    expect(formatTkr(119_300_000n)).toBe("1.193 t.kr.");
    expect(formatTkr(18_500_000n)).toBe("185 t.kr.");
    expect(formatTkr(-20_000_000n)).toBe("-200 t.kr.");
    expect(formatTkr(5_050_000n, { unit: false })).toBe("51");
    expect(formatTkr(5_049_999n, { unit: false })).toBe("50");
  });

  it("writes dates as dd.mm.yyyy", () => {
    expect(formatDateDa("2013-08-01")).toBe("01.08.2013");
  });
});

describe("formatDecimal", () => {
  it("writes measured numbers with a fixed number of decimals and a decimal comma", () => {
    expect(formatDecimal(12)).toBe("12,0");
    expect(formatDecimal(23.47)).toBe("23,5");
    expect(formatDecimal(0.13)).toBe("0,1");
    expect(formatDecimal(-3.46)).toBe("-3,5");
    expect(formatDecimal(1234.56, 2)).toBe("1.234,56");
    expect(formatDecimal(7, 0)).toBe("7");
  });
  it("never writes a negative zero", () => {
    expect(formatDecimal(-0.04)).toBe("0,0");
    expect(formatDecimal(-0)).toBe("0,0");
    expect(formatDecimal(-0.004, 2)).toBe("0,00");
    expect(formatDecimal(-0.4, 0)).toBe("0");
  });
});

describe("sentence", () => {
  it("ends a sentence after an amount with one period, never kr..", () => {
    expect(sentence(`Forbrug ${formatKr(80_000_000n)}`)).toBe("Forbrug 800.000 kr.");
    expect(sentence("Budgettet er godkendt")).toBe("Budgettet er godkendt.");
    expect(sentence(`Rest ${formatWholeKr(-12_345_67n)} `)).toBe("Rest -12.346 kr.");
  });
});
