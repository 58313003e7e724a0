import { useId } from "react";
import { formatPercent } from "../../../ui/format";
import type { FollowUpLineData } from "../follow-up-view";
import { ScrollRegion } from "../../../ui/scroll-region";

const WIDTH = 760;
const LABEL_WIDTH = 320;
const VALUE_WIDTH = 130;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const BAR_HEIGHT = 16;
const BAR_GAP = 4;
const GROUP_GAP = 18;
const GROUP_HEIGHT = BAR_HEIGHT * 2 + BAR_GAP + GROUP_GAP;
const TOP = 22;

function shorten(text: string, max = 48): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "forbrug 40 procentpoint over aktiviteten" – the gap the status rule looks at, in words. */
function describeGap(spent: number, activity: number): string {
  const gap = Math.round((spent - activity) * 10) / 10;
  if (gap === 0) return "forbrug og aktivitet følges ad";
  const points = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 }).format(Math.abs(gap));
  return gap > 0 ? `forbruget er ${points} procentpoint foran aktiviteten` : `forbruget er ${points} procentpoint efter aktiviteten`;
}

/**
 * Spend against activity for each line with an activity driver: two bars per line, forbrug % (solid)
 * and aktivitet % (hatched), so the pattern tells them apart as well as the colour. Percentages are
 * shares, not money, so plain numbers are fine here. The table is the source of truth.
 */
export function SpendActivityChart({ lines }: { lines: ReadonlyArray<Pick<FollowUpLineData, "lineId" | "name" | "spentPercent" | "activityPercent">> }) {
  const rawId = useId();
  const id = rawId.replace(/[^a-zA-Z0-9_-]/g, "");
  const driven = lines.filter((l) => l.activityPercent !== null);
  if (driven.length === 0) return null;

  const highest = Math.max(100, ...driven.map((l) => Math.max(l.spentPercent ?? 0, l.activityPercent ?? 0)));
  const max = Math.ceil(highest / 20) * 20;
  const x = (percent: number) => LABEL_WIDTH + (Math.max(0, percent) / max) * PLOT_WIDTH;
  const height = TOP + driven.length * GROUP_HEIGHT;
  const hatch = `${id}-hatch`;

  return (
    <figure className="spend-activity-chart">
      <figcaption className="expense-chart-caption">
        Forbrug mod aktivitet for linjer med en aktivitetsdriver: forbrug i procent af korrigeret budget (fyldt søjle) og leveret aktivitet i procent af den
        planlagte (skraveret søjle). Tabellen nedenfor har de præcise tal.
      </figcaption>
      <ul className="chart-legend no-max-width" aria-hidden="true">
        <li>
          <svg width="28" height="14" className="legend-swatch">
            <rect width="28" height="14" className="chart-bar chart-bar--spent" />
          </svg>
          Forbrug %
        </li>
        <li>
          <svg width="28" height="14" className="legend-swatch">
            <defs>
              <pattern id={`${hatch}-legend`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" className="chart-hatch-bg" />
                <line x1="0" y1="0" x2="0" y2="6" className="chart-hatch-line" />
              </pattern>
            </defs>
            <rect width="28" height="14" fill={`url(#${hatch}-legend)`} className="chart-bar--activity" />
          </svg>
          Aktivitet %
        </li>
      </ul>
      <ScrollRegion label="Diagram: forbrug mod aktivitet pr. linje" minWidth={WIDTH}>
        <svg
          role="img"
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          preserveAspectRatio="xMinYMin meet"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title id={`${id}-title`}>Søjlediagram: forbrug mod aktivitet pr. linje</title>
          <desc id={`${id}-desc`}>
            {driven
              .map(
                (l) =>
                  `${l.name}: forbrug ${formatPercent(l.spentPercent)}, aktivitet ${formatPercent(l.activityPercent)}; ${describeGap(
                    l.spentPercent ?? 0,
                    l.activityPercent ?? 0,
                  )}`,
              )
              .join(". ")}
          </desc>
          <defs>
            <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="chart-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="chart-hatch-line" />
            </pattern>
          </defs>
          {[0, 50, 100, ...(max > 100 ? [max] : [])].map((tick) => (
            <g key={tick}>
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={TOP - 6}
                y2={height - GROUP_GAP / 2}
                className={tick === 100 ? "chart-axis chart-axis--full" : "chart-grid"}
              />
              <text x={x(tick)} y={TOP - 10} textAnchor="middle" className="chart-tick">
                {formatPercent(tick)}
              </text>
            </g>
          ))}
          {driven.map((line, i) => {
            const y = TOP + i * GROUP_HEIGHT;
            const spent = line.spentPercent ?? 0;
            const activity = line.activityPercent ?? 0;
            return (
              <g key={line.lineId}>
                <text x={LABEL_WIDTH - 10} y={y + BAR_HEIGHT + BAR_GAP / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">
                  {shorten(line.name)}
                </text>
                <rect x={LABEL_WIDTH} y={y} width={Math.max(1, x(spent) - LABEL_WIDTH)} height={BAR_HEIGHT} className="chart-bar chart-bar--spent" />
                <text x={x(spent) + 6} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" className="chart-value">
                  Forbrug {formatPercent(spent)}
                </text>
                <rect
                  x={LABEL_WIDTH}
                  y={y + BAR_HEIGHT + BAR_GAP}
                  width={Math.max(1, x(activity) - LABEL_WIDTH)}
                  height={BAR_HEIGHT}
                  fill={`url(#${hatch})`}
                  className="chart-bar--activity"
                />
                <text x={x(activity) + 6} y={y + BAR_HEIGHT * 1.5 + BAR_GAP} dominantBaseline="middle" className="chart-value">
                  Aktivitet {formatPercent(activity)}
                </text>
              </g>
            );
          })}
        </svg>
      </ScrollRegion>
    </figure>
  );
}
