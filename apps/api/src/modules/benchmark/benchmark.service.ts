import { formatDecimal } from "@overblik/domain";
import { requireReadAccess } from "../../common/access.js";
import type { Context } from "../../context.js";
import { readBenchmarkCache, saveBenchmarkCache, type CachedFigure } from "./benchmark.repository.js";
import { BenchmarkStatusEnum, type BenchmarkFigureType, type BenchmarkType } from "./benchmark.types.js";
import { notFound } from "../../common/errors.js";
import { areaKey, fetchFigure, periodQueryFor, Y14D03, type BenchmarkArea, type FetchResult } from "./jobindsats.client.js";

/** A cached answer is reused this long before jobindsats.dk is asked again (its figures change once a quarter). */
export const BENCHMARK_CACHE_HOURS = 24;

export const BENCHMARK_SOURCE = "Jobindsats.dk, STAR, tabel Y14D03 (Fra ydelse til job)";
export const BENCHMARK_TARGET_GROUP = "Aktivitetsparate kontanthjælpsmodtagere (Kontanthjælp, Aktivitetsparate mv.)";
export const BENCHMARK_DEFINITION =
  "STAR's mål i tabel Y14D03: andelen af personerne i målgruppen, der er gået fra offentlig forsørgelse til job, " +
  "opgjort over løbende år (fire kvartaler). Det er STAR's definition, ikke Overbliks mål for job eller uddannelse.";

const NOT_CONFIGURED =
  "Landstallet fra Jobindsats.dk er ikke sat op på denne installation: der er ingen nøgle (JOBINDSATS_TOKEN). Resten af overblikket er upåvirket.";
const UNAVAILABLE = "Jobindsats.dk kunne ikke nås eller svarede ikke som ventet lige nu. Tallene herunder er de sidst hentede, med deres dato.";
const UNAVAILABLE_EMPTY = "Jobindsats.dk kunne ikke nås eller svarede ikke som ventet lige nu, og der er ikke hentet tal tidligere. Prøv igen senere.";

/** "2025QMAT02" → "4 kvartaler til og med 2. kvartal 2025"; another name is shown as it is. */
export function periodLabel(period: string): string {
  const m = /^(\d{4})QMAT0?([1-4])$/.exec(period);
  return m ? `4 kvartaler til og med ${m[2]}. kvartal ${m[1]}` : period;
}

function statusOf(failures: Array<Extract<FetchResult, { ok: false }>>, hasFigures: boolean): { status: BenchmarkStatusEnum; message: string | null } {
  const badToken = failures.find((f) => f.reason === "BAD_TOKEN");
  if (badToken?.reason === "BAD_TOKEN") {
    return {
      status: BenchmarkStatusEnum.BAD_TOKEN,
      message: `Jobindsats.dk afviste nøglen: ${badToken.message} Bed installationens administrator om en ny nøgle fra STAR (JOBINDSATS_TOKEN).`,
    };
  }
  if (failures.length > 0) return { status: BenchmarkStatusEnum.UNAVAILABLE, message: hasFigures ? UNAVAILABLE : UNAVAILABLE_EMPTY };
  return { status: BenchmarkStatusEnum.OK, message: null };
}

/**
 * The national and the project's municipalities' rate for the target group, over the project's period (its last four
 * quarters once published, else the newest; periodQueryFor): from the cache when it is less than a day
 * old, else from jobindsats.dk (the fresh answers stored together). A missing token, a rejected token or a network
 * that is down gives a status and the last cached figures, never an error: the rest of the dashboard loads.
 */
export async function projectBenchmark(ctx: Context, projectId: string): Promise<BenchmarkType> {
  requireReadAccess(ctx, "steering.read", projectId);
  const [project, municipalities] = await Promise.all([ctx.loaders.projectById.load(projectId), ctx.loaders.municipalitiesByProject.load(projectId)]);
  if (!project) throw notFound("Projektet");
  const periodQuery = periodQueryFor(project.endDate, new Date().toISOString().slice(0, 10));
  const areas: BenchmarkArea[] = [{ kind: "COUNTRY" }, ...municipalities.map((m) => ({ kind: "MUNICIPALITY" as const, name: m.name }))];
  const cached = await readBenchmarkCache(ctx.manager, Y14D03.tableId, areas.map(areaKey), periodQuery);
  const now = Date.now();
  const stale = areas.filter((a) => {
    const hit = cached.get(areaKey(a));
    return !hit || now - hit.fetchedAt.getTime() >= BENCHMARK_CACHE_HOURS * 3_600_000;
  });
  const settings = ctx.deps.benchmark;
  let result: { status: BenchmarkStatusEnum; message: string | null } = { status: BenchmarkStatusEnum.OK, message: null };
  if (stale.length > 0 && !settings.token) {
    result = { status: BenchmarkStatusEnum.NOT_CONFIGURED, message: NOT_CONFIGURED };
  } else if (stale.length > 0 && settings.token) {
    const token = settings.token;
    const answers = await Promise.all(stale.map(async (area) => ({ area, answer: await fetchFigure({ ...settings, token }, area, periodQuery) })));
    const fresh: CachedFigure[] = [];
    const failures: Array<Extract<FetchResult, { ok: false }>> = [];
    for (const { area, answer } of answers) {
      if (answer.ok) fresh.push({ area: areaKey(area), period: answer.figure.period, percent: answer.figure.percent, fetchedAt: new Date(now) });
      else failures.push(answer);
    }
    if (fresh.length > 0) {
      await ctx.manager.transaction((tx) => saveBenchmarkCache(tx, Y14D03.tableId, periodQuery, fresh));
      for (const f of fresh) cached.set(f.area, f);
    }
    // Codes only: never the token, the URL's answer body or anything about a person.
    for (const f of failures)
      ctx.logger.warn(
        { code: "BENCHMARK_FETCH_FAILED", reason: f.reason, detail: f.reason === "UNAVAILABLE" ? f.detail : undefined },
        "benchmark fetch failed",
      );
    result = statusOf(failures, cached.size > 0);
  }
  const figures: BenchmarkFigureType[] = areas.flatMap((area) => {
    const hit = cached.get(areaKey(area));
    return hit
      ? [
          {
            area: hit.area,
            national: area.kind === "COUNTRY",
            period: hit.period,
            periodLabel: periodLabel(hit.period),
            percent: formatDecimal(Number(hit.percent)),
            fetchedAt: hit.fetchedAt.toISOString(),
          },
        ]
      : [];
  });
  return { ...result, source: BENCHMARK_SOURCE, definition: BENCHMARK_DEFINITION, targetGroup: BENCHMARK_TARGET_GROUP, figures };
}
