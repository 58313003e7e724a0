import { describe, expect, it } from "vitest";
import { kroner } from "./money.js";
import {
  DISCLOSURE_FOOTNOTE,
  discloseCells,
  discloseCostPer,
  discloseCount,
  discloseShare,
  discloseTotal,
  isAggregateOnly,
  reportingDate,
  reportingDateNote,
} from "./disclosure.js";

describe("reportingDate", () => {
  it("is the last day of the latest month ended on or before the date", () => {
    expect(reportingDate("2026-12-06")).toBe("2026-11-30");
    expect(reportingDate("2026-11-30")).toBe("2026-11-30");
    expect(reportingDate("2026-12-01")).toBe("2026-11-30");
    expect(reportingDate("2026-01-15")).toBe("2025-12-31");
    expect(reportingDate("2028-02-29")).toBe("2028-02-29");
    expect(reportingDate("2028-03-01")).toBe("2028-02-29");
    expect(reportingDate("2027-02-28")).toBe("2027-02-28");
    expect(() => reportingDate("6.12.2026")).toThrow(RangeError);
    expect(reportingDateNote("2026-11-30")).toBe("Tal om borgere pr. 30.11.2026 (seneste månedsafslutning)");
  });
});

describe("discloseCount", () => {
  it("shows 0 as 0, 1–4 as <5 and rounds the rest to the nearest 5", () => {
    expect(discloseCount(0)).toEqual({ count: 0, display: "0" });
    for (const n of [1, 2, 3, 4]) expect(discloseCount(n)).toEqual({ count: null, display: "<5" });
    expect(discloseCount(5)).toEqual({ count: 5, display: "5" });
    expect(discloseCount(7)).toEqual({ count: 5, display: "5" });
    expect(discloseCount(8)).toEqual({ count: 10, display: "10" });
    expect(discloseCount(219)).toEqual({ count: 220, display: "220" });
    expect(() => discloseCount(-1)).toThrow(RangeError);
  });
  it("protects every role on a project but the tovholder", () => {
    expect(isAggregateOnly(["STYREGRUPPE"])).toBe(true);
    expect(isAggregateOnly(["LEADER"])).toBe(true);
    expect(isAggregateOnly(["LEADER", "TOVHOLDER"])).toBe(false);
    expect(
      discloseCells(
        [
          { key: "a", count: 3 },
          { key: "b", count: 7 },
        ],
        false,
      ).map((c) => c.display),
    ).toEqual(["3", "7"]);
    expect(
      discloseCells(
        [
          { key: "a", count: 3 },
          { key: "b", count: 7 },
        ],
        true,
      ),
    ).toEqual([
      { key: "a", count: null, display: "<5", suppressed: "PRIMARY" },
      { key: "b", count: 5, display: "5", suppressed: null },
    ]);
    // Written out: the footnote is built from the constants, and must still read as this.
    expect(DISCLOSURE_FOOTNOTE).toBe("Tal om borgere er afrundet til nærmeste 5; tal under 5 vises som <5. Tallene er pr. seneste månedsafslutning.");
  });
});

describe("derived figures come from the rounded counts", () => {
  it("shares", () => {
    expect(discloseShare(8, 22)).toMatchObject({ share: 10 / 20, hidden: false });
    expect(discloseShare(3, 22)).toMatchObject({ share: null, hidden: true });
    expect(discloseShare(0, 22).share).toBe(0);
    expect(discloseShare(3, 22, false).share).toBe(3 / 22);
  });
  it("cost per citizen: spend over the rounded count, <5 where the count is", () => {
    expect(discloseCostPer(kroner(100_000), 7)).toEqual({ amount: kroner(20_000), display: "20.000 kr.", hidden: false });
    expect(discloseCostPer(kroner(100_000), 3)).toEqual({ amount: null, display: "<5", hidden: true });
    expect(discloseCostPer(kroner(100_000), 0)).toEqual({ amount: null, display: "–", hidden: false });
    expect(discloseCostPer(kroner(100_000), 3, false).amount).toBe(3_333_333n);
    // Exact for the tovholder: to the øre, rounding half away from zero.
    expect(discloseCostPer(kroner(1_179_475), 197, false)).toEqual({ amount: 598_718n, display: "5.987,18 kr.", hidden: false });
    expect(discloseCostPer(1n, 2, false).amount).toBe(1n);
  });
});

describe("no table pins a <5 cell (brute force over tables of 0–15)", () => {
  // Every true table of k cells in 0..MAX, grouped by what is shown; a shown table from cells 0..15 only has
  // true tables with cells up to 17 (15 stands for 13–17), so 0..17 holds all its explanations.
  const MAX = 17;
  const shown = (cells: number[]) => {
    const total = cells.reduce((s, c) => s + c, 0);
    return JSON.stringify([cells.map((c) => discloseCount(c).display), discloseTotal(total, [cells]).display]);
  };
  for (const k of [1, 2, 3, 4]) {
    it(`${k} cells`, () => {
      const explanations = new Map<string, number[][]>();
      const cells = new Array<number>(k).fill(0);
      const visit = (i: number) => {
        if (i === k) {
          const key = shown(cells);
          const list = explanations.get(key) ?? [];
          list.push([...cells]);
          explanations.set(key, list);
          return;
        }
        for (let v = 0; v <= MAX; v++) {
          cells[i] = v;
          visit(i + 1);
        }
      };
      visit(0);
      let checked = 0;
      for (const [key, tables] of explanations) {
        if (!tables.some((t) => t.every((c) => c <= 15))) continue;
        const [displays, total] = JSON.parse(key) as [string[], string];
        // Every number shown is a multiple of 5: so is the total less the shown cells.
        if (total !== "<5") expect(Number(total) % 5).toBe(0);
        displays.forEach((d, i) => {
          if (d !== "<5") return;
          checked++;
          const values = new Set(tables.map((t) => t[i]));
          expect(values.size, `${key}: cell ${i} pinned to ${[...values].join(",")}`).toBeGreaterThanOrEqual(2);
        });
      }
      expect(checked).toBeGreaterThan(0);
    });
  }
});
