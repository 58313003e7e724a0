import type { Ore } from "@overblik/domain";
import { useId } from "react";
import { formatAmount, type MoneyUnit } from "../../../ui/format";
import type { LineView } from "../budget-view";
import { ScrollRegion } from "../../../ui/scroll-region";

const WIDTH = 720;
const LABEL_WIDTH = 300;
const VALUE_WIDTH = 130;
const BAR_HEIGHT = 20;
const ROW_HEIGHT = 30;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/**
 * Bar geometry in whole SVG units, computed on bigint øre (value × width ÷ span) so no amount
 * ever passes through a float; SVG attributes take the result as a string. Bars are for the eye
 * only: the table above stays the source of truth.
 */
function scale(value: Ore, span: Ore): bigint {
  return span === 0n ? 0n : (value * BigInt(PLOT_WIDTH)) / span;
}

function shorten(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function ExpenseChart({ lines, unit }: { lines: readonly LineView[]; unit: MoneyUnit }) {
  const id = useId();
  if (lines.length === 0) return null;

  const abs = (v: Ore) => (v < 0n ? -v : v);
  const maxPositive = lines.reduce((m, l) => (l.total > m ? l.total : m), 0n);
  const maxNegative = lines.reduce((m, l) => (l.total < 0n && abs(l.total) > m ? abs(l.total) : m), 0n);
  const span = maxPositive + maxNegative;
  // Where zero sits on the axis: negative lines grow to the left of it.
  const zeroX = BigInt(LABEL_WIDTH) + scale(maxNegative, span);
  const height = lines.length * ROW_HEIGHT + 10;

  return (
    <figure className="expense-chart">
      <figcaption className="expense-chart-caption" id={`${id}-caption`}>
        Udgifter pr. linje i alt ({unit === "kr" ? "kr." : "t.kr."}). Tabellen ovenfor har de præcise tal.
      </figcaption>
      <ScrollRegion label="Diagram: udgifter pr. linje" minWidth={WIDTH}>
        <svg
          role="img"
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          preserveAspectRatio="xMinYMin meet"
        >
          <title id={`${id}-title`}>Søjlediagram: udgifter pr. budgetlinje</title>
          <desc id={`${id}-desc`}>{lines.map((l) => `${l.name}: ${formatAmount(l.total, unit)}`).join("; ")}</desc>
          <line x1={String(zeroX)} x2={String(zeroX)} y1={0} y2={height} className="chart-axis" />
          {lines.map((line, i) => {
            const y = i * ROW_HEIGHT + 5;
            const length = scale(abs(line.total), span);
            const negative = line.total < 0n;
            return (
              <g key={line.id}>
                <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} className="chart-label" textAnchor="end" dominantBaseline="middle">
                  {shorten(line.name)}
                </text>
                <rect
                  x={String(negative ? zeroX - length : zeroX)}
                  y={y}
                  width={String(length > 1n ? length : 1n)}
                  height={BAR_HEIGHT}
                  className={negative ? "chart-bar chart-bar--negative" : "chart-bar"}
                />
                <text x={LABEL_WIDTH + PLOT_WIDTH + 8} y={y + BAR_HEIGHT / 2} className="chart-value" dominantBaseline="middle">
                  {formatAmount(line.total, unit)}
                </text>
              </g>
            );
          })}
        </svg>
      </ScrollRegion>
    </figure>
  );
}
