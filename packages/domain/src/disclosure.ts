import { rolesAllow } from "./permissions.js";
import type { Role } from "./roles.js";
import { formatDateDa, formatKr } from "./format.js";
import { divRoundHalfAway, type Ore } from "./money.js";

/**
 * Disclosure control (diskretionering) for every count of citizens that a viewer who sees aggregates only
 * (the styregruppe, leaders: everyone on a project but its tovholder, who may see the citizens anyway) is
 * shown — on every screen, in every export and in every frozen pack. This is the one place the rule lives.
 *
 * The method:
 * A. Reporting dates. Such a viewer gets every count as of a reporting date: the last day of the latest month
 *    that has ended on or before the requested date (`reportingDate`). Asking for any day of December gives the
 *    figures of 30 November, so comparing two days around the day one citizen joined gives two equal answers.
 * B. Rounding to base 5. Every count — cells and totals — is shown as 0 → "0", 1–4 → "<5" (no number), and
 *    5 or more → the nearest multiple of 5 (7 → 5, 8 → 10) (`discloseCount`). Everything derived from counts
 *    (shares, goal achievement, funnel percentages, cost per citizen, effect tables, warnings) is computed from
 *    the ROUNDED counts, and hidden where a count it rests on is "<5" (`discloseShare`, `discloseCostPer`).
 *
 * The argument: every number shown is a multiple of 5, so every sum or difference of shown numbers — across
 * dates, across filters and tables, cells against totals — is a multiple of 5 too, and can never be a count of
 * 1–4. A "<5" cell next to a total could still be pinned by the interval arithmetic the rounding leaves (two
 * "<5" cells of 4 and 4 with a total of 8, shown as 10, say both are 4); `discloseTotal` therefore rounds a
 * total to its other neighbouring multiple of 5 in exactly that case, and the unit tests check by brute force
 * (every table of up to 4 cells of 0–15) that no "<5" cell is ever pinned to one value by what is shown,
 * knowing this rule. Complementary suppression ("skjult") is no longer needed: rounding replaces it.
 *
 * Sources: A. Hundepool et al., "Statistical Disclosure Control" (Wiley 2012), ch. 5 on frequency tables
 * (rounding; disclosure by differencing of tables); Eurostat/ESSnet, "Handbook on Statistical Disclosure
 * Control" v1.2 (2010), ch. 5; the Office for National Statistics' practice of rounding counts to the nearest 5
 * in tables from administrative data. Not taken: the cell-key perturbation of the Australian Bureau of
 * Statistics' TableBuilder — it moves totals unpredictably and is harder to explain to a styregruppe.
 *
 * Residual risk, said plainly: in a month in which only one citizen changes, a rounded cell can still move by
 * 5 between two reporting dates (a cell going from 7 to 8 is shown as 5, then 10). Someone who knows that
 * citizen changed learns that he or she is in a cell whose rounded value moved — not a count, and not which
 * of the cells that moved by rounding alone — but the risk is not zero. A second residual risk: two breakdowns
 * of the same citizens (gender and age, say) each bound their common total, and when every cell of both sits at
 * an edge of its rounding range the bounds can meet and pin a "<5" cell (gender "5" and "0" say 5–7 citizens;
 * age "<5", "<5", "5" says at least 7; so 7, and the two small cells are 1 each). `discloseTotal` cannot help
 * there (the cells alone do it); a brute force over two tables of 3 cells of 0–10 finds such cases only for
 * populations shown as 20 or fewer, and they need every cell at the edge of its range. Controlled rounding
 * (tables rounded together so that they add up) would close it; it is not done here.
 */

/** Counts under this are never shown as a number (other than 0). */
export const DISCLOSURE_THRESHOLD = 5;
/** Counts from the threshold up are rounded to the nearest multiple of this. */
export const ROUNDING_BASE = 5;
/** What a count of 1 to DISCLOSURE_THRESHOLD − 1 is shown as. */
export const SMALL_COUNT_DISPLAY = `<${DISCLOSURE_THRESHOLD}`;

