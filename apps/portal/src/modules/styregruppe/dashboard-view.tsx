import type { ReactNode } from "react";
import { DISCLOSURE_FOOTNOTE, FUNNEL_DEFINITION, reportingDateNote } from "@overblik/domain";
import { GoalsTable } from "../flow/components/goals-table";
import { MilestonesTimeline } from "../flow/components/milestones-timeline";
import { PaceChart } from "../flow/components/pace-chart";
import { PaceTable } from "../flow/components/pace-table";
import { RagBadge } from "../follow-up/components/rag-badge";
import { SpendActivityChart } from "../follow-up/components/spend-activity-chart";
import { Alert } from "../../ui/alert";
import { formatAmount, formatDateDa, formatPercent, formatSignedAmount, toOre } from "../../ui/format";
import { KIND_LABELS } from "../budget/planner-view";
import { paths } from "../../app/paths";
import { Link } from "../../ui/navigation";
import { EffectChart, FunnelChart } from "./charts";
import { KeyFiguresSummary } from "./key-figures-view";
import type { Dashboard, Effect } from "./styregruppe-hooks";
import { ScrollRegion } from "../../ui/scroll-region";

const kr = (money: string) => formatAmount(toOre(money), "kr");

/** "Omplacering: 60.000 kr. fra Andre udgifter til Psykolog/psykiater … (2012)" — what the styregruppe is asked to decide. */
function describeDecision(change: Dashboard["pendingDecisions"][number]): string {
  const entries = change.entries.map((e) => ({ ...e, ore: toOre(e.delta) }));
  const years = [...new Set(entries.map((e) => e.year))].join(", ");
  const from = entries.find((e) => e.ore < 0n);
  const to = entries.find((e) => e.ore > 0n);
  const what =
    change.kind === "MOVE" && from && to
      ? `${formatAmount(to.ore, "kr")} fra ${from.lineName} til ${to.lineName}`
      : entries.map((e) => `${e.lineName} ${formatSignedAmount(e.ore, "kr")}`).join(" og ");
  return `${KIND_LABELS[change.kind]}: ${what} (${years})`;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="sg-section" aria-label={title}>
      <h2 className="h3">{title}</h2>
      {children}
    </section>
  );
}

