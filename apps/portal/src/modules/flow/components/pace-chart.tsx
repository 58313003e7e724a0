import type { FlowCapacityQuery } from "@overblik/graphql-client";
import { useId } from "react";
import { ScrollRegion } from "../../../ui/scroll-region";

type Pace = NonNullable<FlowCapacityQuery["project"]["conversationPace"]>;

const WIDTH = 760;
const LEFT = 52;
const RIGHT = 20;
const PLOT = WIDTH - LEFT - RIGHT;
const TOP = 28;
const CUMULATIVE_HEIGHT = 190;
const GAP = 56;
const WEEKLY_HEIGHT = 120;
const WEEKLY_TOP = TOP + CUMULATIVE_HEIGHT + GAP;
const HEIGHT = WEEKLY_TOP + WEEKLY_HEIGHT + 34;

/** Round tick steps: 1, 2, 5, 10, 20, 50 … so that about four ticks fit. */
function ticks(max: number): number[] {
  const raw = Math.max(1, max) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const top = Math.ceil(Math.max(1, max) / step) * step;
  const list: number[] = [];
  for (let t = 0; t <= top + step / 2; t += step) list.push(Math.round(t));
  return list;
}

/** "uge 37" from the API's "uge 37 2012". */
function weekNumber(week: string): string {
  return week.split(" ")[1] ?? week;
}

/**
 * The pace of initial conversations per ISO week, in two panels over the same weeks: above, the
 * conversations held in all (solid line, round markers) against what the plan required by the end of
 * each week (dashed line, square markers); below, those held each week (bars) against the weekly
 * requirement (dashed line). Line style and marker shape tell the series apart, not colour alone;
 * the table below the chart has the figures.
 */
