/**
 * The connector to jobindsats.dk's API v3 (STAR): one GET per area for table Y14D03 "Fra ydelse til job".
 *
 * The request follows the public clients of v3 (tests/fixtures/jobindsats/README.md): `GET {base}/data/{table}`
 * with the dimensions as query parameters (`hierarchy._hele_landet=/` for the whole country, `hierarchy._nykom=<kommune>`
 * for a municipality), `format=json`, and the organisation's token in the Authorization header. The token goes
 * nowhere else: not in the URL, not in an error, not in a log line.
 */

export const JOBINDSATS_DEFAULT_URL = "https://api.jobindsats.dk/v3";

/** How long one request may take before the dashboard shows the cached figure instead. */
export const JOBINDSATS_DEFAULT_TIMEOUT_MS = 4000;

export interface BenchmarkSettings {
  url: string;
  /** The municipality's token (JOBINDSATS_TOKEN); null: the benchmark is not configured. */
  token: string | null;
  timeoutMs?: number;
}

/** The table, its target group and its measure: the one benchmark Overblik shows. */
export const Y14D03 = {
  tableId: "y14d03",
  title: "Fra ydelse til job",
  benefitGroup: "Kontanthjælp",
  targetGroup: "Aktivitetsparate mv.",
} as const;

/** The period asked for a project still running, or ended lately: the newest jobindsats.dk has published. */
export const LATEST_PERIOD = "latest";

/**
 * Which period to ask for: the four quarters up to the project's last quarter ("2023QMAT02" for a project that ended
 * in May 2023) once jobindsats.dk has surely published it — its figures come about a quarter after the quarter ends,
 * so a project ended more than six months before `today` — and the newest period otherwise (a project running now,
 * or just ended, is compared with the newest figures there are). Dates are yyyy-mm-dd.
 */
export function periodQueryFor(projectEnd: string, today: string): string {
  const [year, month] = projectEnd.split("-").map(Number);
  const [todayYear, todayMonth] = today.split("-").map(Number);
  if (!year || !month || !todayYear || !todayMonth) return LATEST_PERIOD;
  const monthsAgo = (todayYear - year) * 12 + (todayMonth - month);
  return monthsAgo > 6 ? `${year}QMAT0${Math.ceil(month / 3)}` : LATEST_PERIOD;
}

/** An area asked about: the whole country, or a municipality by its name as jobindsats.dk spells it. */
export type BenchmarkArea = { kind: "COUNTRY" } | { kind: "MUNICIPALITY"; name: string };

export interface BenchmarkFigure {
  /** The period as jobindsats.dk names it, e.g. "2025QMAT02" (the year up to and including 2nd quarter 2025). */
  period: string;
  /** The rate in percent as a decimal string with a point ("9.8"); never a float on its way to the database. */
  percent: string;
}

export type FetchResult =
  { ok: true; figure: BenchmarkFigure } | { ok: false; reason: "BAD_TOKEN"; message: string } | { ok: false; reason: "UNAVAILABLE"; detail: string };

export const BAD_TOKEN_MESSAGE = "Forkert nøgle eller nøglen er udløbet.";

export function areaKey(area: BenchmarkArea): string {
  return area.kind === "COUNTRY" ? "Hele landet" : area.name;
}

export function dataUrl(base: string, area: BenchmarkArea, periodQuery: string): string {
  const query = new URLSearchParams({ "mgroup.*": "*", "period.QMAT": periodQuery });
  if (area.kind === "COUNTRY") query.set("hierarchy._hele_landet", "/");
  else query.set("hierarchy._nykom", area.name);
  query.set("_ygrpmm12", Y14D03.benefitGroup);
  query.set("_maalgrp_d03", Y14D03.targetGroup);
  query.set("format", "json");
  return `${base.replace(/\/+$/, "")}/data/${Y14D03.tableId}?${query.toString()}`;
}