/** The note every screen, export and pack shows next to counts disclosed by this rule, written from its constants. */
export const DISCLOSURE_FOOTNOTE = `Tal om borgere er afrundet til nærmeste ${ROUNDING_BASE}; tal under ${DISCLOSURE_THRESHOLD} vises som ${SMALL_COUNT_DISPLAY}. Tallene er pr. seneste månedsafslutning.`;

/** "Tal om borgere pr. 30.11.2026 (seneste månedsafslutning)". */
export function reportingDateNote(reportingDateIso: string): string {
  return `Tal om borgere pr. ${formatDateDa(reportingDateIso)} (seneste månedsafslutning)`;
}

/**
 * Who is protected: a viewer with only aggregate access to a project's citizens, i.e. any role without
 * participant.readAll (the tovholder, who works with every citizen by name, sees exact figures on any date).
 */
export function isAggregateOnly(projectRoles: readonly Role[]): boolean {
  return !rolesAllow(projectRoles, "participant.readAll");
}

/**
 * The reporting date for a requested date (yyyy-mm-dd): the last day of the latest month that has ended on or
 * before it. A month's last day is its own reporting date: 2026-12-06 → 2026-11-30; 2026-11-30 → 2026-11-30.
 */
export function reportingDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`${isoDate} er ikke en dato (ÅÅÅÅ-MM-DD).`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Date.UTC(year, month − 1, 0) is the last day of the month before.
  const date = day === lastOfMonth ? new Date(Date.UTC(year, month - 1, day)) : new Date(Date.UTC(year, month - 1, 0));
  return date.toISOString().slice(0, 10);
}

/** A count as shown: `count` is null where only the display may be shown ("<5"). */
export interface DisclosedCount {
  count: number | null;
  display: string;
}

