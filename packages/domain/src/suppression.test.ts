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

  it("says 'skjult' everywhere when all is hidden and the displays would still give the cells away", () => {
    // Before: "skjult" and "<5" of a total of 5 meant 5 and 0; "<5" and "<5" of 8 meant 4 and 4.
    expect(suppressCounts([{ key: "a", count: 5 }, { key: "b", count: 0 }], { totalShown: true }).map((c) => [c.display, c.suppressed])).toEqual([
      ["skjult", "COMPLEMENTARY"],
      ["skjult", "COMPLEMENTARY"],
    ]);
    expect(suppressCounts([{ key: "a", count: 4 }, { key: "b", count: 4 }], { totalShown: true }).map((c) => c.display)).toEqual(["skjult", "skjult"]);
    // Not determined: the honest "<5" stays.
    expect(suppressCounts([{ key: "a", count: 3 }, { key: "b", count: 4 }], { totalShown: true }).map((c) => c.display)).toEqual(["<5", "<5"]);
    expect(suppressCounts([{ key: "a", count: 0 }, { key: "b", count: 0 }], { totalShown: true }).map((c) => c.display)).toEqual(["<5", "<5"]);
  });

  it("with protectSums, hides more until the hidden cells hold at least 5 citizens together", () => {
    const cells = [
      { key: "GROEN", count: 120 },
      { key: "ORANGE", count: 80 },
      { key: "ROED", count: 2 },
      { key: "BLAA", count: 1 },
    ];
    // Without the option, "3 are rød or blå" can be read off the total.
    expect(suppressCounts(cells, { totalShown: true }).map((c) => c.display)).toEqual(["120", "80", "<5", "<5"]);
    const out = suppressCounts(cells, { totalShown: true, protectSums: true });
    expect(out.map((c) => c.display)).toEqual(["120", "skjult", "<5", "<5"]);
  });

  it("with protectSums, hides a cell when the others hold fewer than 5 (x of n gives away n − x)", () => {
    const out = suppressCounts(
      [
        { key: "JOB", count: 17 },
        { key: "EDUCATION", count: 1 },
        { key: "PASSIVE", count: 1 },
        { key: "NONE", count: 1 },
      ],
      { totalShown: true, protectSums: true },
    );
    expect(out.map((c) => c.display)).toEqual(["skjult", "<5", "<5", "<5"]);
  });

  it("with protectSums, leaves no hidden cell determined and no sum of hidden cells under 5 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 2, maxLength: 8 }), (counts) => {
        const cells = counts.map((count, i) => ({ key: `k${i}`, count }));
        const total = counts.reduce((s, c) => s + c, 0);
        const shown = suppressCounts(cells, { totalShown: true, protectSums: true });
        const hidden = cells.filter((_, i) => shown[i]?.suppressed !== null);
        for (const c of shown) if (c.count !== null) expect(Math.min(c.count, total - c.count)).toBeGreaterThanOrEqual(5);
        if (hidden.length > 0 && hidden.length < cells.length) {
          expect(hiddenCellsDetermined(hidden)).toBe(false);
          expect(hidden.reduce((s, c) => s + c.count, 0)).toBeGreaterThanOrEqual(5);
        }
        if (hidden.length === cells.length && total > 0 && hiddenCellsDetermined(cells)) expect(new Set(shown.map((c) => c.display))).toEqual(new Set(["skjult"]));
      }),
    );
  });
});