/** The API's own message from an error body: JSON `{ "message": … }` (any case) or plain text. */
function errorText(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === "object") {
      for (const [key, value] of Object.entries(parsed)) if (key.toLowerCase() === "message" && typeof value === "string") return value.trim();
    }
  } catch {
    // plain text
  }
  return body.trim();
}

type Table = { columns: string[]; rows: unknown[][] };

/** A cell or a label as text: strings and numbers as they are, anything else empty. */
const text = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

/** A column's label: a plain string (v3), or an object with `label`/`name` (v3) or `Label` (v2). */
const label = (column: unknown): string => {
  if (typeof column === "string") return column;
  const o = (column ?? {}) as Record<string, unknown>;
  return text(o.label) || text(o.Label) || text(o.name);
};

/** v3 answers `{ columns, data }`; v2 answered `[{ Variables: [{ Label }], Data }]`: both are read. */
function tableOf(json: unknown): Table | null {
  const first: unknown = Array.isArray(json) ? json[0] : json;
  if (!first || typeof first !== "object") return null;
  const o = first as Record<string, unknown>;
  const rows = o.data ?? o.Data;
  const columns = o.columns ?? o.Variables;
  if (!Array.isArray(columns) || !Array.isArray(rows)) return null;
  return { columns: columns.map(label), rows: rows.filter((r): r is unknown[] => Array.isArray(r)) };
}

/** "9,8" or "9.8" or 9.8 → "9.8"; anything else (a suppressed cell, "..") → null. */
function decimal(value: unknown): string | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim().replace(",", ".") : "";
  return /^\d{1,3}(\.\d+)?$/.test(text) ? text : null;
}

/**
 * The share in job for the period asked (`periodQuery`; for LATEST_PERIOD the newest row) from a table's rows, or
 * null when the answer holds none.
 */
export function figureFrom(json: unknown, periodQuery: string = LATEST_PERIOD): BenchmarkFigure | null {
  const table = tableOf(json);
  if (!table) return null;
  const col = (test: RegExp) => table.columns.findIndex((c) => test.test(c));
  const periodCol = col(/^period/i);
  const shareCol = col(/andel/i);
  if (periodCol < 0 || shareCol < 0) return null;
  const figures = table.rows
    .map((r) => ({ period: text(r[periodCol]), percent: decimal(r[shareCol]) }))
    .filter((f): f is BenchmarkFigure => f.period !== "" && f.percent !== null && (periodQuery === LATEST_PERIOD || f.period === periodQuery))
    .sort((a, b) => b.period.localeCompare(a.period));
  return figures[0] ?? null;
}

/** One area's figure for the period asked (the newest row of the answer); a wrong or expired token, a timeout or an unreachable server is a result, not a throw. */
export async function fetchFigure(settings: BenchmarkSettings & { token: string }, area: BenchmarkArea, periodQuery: string): Promise<FetchResult> {
  let response: Response;
  try {
    response = await fetch(dataUrl(settings.url, area, periodQuery), {
      headers: { accept: "application/json", authorization: `Bearer ${settings.token}` },
      signal: AbortSignal.timeout(settings.timeoutMs ?? JOBINDSATS_DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, reason: "UNAVAILABLE", detail: error instanceof Error && error.name === "TimeoutError" ? "TIMEOUT" : "NETWORK" };
  }
  const body = await response.text().catch(() => "");
  if (response.status === 401 || response.status === 403) {
    return { ok: false, reason: "BAD_TOKEN", message: errorText(body).slice(0, 200) || BAD_TOKEN_MESSAGE };
  }
  if (!response.ok) return { ok: false, reason: "UNAVAILABLE", detail: `HTTP_${response.status}` };
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, reason: "UNAVAILABLE", detail: "NOT_JSON" };
  }
  const figure = figureFrom(json, periodQuery);
  return figure ? { ok: true, figure } : { ok: false, reason: "UNAVAILABLE", detail: "NO_FIGURE" };
}
