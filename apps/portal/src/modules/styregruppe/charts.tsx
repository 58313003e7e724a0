import { useId } from "react";
import { ScrollRegion } from "../../ui/scroll-region";
import type { Dashboard, Effect } from "./styregruppe-hooks";

const WIDTH = 760;
const LABEL = 240;
// Room for the longest value written after a full bar, "221 (100,0 % af 221 i målgruppen)" (it was cut at 110).
const VALUE = 230;
const PLOT = WIDTH - LABEL - VALUE;
const ROW = 30;

const num = (text: string | null) => (text === null ? null : Number(text.replace(",", ".")));

/**
 * The funnel from the target group to outcomes as horizontal bars, the number and share written on
 * each. A hidden count ("<5") is drawn hatched and short, and says so in words: no shape hints at its size.
 */
export function FunnelChart({ funnel }: { funnel: Dashboard["funnel"] }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const first = funnel[0]?.count ?? 0;
  const height = funnel.length * ROW + 10;
  return (
    <ScrollRegion label="Diagram: tragten fra målgruppe til resultat" minWidth={WIDTH}>
      <svg className="sg-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t`}>
        <title id={`${id}-t`}>Tragten fra målgruppe til resultat; tallene står også i tabellen nedenfor.</title>
        <defs>
          <pattern id="sg-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#595959" strokeWidth="2" />
          </pattern>
        </defs>
        {funnel.map((s, i) => {
          const y = 5 + i * ROW;
          const w = s.count === null ? 12 : first > 0 ? (s.count / first) * PLOT : 0;
          return (
            <g key={s.key}>
              <text x={LABEL - 8} y={y + 18} textAnchor="end">
                {s.label}
              </text>
              <rect className={s.count === null ? "sg-bar sg-bar--hidden" : "sg-bar"} x={LABEL} y={y + 4} width={Math.max(w, 1)} height={ROW - 10} />
              <text x={LABEL + Math.max(w, 12) + 6} y={y + 18}>
                {s.display}
                {s.percentOfTarget ? ` (${s.percentOfTarget} % ${s.targetLabel})` : ""}
              </text>
            </g>
          );
        })}
      </svg>
    </ScrollRegion>
  );
}

/**
 * Effect as a forest plot: for each outcome the difference in percentage points (dot) with its 95 %
 * interval (line), against a dashed zero line. An interval crossing 0 means the data cannot tell.
 */
export function EffectChart({ outcomes }: { outcomes: Effect["outcomes"] }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const shown = outcomes.filter((o) => o.difference !== null);
  if (shown.length === 0) return null;
  const extent = Math.max(10, ...shown.flatMap((o) => [Math.abs(num(o.differenceLower) ?? 0), Math.abs(num(o.differenceUpper) ?? 0)]));
  const max = Math.ceil(extent / 10) * 10;
  const x = (v: number) => LABEL + ((v + max) / (2 * max)) * PLOT;
  const height = shown.length * ROW + 40;
  return (
    <ScrollRegion label="Diagram: effekt mod kontrolgruppen" minWidth={WIDTH}>
      <svg className="sg-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t`}>
        <title id={`${id}-t`}>Forskel mellem indsats- og kontrolgruppe i procentpoint med 95 %-interval; tallene står i tabellen.</title>
        <line x1={x(0)} x2={x(0)} y1={0} y2={height - 30} stroke="#1a1a1a" strokeDasharray="4 3" />
        {[-max, -max / 2, 0, max / 2, max].map((t) => (
          <text key={t} x={x(t)} y={height - 12} textAnchor="middle">
            {t > 0 ? `+${t}` : t}
          </text>
        ))}
        {shown.map((o, i) => {
          const y = 12 + i * ROW;
          const d = num(o.difference) ?? 0;
          return (
            <g key={o.key}>
              <text x={LABEL - 8} y={y + 5} textAnchor="end">
                {o.label}
              </text>
              <line className="sg-effect-interval" x1={x(num(o.differenceLower) ?? d)} x2={x(num(o.differenceUpper) ?? d)} y1={y} y2={y} />
              <circle cx={x(d)} cy={y} r={5} fill="#0059b3" stroke="#1a1a1a" />
              <text x={WIDTH - VALUE + 8} y={y + 5}>
                {o.difference} ({o.differenceLower}; {o.differenceUpper})
              </text>
            </g>
          );
        })}
      </svg>
    </ScrollRegion>
  );
}