export function PaceChart({ pace, total }: { pace: Pace; total: number }) {
  const rawId = useId();
  const id = rawId.replace(/[^a-zA-Z0-9_-]/g, "");
  const weeks = pace.weeks;
  if (weeks.length === 0) return null;
  const step = PLOT / weeks.length;
  const xCenter = (i: number) => LEFT + step * i + step / 2;

  const cumulativeTicks = ticks(Math.max(total, ...weeks.map((w) => Math.max(w.required, w.cumulative))));
  const cumulativeMax = cumulativeTicks[cumulativeTicks.length - 1] ?? 1;
  const yCumulative = (v: number) => TOP + CUMULATIVE_HEIGHT - (v / cumulativeMax) * CUMULATIVE_HEIGHT;

  const weeklyTicks = ticks(Math.max(pace.requiredPerWeek, ...weeks.map((w) => w.done)));
  const weeklyMax = weeklyTicks[weeklyTicks.length - 1] ?? 1;
  const yWeekly = (v: number) => WEEKLY_TOP + WEEKLY_HEIGHT - (v / weeklyMax) * WEEKLY_HEIGHT;
  const barWidth = Math.max(4, Math.min(28, step * 0.6));

  const required = weeks.map((w, i) => `${xCenter(i)},${yCumulative(w.required)}`).join(" ");
  const actual = weeks.map((w, i) => `${xCenter(i)},${yCumulative(w.cumulative)}`).join(" ");
  const last = weeks[weeks.length - 1];
  const first = weeks[0];
  const labelEvery = weeks.length > 26 ? 4 : weeks.length > 13 ? 2 : 1;

  return (
    <figure className="pace-chart">
      <ul className="chart-legend no-max-width" aria-hidden="true">
        <li>
          <svg width="34" height="14" className="legend-swatch">
            <line x1="2" x2="32" y1="7" y2="7" className="pace-line pace-line--actual" />
            <circle cx="17" cy="7" r="4" className="pace-marker pace-marker--actual" />
          </svg>
          Holdt i alt
        </li>
        <li>
          <svg width="34" height="14" className="legend-swatch">
            <line x1="2" x2="32" y1="7" y2="7" className="pace-line pace-line--required" />
            <rect x="13" y="3" width="8" height="8" className="pace-marker pace-marker--required" />
          </svg>
          Krævet i alt
        </li>
        <li>
          <svg width="20" height="14" className="legend-swatch">
            <rect x="2" y="1" width="16" height="13" className="pace-bar" />
          </svg>
          Holdt i ugen
        </li>
        <li>
          <svg width="34" height="14" className="legend-swatch">
            <line x1="2" x2="32" y1="7" y2="7" className="pace-line pace-line--weekly" />
          </svg>
          Krævet pr. uge ({pace.requiredPerWeek})
        </li>
      </ul>
      <ScrollRegion label="Diagram: tempo for indledende samtaler pr. uge" minWidth={WIDTH}>
        <svg
          role="img"
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          preserveAspectRatio="xMinYMin meet"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
        >
          <title id={`${id}-title`}>Tempo for indledende samtaler pr. uge mod planen</title>
          <desc id={`${id}-desc`}>
            {first && last
              ? `${weeks.length} uger fra ${first.week} til ${last.week}. Til og med ${last.week} er der holdt ${last.cumulative} samtaler i alt; planen krævede ${last.required}. ` +
                `Planen kræver ${pace.requiredPerWeek} samtaler pr. uge; gennemsnittet er ${pace.averagePerWeek}. ` +
                `Flest i én uge: ${Math.max(...weeks.map((w) => w.done))}. ${pace.onTrack ? "Tempoet følger planen." : "Tempoet er bagud i forhold til planen."}`
              : ""}
          </desc>

          {/* Above: held in all against required in all. */}
          <text x={LEFT} y={TOP - 12} className="chart-heading">
            Samtaler i alt
          </text>
          {cumulativeTicks.map((t) => (
            <g key={`c${t}`}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={yCumulative(t)} y2={yCumulative(t)} className={t === 0 ? "chart-axis" : "chart-grid"} />
              <text x={LEFT - 8} y={yCumulative(t)} textAnchor="end" dominantBaseline="middle" className="chart-tick">
                {t}
              </text>
            </g>
          ))}
          <polyline points={required} className="pace-line pace-line--required" fill="none" />
          <polyline points={actual} className="pace-line pace-line--actual" fill="none" />
          {weeks.map((w, i) => (
            <g key={`m${w.weekStart}`}>
              <rect x={xCenter(i) - 4} y={yCumulative(w.required) - 4} width="8" height="8" className="pace-marker pace-marker--required" />
              <circle cx={xCenter(i)} cy={yCumulative(w.cumulative)} r="4" className="pace-marker pace-marker--actual" />
            </g>
          ))}

          {/* Below: held each week against the weekly requirement. */}
          <text x={LEFT} y={WEEKLY_TOP - 12} className="chart-heading">
            Samtaler pr. uge
          </text>
          {weeklyTicks.map((t) => (
            <g key={`w${t}`}>
              <line x1={LEFT} x2={WIDTH - RIGHT} y1={yWeekly(t)} y2={yWeekly(t)} className={t === 0 ? "chart-axis" : "chart-grid"} />
              <text x={LEFT - 8} y={yWeekly(t)} textAnchor="end" dominantBaseline="middle" className="chart-tick">
                {t}
              </text>
            </g>
          ))}
          {weeks.map((w, i) =>
            w.done > 0 ? (
              <rect
                key={`b${w.weekStart}`}
                x={xCenter(i) - barWidth / 2}
                y={yWeekly(w.done)}
                width={barWidth}
                height={WEEKLY_TOP + WEEKLY_HEIGHT - yWeekly(w.done)}
                className="pace-bar"
              />
            ) : null,
          )}
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={yWeekly(pace.requiredPerWeek)} y2={yWeekly(pace.requiredPerWeek)} className="pace-line pace-line--weekly" />
          {weeks.map((w, i) =>
            i % labelEvery === 0 ? (
              <text key={`l${w.weekStart}`} x={xCenter(i)} y={WEEKLY_TOP + WEEKLY_HEIGHT + 16} textAnchor="middle" className="chart-tick">
                {weekNumber(w.week)}
              </text>
            ) : null,
          )}
          <text x={WIDTH - RIGHT} y={HEIGHT - 2} textAnchor="end" className="chart-tick">
            ISO-uge
          </text>
        </svg>
      </ScrollRegion>
    </figure>
  );
}
