/*
 * The project's SQL that more than one file of the module needs. The loaders and the setup service read the
 * columns from here, not from the service, so the loaders need no service (and no context).
 */

/**
 * The project's columns as the entity names them, for raw statements (dates as ÅÅÅÅ-MM-DD, bigint as text). A
 * project whose funding was only ever the one text (the demo data, projects from before the pool had its own
 * field) reads that text as its pool, so editing it keeps the funding as it was.
 */
export const PROJECT_COLUMNS = `p.id, p.code, p.name, p.description, p.start_date::text AS "startDate", p.end_date::text AS "endDate",
  p.target_size AS "targetSize", p.status, p.approval_threshold_ore::text AS "approvalThresholdOre", p.funding,
  p.closed_at AS "closedAt", p.closed_by AS "closedBy", p.created_at AS "createdAt", p.version,
  p.match_group AS "matchGroup", p.eligibility,
  CASE WHEN p.pool_name = '' AND p.co_financing_percent IS NULL THEN p.funding ELSE p.pool_name END AS "poolName", p.co_financing_percent AS "coFinancingPercent",
  p.price_level_year AS "priceLevelYear"`;
