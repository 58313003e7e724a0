import { describe, expect, it } from "vitest";
import { formatDateDa, formatKr, formatKrPlain, formatTkr } from "./format.js";

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
