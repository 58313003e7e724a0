import type { EntityManager } from "typeorm";

export interface CachedFigure {
  area: string;
  period: string;
  /** Percent as a decimal string ("9.80"). */
  percent: string;
  fetchedAt: Date;
}

/** The cached answers for a table and period asked, by area. */
export async function readBenchmarkCache(manager: EntityManager, tableId: string, areas: string[], periodQuery: string): Promise<Map<string, CachedFigure>> {
  const rows: Array<{ area: string; period: string; percent: string; fetched_at: Date }> = await manager.query(
    `SELECT area, period, percent::text AS percent, fetched_at FROM benchmark_cache
      WHERE table_id = $1 AND period_query = $2 AND area = ANY($3::text[])`,
    [tableId, periodQuery, areas],
  );
  return new Map(rows.map((r) => [r.area, { area: r.area, period: r.period, percent: r.percent, fetchedAt: new Date(r.fetched_at) }]));
}

/** Stores fresh answers (one statement for all of them, so all or none). */
export async function saveBenchmarkCache(tx: EntityManager, tableId: string, periodQuery: string, figures: CachedFigure[]): Promise<void> {
  if (figures.length === 0) return;
  await tx.query(
    `INSERT INTO benchmark_cache (table_id, area, period_query, period, percent, fetched_at)
     SELECT $1, f.area, $2, f.period, f.percent::numeric, f.fetched_at
       FROM unnest($3::text[], $4::text[], $5::text[], $6::timestamptz[]) AS f(area, period, percent, fetched_at)
     ON CONFLICT ON CONSTRAINT pk_benchmark_cache
     DO UPDATE SET period = EXCLUDED.period, percent = EXCLUDED.percent, fetched_at = EXCLUDED.fetched_at`,
    [
      tableId,
      periodQuery,
      figures.map((f) => f.area),
      figures.map((f) => f.period),
      figures.map((f) => f.percent),
      figures.map((f) => f.fetchedAt.toISOString()),
    ],
  );
}