function DistributionTable({
  caption,
  before,
  after,
  beforeLabel,
  afterLabel,
}: {
  caption: string;
  before: Dashboard["coloursNow"];
  after: Dashboard["coloursNow"];
  beforeLabel: string;
  afterLabel: string;
}) {
  const keys = [...new Set([...before.map((c) => c.key), ...after.map((c) => c.key)])];
  return (
    <ScrollRegion label={caption}>
      <table className="table table--compact sg-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="num">
              {beforeLabel}
            </th>
            <th scope="col" className="num">
              {afterLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const b = before.find((c) => c.key === key);
            const a = after.find((c) => c.key === key);
            return (
              <tr key={key}>
                <th scope="row">{a?.label ?? b?.label}</th>
                <td className="num">{b?.display ?? "–"}</td>
                <td className="num">{a?.display ?? "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** `benchmark`: the national benchmark beside the project's own result (the live dashboard only: benchmark-section.tsx). */
type DashboardViewProps = { projectId: string; dashboard: Dashboard; effect?: Effect | null; benchmark?: ReactNode };

/**
 * The styregruppe's dashboard: the same view for the live figures and for a frozen pack. Every count
 * arrives from the API already disclosed for the viewer (packages/domain's disclosure.ts); nothing here
 * computes a figure of its own.
 */
export function DashboardView({ projectId, dashboard: d, effect, benchmark }: DashboardViewProps) {
  const asOf = formatDateDa(d.asOf);
  const baseline = d.baselineDate ? `Ved screeningen ${formatDateDa(d.baselineDate)}` : "Ved screeningen";
  const expense = d.followUp?.expense;
  return (
    <>
      <div className="sg-lights">
        <p className="sg-light">
          <strong>Fremdrift:</strong> <RagBadge rag={d.progress.rag} /> {d.progress.reason}
        </p>
        <p className="sg-light">
          <strong>Økonomi:</strong> <RagBadge rag={d.spend.rag} /> {d.spend.reason}
        </p>
      </div>
      <KeyFiguresSummary dashboard={d} />
      {d.suppressed ? (
        <p className="form-hint">
          {reportingDateNote(d.figuresAsOf)}. {DISCLOSURE_FOOTNOTE}
        </p>
      ) : null}
      {d.warnings.length > 0 ? (
        <Alert variant="warning" heading="Datakvalitet">
          <ul className="mb-0">
            {d.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <Section title="Fra målgruppe til resultat">
        <p>{[d.plannedTargetText, d.targetText, d.inFlowText].filter(Boolean).join(" · ")}</p>
        <FunnelChart funnel={d.funnel} />
        <ScrollRegion label={`Tragten pr. ${asOf}`}>
          <table className="table table--compact sg-table">
            <caption>Tragten pr. {asOf}</caption>
            <thead>
              <tr>
                <th scope="col">Trin</th>
                <th scope="col" className="num">
                  Borgere
                </th>
                <th scope="col" className="num">
                  Andel af målgruppen
                </th>
                <th scope="col" className="num">
                  Andel af trinnets nævner
                </th>
              </tr>
            </thead>
            <tbody>
              {d.funnel.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{s.label}</th>
                  <td className="num">{s.display}</td>
                  <td className="num">{s.percentOfTarget ? `${s.percentOfTarget} % ${s.targetLabel}` : "–"}</td>
                  <td className="num">
                    {s.denominatorLabel ? (s.percentOfDenominator ? `${s.percentOfDenominator} % ${s.denominatorLabel}` : `– ${s.denominatorLabel}`) : "–"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <p className="form-hint">{FUNNEL_DEFINITION}</p>
        <ScrollRegion label="Resultater (seneste pr. borger)">
          <table className="table table--compact sg-table">
            <caption>Resultater (seneste pr. borger)</caption>
            <tbody>
              {d.outcomes.map((o) => (
                <tr key={o.key}>
                  <th scope="row">{o.label}</th>
                  <td className="num">{o.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>
      {benchmark}

      <Section title="Baseline og nu">
        <div className="sg-grid">
          <DistributionTable caption="Farvegrupper" before={d.coloursAtBaseline} after={d.coloursNow} beforeLabel={baseline} afterLabel={`Pr. ${asOf}`} />
          <DistributionTable caption="Faser" before={d.stagesAtBaseline} after={d.stagesNow} beforeLabel={baseline} afterLabel={`Pr. ${asOf}`} />
        </div>
      </Section>

      {d.pace ? (
        <Section title="Tempo for indledende samtaler">
          <p>
            Gennemsnit <strong>{d.pace.averagePerWeek} samtaler pr. uge</strong> mod krævet {d.pace.requiredPerWeek}.{" "}
            {d.pace.projectedFinish ? `Med det tempo er samtalerne færdige ${formatDateDa(d.pace.projectedFinish)}.` : ""}
          </p>
          <PaceChart pace={d.pace} total={d.funnel[0]?.count ?? 0} />
          <PaceTable weeks={d.pace.weeks} />
        </Section>
      ) : null}

      <Section title="Mål og milepæle">
        <GoalsTable goals={d.goals} />
        <MilestonesTimeline projectId={projectId} asOf={d.asOf} milestones={d.milestones} canComplete={false} onMessage={() => undefined} />
      </Section>

      {expense ? (
        <Section title="Økonomi">
          <ScrollRegion label={`Udgifter pr. ${asOf} (budgetopfølgningens egne tal; afvigelse er korrigeret minus forventet)`}>
            <table className="table table--compact sg-table">
              <caption>Udgifter pr. {asOf} (budgetopfølgningens egne tal; afvigelse er korrigeret minus forventet)</caption>
              <thead>
                <tr>
                  {["Oprindeligt", "Korrigeret", "Forbrug", "Forventet", "Afvigelse"].map((h) => (
                    <th key={h} scope="col" className="num">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td className="num">{expense.original === null ? "–" : kr(expense.original)}</td>
                  <td className="num">{kr(expense.corrected)}</td>
                  <td className="num">
                    {kr(expense.spent)} ({formatPercent(expense.spentPercent)})
                  </td>
                  <td className="num">{kr(expense.forecast)}</td>
                  <td className="num">
                    {kr(expense.deviation)}
                    {toOre(expense.deviation) < 0n ? " (forventet overskridelse)" : ""}
                  </td>
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
          <h3 className="h4">Forbrug mod aktivitet pr. linje</h3>
          <SpendActivityChart lines={d.followUp?.lines ?? []} />
          <ScrollRegion label="Udgiftslinjer: forbrug mod aktivitet og status">
            <table className="table table--compact sg-table">
              <caption>Udgiftslinjer: forbrug mod aktivitet og status</caption>
              <thead>
                <tr>
                  <th scope="col">Linje</th>
                  <th scope="col" className="num">
                    Korrigeret
                  </th>
                  <th scope="col" className="num">
                    Forbrug
                  </th>
                  <th scope="col" className="num">
                    Forbrug %
                  </th>
                  <th scope="col" className="num">
                    Aktivitet %
                  </th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {(d.followUp?.lines ?? [])
                  .filter((l) => l.side === "EXPENSE")
                  .map((l) => (
                    <tr key={l.lineId}>
                      <th scope="row">{l.name}</th>
                      <td className="num">{kr(l.corrected)}</td>
                      <td className="num">{kr(l.spent)}</td>
                      <td className="num">{formatPercent(l.spentPercent)}</td>
                      <td className="num">{formatPercent(l.activityPercent)}</td>
                      <td>
                        <RagBadge rag={l.rag} /> {l.rag === "GREEN" || l.rag === "NONE" ? "" : l.ragReason}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollRegion>
          <div className="sg-grid">
            <ScrollRegion label="Pris pr. aktivitet og resultat">
              <table className="table table--compact sg-table">
                <caption>Pris pr. aktivitet og resultat</caption>
                <tbody>
                  {d.costs.map((c) => (
                    <tr key={c.key}>
                      <th scope="row">
                        {c.label} ({c.countDisplay})
                      </th>
                      <td className="num">{c.amount === null ? c.display : kr(c.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <ScrollRegion label="Kompetenceudvikling">
              <table className="table table--compact sg-table">
                <caption>Kompetenceudvikling</caption>
                <thead>
                  <tr>
                    <th scope="col">Pulje</th>
                    <th scope="col" className="num">
                      Beløb
                    </th>
                    <th scope="col" className="num">
                      Brugt
                    </th>
                    <th scope="col" className="num">
                      Planlagt
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.pools.map((p) => (
                    <tr key={p.name}>
                      <th scope="row">
                        {p.name} ({p.held} afholdt, {p.participants} deltagere)
                      </th>
                      <td className="num">{kr(p.amount)}</td>
                      <td className="num">{kr(p.used)}</td>
                      <td className="num">{kr(p.planned)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </div>
        </Section>
      ) : null}

      <Section title="Venter på styregruppen">
        {d.pendingDecisions.length === 0 ? (
          <p>Ingen budgetændringer venter på en beslutning.</p>
        ) : (
          <>
            <ul>
              {d.pendingDecisions.map((c) => (
                <li key={c.id}>
                  <strong>{describeDecision(c)}</strong>. Begrundelse: {c.reason} (bedt om af {c.requestedBy.name} {formatDateDa(c.requestedAt.slice(0, 10))})
                </li>
              ))}
            </ul>
            <p className="d-print-none">
              <Link to={paths.project(projectId, "budget")}>Træf beslutningen under budgetlinjerne</Link>
            </p>
          </>
        )}
      </Section>

      {effect ? <EffectSection effect={effect} /> : null}
    </>
  );
}

function EffectSection({ effect }: { effect: Effect }) {
  return (
    <Section title="Effekt mod kontrolgruppen">
      <p>
        Indsatsgruppen: {effect.interventionSize} borgere. Kontrolgruppen: {effect.controlSize} borgere. {effect.note}
      </p>
      <EffectChart outcomes={effect.outcomes} />
      <ScrollRegion label="Andel med hvert resultat (95 %-interval) og forskellen i procentpoint">
        <table className="table table--compact sg-table">
          <caption>Andel med hvert resultat (95 %-interval) og forskellen i procentpoint</caption>
          <thead>
            <tr>
              <th scope="col">Resultat</th>
              <th scope="col" className="num">
                Indsatsgruppen
              </th>
              <th scope="col" className="num">
                Kontrolgruppen
              </th>
              <th scope="col" className="num">
                Forskel
              </th>
            </tr>
          </thead>
          <tbody>
            {effect.outcomes.map((o) => (
              <tr key={o.key}>
                <th scope="row">{o.label}</th>
                <td className="num">
                  {o.intervention.percent === null
                    ? o.intervention.countDisplay
                    : `${o.intervention.percent} % (${o.intervention.lower}–${o.intervention.upper})`}
                </td>
                <td className="num">
                  {o.control.percent === null ? o.control.countDisplay : `${o.control.percent} % (${o.control.lower}–${o.control.upper})`}
                </td>
                <td className="num">{o.difference === null ? "–" : `${o.difference} (${o.differenceLower}; ${o.differenceUpper})`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ul>
        {effect.outcomes.map((o) => (
          <li key={o.key}>{o.wording}</li>
        ))}
        <li>{effect.hours.wording}</li>
      </ul>
    </Section>
  );
}
