import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hiddenCellsDetermined, suppressCounts, suppressTotal } from "./suppression.js";

describe("suppressCounts", () => {
  it("hides a colour with 4 participants as <5, and one more cell so it cannot be recomputed from the total", () => {
    const cells = [
      { key: "GROEN", count: 120 },
      { key: "ORANGE", count: 80 },
      { key: "ROED", count: 15 },
      { key: "BLAA", count: 4 },
    ];
    const out = suppressCounts(cells, { totalShown: true });
    expect(out.find((c) => c.key === "BLAA")).toEqual({ key: "BLAA", count: null, display: "<5", suppressed: "PRIMARY" });
    expect(out.find((c) => c.key === "ROED")).toEqual({ key: "ROED", count: null, display: "skjult", suppressed: "COMPLEMENTARY" });
    expect(out.filter((c) => c.suppressed === null).map((c) => c.key)).toEqual(["GROEN", "ORANGE"]);
  });

  it("hides only small cells when no total is shown", () => {
    const out = suppressCounts([{ key: "a", count: 3 }, { key: "b", count: 7 }], { totalShown: false });
    expect(out.map((c) => c.display)).toEqual(["<5", "7"]);
  });

  it("hides a total below 5", () => {
    expect(suppressTotal(4)).toEqual({ count: null, display: "<5" });
    expect(suppressTotal(219)).toEqual({ count: 219, display: "219" });
  });

  it("never leaves a hidden cell computable from the total and the visible cells (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const cells = counts.map((count, i) => ({ key: `k${i}`, count }));
        const out = suppressCounts(cells, { totalShown: true });
        const hidden = cells.filter((_, i) => out[i]?.suppressed !== null);
        // Every small count is hidden …
        for (const [i, c] of cells.entries()) if (c.count < 5) expect(out[i]?.count).toBeNull();
        // … and what is hidden is not determined by the total, unless everything is hidden.
        if (hidden.length > 0 && hidden.length < cells.length) expect(hiddenCellsDetermined(hidden)).toBe(false);
        if (hidden.length === 1) expect(hidden.length).toBe(cells.length);
      }),
    );
  });
});
