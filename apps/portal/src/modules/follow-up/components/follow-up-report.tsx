import { useEffect, useId, useRef } from "react";
import { formatAmount, formatDateDa, formatPercent, formatPeriod, toOre, type MoneyUnit } from "../../../ui/format";
import type { FollowUpData, FollowUpTotalsData } from "../follow-up-view";
import { FollowUpTable } from "./follow-up-table";
import { RagBadge } from "./rag-badge";
import { SpendActivityChart } from "./spend-activity-chart";

function SideSummary({ title, totals, unit, income }: { title: string; totals: FollowUpTotalsData; unit: MoneyUnit; income: boolean }) {
  const deviation = toOre(totals.deviation);
  return (
    <div className="follow-up-summary-card">
      <h4 className="h5 mt-0">
        {title} <RagBadge rag={totals.rag} />
      </h4>
      <p className="m-0">
        {income ? "Modtaget" : "Forbrug"} {formatAmount(toOre(totals.spent), unit)} af {formatAmount(toOre(totals.corrected), unit)} (
        {formatPercent(totals.spentPercent)})
      </p>
      <p className="m-0">Forventet ved afslutning: {formatAmount(toOre(totals.forecast), unit)}</p>
      <p className="m-0">
        Afvigelse:{" "}
        <span className={deviation < 0n ? "amount--negative" : undefined}>
          {formatAmount(deviation, unit)}
          {deviation < 0n ? (income ? " (forventet mindre end budgetteret)" : " (forventet overskridelse)") : ""}
        </span>
      </p>
      {/* Income is never judged (saying so on every report is noise); an unjudged expense side says why (a draft budget). */}
      {totals.rag !== "NONE" || !income ? <p className="m-0 line-meta">{totals.ragReason}</p> : null}
    </div>
  );
}

/**
 * The follow-up report: period, status rules, side summaries, spend against activity and the two
 * tables. Printed, the forecast explanations open so the paper says how each figure was reached.
 */
export function FollowUpReport({ followUp, unit }: { followUp: FollowUpData; unit: MoneyUnit }) {
  const ref = useRef<HTMLDivElement>(null);
  const summaryId = useId();
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const before = () => {
      ref.current?.querySelectorAll("details").forEach((d) => {
        if (!d.open) {
          d.open = true;
          opened.push(d);
        }
      });
    };
    const after = () => {
      opened.splice(0).forEach((d) => (d.open = false));
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);

  const income = followUp.lines.filter((l) => l.side === "INCOME");
  const expense = followUp.lines.filter((l) => l.side === "EXPENSE");

  return (
    <div ref={ref} className="follow-up-report">
      <p className="follow-up-period">
        Opfølgning pr. <strong>{formatDateDa(followUp.asOf)}</strong>
        {followUp.year === null ? " for hele budgettet" : ` for budgetåret ${followUp.year}`} (periode {formatPeriod(followUp.periodStart, followUp.periodEnd)}
        ).
      </p>
      <section aria-labelledby={summaryId}>
        <h3 id={summaryId}>Status</h3>
        <div className="follow-up-summary">
          <SideSummary title="Udgifter" totals={followUp.expense} unit={unit} income={false} />
          <SideSummary title="Indtægter" totals={followUp.income} unit={unit} income />
        </div>
        <p className="rules-text">
          <strong>Sådan sættes status: </strong>
          {followUp.rules}
        </p>
      </section>
      <SpendActivityChart lines={followUp.lines} />
      <FollowUpTable title="Udgifter" side="EXPENSE" lines={expense} totals={followUp.expense} unit={unit} />
      <FollowUpTable title="Indtægter" side="INCOME" lines={income} totals={followUp.income} unit={unit} />
    </div>
  );
}
