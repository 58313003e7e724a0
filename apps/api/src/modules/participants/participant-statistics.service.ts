import {
  AGE_GROUP_LABELS,
  COLOUR_LABELS,
  countFor,
  discloseCells,
  discloseTotal,
  isAggregateOnly,
  ORIGIN_LABELS,
  reportingDate,
  type AgeGroup,
  type Colour,
  type Origin,
} from "@overblik/domain";
import { requireIsoDate } from "../../common/validation.js";
import { requireReadAccess } from "../../common/access.js";
import type { Context } from "../../context.js";
import { todayInCopenhagen } from "../budget/follow-up.service.js";
import { participantCounts, type DimensionCount } from "./participant.repository.js";
import { referenceYear } from "./reference-year.js";
import type { BreakdownType, ParticipantStatisticsType } from "./participant-statistics.types.js";

const DIMENSIONS: Array<{ dimension: string; label: string }> = [
  { dimension: "MUNICIPALITY", label: "Kommune" },
  { dimension: "GENDER", label: "Køn" },
  { dimension: "AGE_GROUP", label: "Alder" },
  { dimension: "ORIGIN", label: "Herkomst" },
  { dimension: "LONG_TERM_BENEFIT", label: "Mere end 12 måneder på ydelse" },
  { dimension: "COLOUR", label: "Farvegruppe" },
];

function label(dimension: string, key: string): string {
  if (key === "UOPLYST") return "Uoplyst";
  switch (dimension) {
    case "GENDER":
      return key === "M" ? "Mænd" : "Kvinder";
    case "AGE_GROUP":
      return AGE_GROUP_LABELS[key as AgeGroup] ?? key;
    case "ORIGIN":
      return ORIGIN_LABELS[key as Origin] ?? key;
    case "LONG_TERM_BENEFIT":
      return key === "JA" ? "Mere end 12 måneder" : "12 måneder eller mindre";
    case "COLOUR":
      return COLOUR_LABELS[key as Colour] ?? key;
    default:
      return key;
  }
}

const ORDER: Record<string, string[]> = {
  GENDER: ["M", "K"],
  AGE_GROUP: ["UNDER_30", "FROM_30_TO_49", "FROM_50"],
  ORIGIN: ["DANISH", "IMMIGRANT_NON_WESTERN", "DESCENDANT_NON_WESTERN", "OTHER", "UOPLYST"],
  LONG_TERM_BENEFIT: ["JA", "NEJ"],
  COLOUR: ["GROEN", "ORANGE", "ROED", "BLAA", "UOPLYST"],
};

function rawBreakdowns(counts: DimensionCount[]) {
  return DIMENSIONS.map(({ dimension, label: dimLabel }) => {
    const own = counts.filter((c) => c.dimension === dimension);
    const order = ORDER[dimension];
    const keys = order ? order.filter((k) => own.some((c) => c.key === k) || k !== "UOPLYST") : own.map((c) => c.key).sort();
    return { dimension, dimLabel, cells: keys.map((key) => ({ key, count: own.find((c) => c.key === key)?.n ?? 0 })) };
  });
}

/** Breakdowns from counts (pure: also used for an import's preview), disclosed by packages/domain's disclosure.ts. */
export function buildBreakdowns(counts: DimensionCount[], suppress: boolean): BreakdownType[] {
  return rawBreakdowns(counts).map(({ dimension, dimLabel, cells }) => {
    const shown = discloseCells(cells, suppress);
    return {
      dimension,
      label: dimLabel,
      cells: shown.map((c) => ({ key: c.key, label: label(dimension, c.key), count: c.count, display: c.display, suppressed: c.suppressed })),
    };
  });
}

/**
 * Aggregates over a project's participants, computed in SQL. The styregruppe and leaders (aggregate-only
 * viewers) get every count through packages/domain's disclosure.ts: as of the reporting date (the latest month
 * end on or before the date asked for, or today), rounded to 5 with 1–4 as "<5", warnings included; the
 * tovholder, who may see the citizens anyway, gets exact figures on any date.
 */
export async function participantStatistics(
  ctx: Context,
  projectId: string,
  asOf?: string | null,
  options: { suppress?: boolean } = {},
): Promise<ParticipantStatisticsType> {
  if (asOf) requireIsoDate(asOf);
  // Administrators read the access log, not the citizens' figures: they hold no participant.statistics.
  const roles = requireReadAccess(ctx, "participant.statistics", projectId);
  const suppress = options.suppress ?? isAggregateOnly(roles);
  const figuresAsOf = suppress ? reportingDate(asOf ?? todayInCopenhagen()) : (asOf ?? null);
  const project = await ctx.loaders.projectById.load(projectId);
  const refYear = referenceYear(project);
  const counts = await participantCounts(ctx.manager, projectId, refYear, figuresAsOf);
  const total = counts.filter((c) => c.dimension === "GENDER").reduce((s, c) => s + c.n, 0);
  // The total is shown next to every breakdown of it: discloseTotal keeps it from pinning a "<5" cell.
  const t = suppress
    ? discloseTotal(
        total,
        rawBreakdowns(counts).map((b) => b.cells.map((c) => c.count)),
      )
    : countFor(total, false);
  const warnings: string[] = [];
  const targetSize = project?.targetSize ?? null;
  if (targetSize !== null) {
    if (!suppress && total !== targetSize) {
      warnings.push(`Målgruppen er angivet til ${targetSize} borgere, men der er ${total} deltagere i projektet (forskel ${total - targetSize}).`);
    } else if (suppress && t.count !== countFor(targetSize, true).count) {
      // Decided from the shown total alone (whether the exact one equals the target size would tell it exactly).
      warnings.push(`Målgruppen er angivet til ${targetSize} borgere, men der er ${t.display} deltagere i projektet (afrundet).`);
    }
  }
  const unknownOrigin = counts.find((c) => c.dimension === "ORIGIN" && c.key === "UOPLYST")?.n ?? 0;
  if (unknownOrigin > 0) {
    warnings.push(`Herkomst er uoplyst for ${countFor(unknownOrigin, suppress).display} deltagere: fordelingen på herkomst summer ikke til totalen uden dem.`);
  }
  return {
    total: t.count,
    totalDisplay: t.display,
    targetSize,
    suppressed: suppress,
    figuresAsOf,
    breakdowns: buildBreakdowns(counts, suppress),
    warnings,
  };
}
