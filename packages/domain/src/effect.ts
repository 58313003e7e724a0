import { formatDecimal } from "./format.js";
import { countFor, DISCLOSURE_THRESHOLD } from "./disclosure.js";

/**
 * Effect against a control group, with honest uncertainty: the Wilson score interval for each share,
 * Newcombe's hybrid score interval (method 10 of Newcombe 1998, Stat Med 17:873–890) for the difference
 * of two shares, and Welch's interval for a difference of means. Shares are 0..1; intervals are 95 %.
 * `effectTable` puts them together with the disclosure rule (disclosure.ts) for what the styregruppe sees.
 */
export const Z_95 = 1.959963984540054;

export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** The Wilson score interval (no continuity correction); null when n is 0. */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (n <= 0) return null;
  if (!Number.isInteger(successes) || successes < 0 || successes > n) throw new RangeError(`${successes} af ${n} er ikke en andel.`);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At 0 and n the bounds are exactly 0 and 1; rounding must not push them past.
  return { estimate: p, lower: successes === 0 ? 0 : Math.max(0, centre - half), upper: successes === n ? 1 : Math.min(1, centre + half) };
}

/** p1 − p2 with Newcombe's hybrid score interval; null when a group is empty. */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, z = Z_95): Interval | null {
  const a = wilsonInterval(x1, n1, z);
  const b = wilsonInterval(x2, n2, z);
  if (!a || !b) return null;
  const d = a.estimate - b.estimate;
  return {
    estimate: d,
    lower: d - Math.sqrt((a.estimate - a.lower) ** 2 + (b.upper - b.estimate) ** 2),
    upper: d + Math.sqrt((a.upper - a.estimate) ** 2 + (b.estimate - b.lower) ** 2),
  };
}

/** ln Γ(x) by Lanczos (g = 7, n = 9); accurate to ~1e-15 for x > 0. */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = c[0] as number;
  for (let i = 1; i < 9; i++) sum += (c[i] as number) / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - (logGamma(a) + logGamma(b) - logGamma(a + b))) / a;
  const tiny = 1e-300;
  let f = 1;
  let c = 1;
  let d = 0;
  for (let i = 0; i <= 400; i++) {
    const m = Math.floor(i / 2);
    let numerator: number;
    if (i === 0) numerator = 1;
    else if (i % 2 === 0) numerator = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    else numerator = -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + numerator * d;
    if (Math.abs(d) < tiny) d = tiny;
    d = 1 / d;
    c = 1 + numerator / c;
    if (Math.abs(c) < tiny) c = tiny;
    const cd = c * d;
    f *= cd;
    if (Math.abs(1 - cd) < 1e-15) return front * (f - 1);
  }
  return front * (f - 1);
}

/** Student's t distribution: P(T ≤ t) with df degrees of freedom (df may be fractional, as Welch's are). */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The p-quantile of Student's t (bisection on the CDF, to 1e-12). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError("Kvantilen kræver 0 < p < 1 og df > 0.");
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface MeanDifference extends Interval {
  meanA: number;
  meanB: number;
  sizeA: number;
  sizeB: number;
  df: number;
}

/** mean(a) − mean(b) with Welch's 95 % interval; null when a group has fewer than 2 values or no spread at all. */
export function meanDifference(a: readonly number[], b: readonly number[]): MeanDifference | null {
  if (a.length < 2 || b.length < 2) return null;
  if (![...a, ...b].every(Number.isFinite)) throw new RangeError("Timerne skal være endelige tal.");
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = (xs: readonly number[], m: number) => xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  const ma = mean(a);
  const mb = mean(b);
  const va = variance(a, ma) / a.length;
  const vb = variance(b, mb) / b.length;
  const se = Math.sqrt(va + vb);
  if (se === 0) return null;
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const t = studentTQuantile(0.975, df);
  const d = ma - mb;
  return { estimate: d, lower: d - t * se, upper: d + t * se, meanA: ma, meanB: mb, sizeA: a.length, sizeB: b.length, df };
}

// Shares and differences always with one decimal ("12,0", not formatBp's "12"), so a column of
// intervals lines up and a bound of 0,04 points is not written as "0".
const oneDecimal = (x: number) => formatDecimal(x, 1);
/** A share as "30,0 %". */
export const formatShare = (share: number) => `${oneDecimal(share * 100)} %`;
/** Percentage points as "12,0". */
export const formatPoints = (share: number) => oneDecimal(share * 100);