const checkCount = (n: number) => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${n} er ikke et antal borgere.`);
};

/** n to the nearest multiple of ROUNDING_BASE (no halves arise for whole counts and an odd base). */
const roundToBase = (n: number) => Math.round(n / ROUNDING_BASE) * ROUNDING_BASE;

/** 0 → "0"; 1–4 → "<5" (count null); 5 or more → the nearest multiple of 5 (7 → 5, 8 → 10). */
export function discloseCount(n: number): DisclosedCount {
  checkCount(n);
  if (n === 0) return { count: 0, display: "0" };
  if (n < DISCLOSURE_THRESHOLD) return { count: null, display: SMALL_COUNT_DISPLAY };
  const r = roundToBase(n);
  return { count: r, display: String(r) };
}

/** The count as the viewer may see it: disclosed when `protect`, exact otherwise (the tovholder). */
export function countFor(n: number, protect: boolean): DisclosedCount {
  checkCount(n);
  return protect ? discloseCount(n) : { count: n, display: String(n) };
}

/** The values a shown count may stand for, as a closed range (the viewer's knowledge, `slack` beyond rounding). */
function rangeOf(shown: DisclosedCount, slack: number): [number, number] {
  if (shown.count === null) return [1, DISCLOSURE_THRESHOLD - 1];
  if (shown.count === 0) return [0, 0];
  return [Math.max(DISCLOSURE_THRESHOLD, shown.count - slack), shown.count + slack];
}

const HALF_BASE = Math.floor(ROUNDING_BASE / 2);

/**
 * Whether a shown total with the shown cells of one table pins a "<5" cell to one value, knowing that the
 * total's true value lies within `totalSlack` of the number shown and each cell within rounding of its own.
 */
export function pinsSmallCell(cells: readonly DisclosedCount[], total: DisclosedCount, totalSlack = HALF_BASE): boolean {
  const ranges = cells.map((c) => rangeOf(c, HALF_BASE));
  const [tLo, tHi] = total.count === null ? rangeOf(total, 0) : total.count === 0 ? [0, 0] : [total.count - totalSlack, total.count + totalSlack];
  const lo = ranges.reduce((s, r) => s + r[0], 0);
  const hi = ranges.reduce((s, r) => s + r[1], 0);
  return cells.some((c, i) => {
    if (c.count !== null || c.display !== SMALL_COUNT_DISPLAY) return false;
    const [cLo, cHi] = ranges[i] as [number, number];
    const from = Math.max(cLo, tLo - (hi - cHi));
    const to = Math.min(cHi, tHi - (lo - cLo));
    return to - from < 1;
  });
}

/**
 * A total shown next to breakdowns of it (the cells of each table sum to it). Rounded like any count, except
 * where that total would pin a "<5" cell of one of the tables (see `pinsSmallCell`): then it is rounded to its
 * other neighbouring multiple of 5 — still a multiple of 5, within 3 of the truth, and the viewer who knows the
 * rule cannot tell which of the two happened (a "<5" total that would pin is shown as 5). The unit tests' brute
 * force checks this against every table of up to 4 cells.
 */
export function discloseTotal(total: number, tables: ReadonlyArray<readonly number[]>): DisclosedCount {
  const nearest = discloseCount(total);
  if (nearest.count === 0) return nearest;
  const shownTables = tables.map((t) => t.map(discloseCount));
  if (!shownTables.some((cells) => pinsSmallCell(cells, nearest))) return nearest;
  // A "<5" total over four "<5" cells says each is 1: it is shown as 5 instead.
  if (nearest.count === null) return { count: ROUNDING_BASE, display: String(ROUNDING_BASE) };
  const other = nearest.count > total ? nearest.count - ROUNDING_BASE : nearest.count + ROUNDING_BASE;
  if (other < DISCLOSURE_THRESHOLD) return nearest;
  return { count: other, display: String(other) };
}

export interface CountCell {
  key: string;
  count: number;
}

/** A cell as shown; `suppressed` is "PRIMARY" where the count is "<5". */
export interface DisclosedCell extends DisclosedCount {
  key: string;
  suppressed: "PRIMARY" | null;
}

/** The cells of one table as the viewer may see them (exact when not `protect`). */
export function discloseCells(cells: readonly CountCell[], protect: boolean): DisclosedCell[] {
  return cells.map((c) => {
    const shown = countFor(c.count, protect);
    return { key: c.key, ...shown, suppressed: shown.count === null ? "PRIMARY" : null };
  });
}

/** A share as shown: computed from the rounded counts, hidden (null) where either rests on "<5". */
export interface DisclosedShare {
  /** x / n of the shown counts, 0..1; null when hidden or n is 0. */
  share: number | null;
  hidden: boolean;
  x: DisclosedCount;
  n: DisclosedCount;
}

/** x of n as the viewer may see it: the share of the rounded counts (exact when not `protect`). */
export function discloseShare(x: number, n: number, protect = true): DisclosedShare {
  const sx = countFor(x, protect);
  const sn = countFor(n, protect);
  const hidden = sx.count === null || sn.count === null;
  return { share: hidden || sn.count === 0 ? null : (sx.count as number) / (sn.count as number), hidden, x: sx, n: sn };
}

export interface CostPer {
  /** Øre per unit, rounded half away from zero; null when there is nothing to divide by or it is hidden. */
  amount: Ore | null;
  display: string;
  hidden: boolean;
}

/**
 * Spend divided by a count of citizens (or activities with them), for the viewer: by the ROUNDED count, so
 * spend ÷ cost gives back the rounded count and nothing finer; "<5" where the count is.
 */
export function discloseCostPer(spent: Ore, n: number, protect = true): CostPer {
  const shown = countFor(n, protect);
  if (shown.count === null) return { amount: null, display: SMALL_COUNT_DISPLAY, hidden: true };
  if (shown.count <= 0) return { amount: null, display: "–", hidden: false };
  const amount = divRoundHalfAway(spent, BigInt(shown.count));
  return { amount, display: formatKr(amount), hidden: false };
}
