import type { StatisticsBreakdownFragment } from "@overblik/graphql-client";
import { useId } from "react";
import { cellLabel, cellText } from "./breakdown-tables";
import { ScrollRegion } from "../../../ui/scroll-region";

const BAR_CLASS: Record<string, string> = {
  GROEN: "groen",
  ORANGE: "orange",
  ROED: "roed",
  BLAA: "blaa",
  UOPLYST: "none",
};

/**
 * The colour groups as horizontal bars, each labelled with its name and count. A hidden count has
 * no bar, only its text ("<5"), so the picture cannot reveal it. The table is the source;
 * the chart's text alternative lists the same numbers.
 */
export function ColourChart({ breakdown }: { breakdown: StatisticsBreakdownFragment }) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...breakdown.cells.map((c) => c.count ?? 0));
  const rowHeight = 36;
  const labelWidth = 130;
  const barWidth = 440;
  const height = breakdown.cells.length * rowHeight + 8;
  const description = breakdown.cells.map((c) => `${cellLabel(breakdown.dimension, c)}: ${cellText(c)}`).join(", ");

  return (
    <figure className="colour-chart">
      <ScrollRegion label="Diagram: borgere fordelt på farvegrupper" minWidth={labelWidth + barWidth + 80}>
        <svg viewBox={`0 0 ${labelWidth + barWidth + 80} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
          <title id={titleId}>Borgere fordelt på farvegrupper</title>
          <desc id={descId}>{description}</desc>
          <line className="chart-axis" x1={labelWidth} x2={labelWidth} y1={0} y2={height} />
          {breakdown.cells.map((c, i) => {
            const y = i * rowHeight + 6;
            const width = c.count === null ? 0 : Math.max(2, (c.count / max) * barWidth);
            return (
              <g key={c.key}>
                <text className="chart-label" x={labelWidth - 8} y={y + rowHeight / 2} textAnchor="end" dominantBaseline="middle">
                  {cellLabel(breakdown.dimension, c)}
                </text>
                {c.count === null ? null : (
                  <rect className={`chart-bar--${BAR_CLASS[c.key] ?? "none"}`} x={labelWidth} y={y + 4} width={width} height={rowHeight - 14} />
                )}
                <text className="chart-value" x={labelWidth + width + 8} y={y + rowHeight / 2} dominantBaseline="middle">
                  {cellText(c)}
                </text>
              </g>
            );
          })}
        </svg>
      </ScrollRegion>
      <figcaption className="line-meta">Diagrammet gentager tabellen »Farvegruppe« herunder.</figcaption>
    </figure>
  );
}