/**
 * The difference in Danish a non-statistician reads right: which group is higher, by how much, how far
 * the difference may lie either way, and — when the interval holds 0 — that the data cannot tell.
 */
export function describeDifference(what: string, diff: Interval, groups = { a: "indsatsgruppen", b: "kontrolgruppen" }): string {
  const points = Math.abs(diff.estimate);
  const direction = diff.estimate > 0 ? "højere" : "lavere";
  const first =
    Math.round(points * 1000) === 0
      ? `${what} er den samme i ${groups.a} og ${groups.b}.`
      : `${what} er ${formatPoints(points)} procentpoint ${direction} i ${groups.a} end i ${groups.b}.`;
  const range = `Forskellen kan være mellem ${formatPoints(diff.lower)} og ${formatPoints(diff.upper)} procentpoint (95 %-interval).`;
  const verdict =
    diff.lower > 0 || diff.upper < 0
      ? `Intervallet ligger helt ${diff.lower > 0 ? "over" : "under"} 0, så forskellen er næppe tilfældig.`
      : "Intervallet rummer 0, så tallene kan ikke afgøre, om der er en forskel.";
  return `${first} ${range} ${verdict}`;
}

/** The same for a difference of means (hours a week). */
export function describeMeanDifference(what: string, diff: MeanDifference, unit: string, groups = { a: "indsatsgruppen", b: "kontrolgruppen" }): string {
  const direction = diff.estimate > 0 ? "flere" : "færre";
  const first =
    oneDecimal(Math.abs(diff.estimate)) === oneDecimal(0)
      ? `${what}: i gennemsnit det samme i ${groups.a} (${oneDecimal(diff.meanA)}) og ${groups.b} (${oneDecimal(diff.meanB)}).`
      : `${what}: i gennemsnit ${oneDecimal(Math.abs(diff.estimate))} ${unit} ${direction} i ${groups.a} (${oneDecimal(diff.meanA)}) end i ${groups.b} (${oneDecimal(diff.meanB)}).`;
  const range = `Forskellen kan være mellem ${oneDecimal(diff.lower)} og ${oneDecimal(diff.upper)} ${unit} (95 %-interval).`;
  const verdict =
    diff.lower > 0 || diff.upper < 0 ? "Forskellen er næppe tilfældig." : "Intervallet rummer 0, så tallene kan ikke afgøre, om der er en forskel.";
  return `${first} ${range} ${verdict}`;
}

export type StudyGroup = "intervention" | "control";
const STUDY_GROUPS: readonly StudyGroup[] = ["intervention", "control"];

export interface EffectCountRow {
  key: string;
  /** Citizens in each group who reached the outcome. */
  intervention: number;
  control: number;
}

export interface EffectTableInput {
  sizes: Record<StudyGroup, number>;
  rows: readonly EffectCountRow[];
  /**
   * Sets of row keys that exclude one another within a group (a citizen's latest outcome): their counts
   * and the citizens with none of them make up the group. Every row in no set is a yes/no share of its own.
   */
  exclusive?: readonly (readonly string[])[];
  /** Hours a week in ordinary employment per citizen, where recorded. */
  hours?: Record<StudyGroup, readonly number[]>;
}

export interface EffectShareCell {
  /** null when hidden. */
  count: number | null;
  /** "30" (rounded to 5 for a protected viewer) or "<5". */
  display: string;
  suppressed: "PRIMARY" | null;
  /** The share with its Wilson interval; null when hidden or the group is empty. */
  share: Interval | null;
}

export interface EffectTableRow {
  key: string;
  intervention: EffectShareCell;
  control: EffectShareCell;
  /** Intervention less control, with Newcombe's interval; null when either share is hidden. */
  difference: Interval | null;
}

export interface EffectTable {
  sizes: Record<StudyGroup, { count: number | null; display: string }>;
  rows: EffectTableRow[];
  /** Per exclusive set, the citizens with none of its outcomes ("Intet resultat endnu"), suppressed alike. */
  remainders: Array<{ keys: readonly string[] } & Record<StudyGroup, { count: number | null; display: string; suppressed: "PRIMARY" | null }>>;
  /** null when hidden, when no hours were given or when they cannot be compared (too few, no spread). */
  hours: MeanDifference | null;
  hoursHidden: boolean;
}

const REMAINDER = "(ingen af resultaterne)";

/**
 * Whether a mean of hours would tell about fewer than `threshold` citizens: the mean times the group's size
 * is the sum of the non-zero values, so a group of 20 with 1 in a job gives away that one's hours.
 */
