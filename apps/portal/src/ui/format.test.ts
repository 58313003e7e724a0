import { describe, expect, it } from "vitest";
import { countText, formatAmount, formatAmountCell, formatDateTimeDa, formatPercent, minIsoDate, parseAmountInput, toOre } from "./format";

describe("the portal's Danish formats", () => {
  it("counts with the right noun and Danish thousands", () => {
    expect(countText(1, "række", "rækker")).toBe("1 række");
    expect(countText(0, "række", "rækker")).toBe("0 rækker");
    expect(countText(1204, "række", "rækker")).toBe("1.204 rækker");
  });

  it("shows money from the API's decimal strings in kr. and t.kr., without a float on the way", () => {
    expect(toOre("1193000.00")).toBe(119300000n);
    expect(formatAmount(toOre("1193000.00"), "kr")).toBe("1.193.000 kr.");
    expect(formatAmount(toOre("1193000.00"), "tkr")).toBe("1.193 t.kr.");
    expect(formatAmountCell(toOre("794000.00"), "kr")).toBe("794.000");
    // 0.29 × 100 is 28.999… as a float: øre are read from the digits.
    expect(toOre("0.29")).toBe(29n);
    expect(toOre("-1234567.89")).toBe(-123456789n);
  });

  it("reads amounts as a Danish user types them, and says what is wrong in Danish", () => {
    expect(parseAmountInput("1.234,50")).toEqual({ ok: true, value: 123450n });
    const bad = parseAmountInput("12,3,4");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/[æøå]|beløb/i);
  });

  it("formats percentages, instants in Danish time and the earlier of two dates", () => {
    expect(formatPercent(15.5)).toBe("15,5\u00a0%");
    expect(formatPercent(null)).toBe("–");
    expect(formatDateTimeDa("2012-08-01T08:00:00Z")).toBe("01.08.2012 kl. 10.00");
    expect(formatDateTimeDa("2013-01-15T08:00:00Z")).toBe("15.01.2013 kl. 09.00");
    expect(minIsoDate("2013-08-01", "2012-12-31")).toBe("2012-12-31");
  });
});