export function hoursHidden(values: readonly number[], threshold = DISCLOSURE_THRESHOLD): boolean {
  return values.length < threshold || values.filter((v) => v !== 0).length < threshold;
}

/**
 * The effect table as the styregruppe may see it: per outcome and group the count, the share with its
 * Wilson interval, and the difference with Newcombe's; the group sizes; the mean difference in hours.
 *
 * With `suppress` (a viewer who sees aggregates only), every count — sizes, cells, remainders — is disclosed
 * by disclosure.ts's `countFor` (0, "<5", or rounded to the nearest 5), and every share, interval and
 * difference is computed FROM THE ROUNDED counts (x̃ of ñ), hidden where a count it rests on is "<5". So
 * share × size gives back a rounded count and nothing finer, and no complementary cells are needed.
 * Hours are hidden when either group's mean rests on fewer than 5 citizens with hours (`hoursHidden`).
 */
export function effectTable(input: EffectTableInput, options: { suppress?: boolean } = {}): EffectTable {
  const protect = options.suppress ?? true;
  const keys = new Set<string>();
  for (const r of input.rows) {
    if (keys.has(r.key) || r.key === REMAINDER) throw new RangeError(`Resultatet ${r.key} står to gange i effekttabellen.`);
    keys.add(r.key);
  }
  const inSet = new Set<string>();
  for (const set of input.exclusive ?? []) {
    for (const k of set) {
      if (!keys.has(k)) throw new RangeError(`Resultatet ${k} findes ikke i effekttabellen.`);
      if (inSet.has(k)) throw new RangeError(`Resultatet ${k} står i to sæt, der udelukker hinanden.`);
      inSet.add(k);
    }
  }
  const sizes = { intervention: countFor(checkedSize(input.sizes.intervention), protect), control: countFor(checkedSize(input.sizes.control), protect) };
  const shown = (x: number) => {
    const c = countFor(x, protect);
    return { ...c, suppressed: c.count === null ? ("PRIMARY" as const) : null };
  };
  /** The share of the shown counts; null when either is hidden or the group is empty. */
  const shareOf = (x: number, g: StudyGroup): Interval | null => {
    const cx = countFor(x, protect).count;
    const n = sizes[g].count;
    return cx === null || n === null || n === 0 ? null : wilsonInterval(cx, n);
  };
  for (const g of STUDY_GROUPS) {
    const n = input.sizes[g];
    for (const r of input.rows) {
      if (!Number.isInteger(r[g]) || r[g] < 0 || r[g] > n) throw new RangeError(`${r[g]} af ${n} borgere med resultatet ${r.key} er ikke et antal i gruppen.`);
    }
  }
  const byKey = new Map(input.rows.map((r) => [r.key, r]));
  const restOf = (set: readonly string[], g: StudyGroup) => {
    const rest = input.sizes[g] - set.reduce((sum, k) => sum + (byKey.get(k) as EffectCountRow)[g], 0);
    if (rest < 0)
      throw new RangeError(`Resultaterne ${set.join(", ")} udelukker hinanden, men tæller ${input.sizes[g] - rest} borgere i en gruppe på ${input.sizes[g]}.`);
    return rest;
  };
  const remainders: EffectTable["remainders"] = (input.exclusive ?? [])
    .filter((set) => set.length > 0)
    .map((set) => ({ keys: set, intervention: shown(restOf(set, "intervention")), control: shown(restOf(set, "control")) }));

  const rows: EffectTableRow[] = input.rows.map((r) => {
    const cell = (g: StudyGroup): EffectShareCell => ({ ...shown(r[g]), share: shareOf(r[g], g) });
    const a = cell("intervention");
    const b = cell("control");
    return {
      key: r.key,
      intervention: a,
      control: b,
      difference:
        a.share && b.share && a.count !== null && b.count !== null && sizes.intervention.count && sizes.control.count
          ? newcombeDifference(a.count, sizes.intervention.count, b.count, sizes.control.count)
          : null,
    };
  });

  const hidden = input.hours !== undefined && protect && (hoursHidden(input.hours.intervention) || hoursHidden(input.hours.control));
  const hours = input.hours && !hidden ? meanDifference(input.hours.intervention, input.hours.control) : null;
  return { sizes, rows, remainders, hours, hoursHidden: hidden };
}

function checkedSize(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Gruppens størrelse ${n} er ikke et antal borgere.`);
  return n;
}
