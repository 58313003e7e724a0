import type { ReactNode } from "react";
import { formatAmount, formatDateTimeDa, formatSignedAmount } from "../../../ui/format";
import { Icon, type IconName } from "../../../ui/icon";
import { CHANGE_STATUS_LABELS, changeEntriesOf, describeChange, KIND_LABELS, type BudgetChange } from "../planner-view";
import { ScrollRegion } from "../../../ui/scroll-region";

const STATUS_STYLE: Record<BudgetChange["status"], { badge: string; icon: IconName }> = {
  APPLIED: { badge: "badge-success", icon: "check" },
  PENDING: { badge: "badge-warning", icon: "hourglass" },
  REJECTED: { badge: "badge-error", icon: "close" },
};

/** The status as text with an icon; the colour only repeats it. */
export function ChangeStatusBadge({ status }: { status: BudgetChange["status"] }) {
  const style = STATUS_STYLE[status];
  return (
    <span className={`badge ${style.badge} status-badge`}>
      <Icon name={style.icon} />
      {CHANGE_STATUS_LABELS[status]}
    </span>
  );
}

function Decision({ change }: { change: BudgetChange }) {
  if (change.status === "PENDING") return <>Afventer styregruppens afgørelse.</>;
  if (!change.decidedBy || !change.decidedAt) {
    return <>{change.requiresApproval ? "Gennemført." : "Gennemført straks (under tærsklen; kræver ikke godkendelse)."}</>;
  }
  return (
    <>
      {change.status === "APPLIED" ? "Godkendt" : "Afvist"} af {change.decidedBy.name}, {formatDateTimeDa(change.decidedAt)}
      {change.decisionComment ? <>: »{change.decisionComment}«</> : "."}
    </>
  );
}

/**
 * Who asked for a change, when and why, and a grant's text (with the sentence of what it books where `withSummary`):
 * the same facts in the history and in the list waiting for the styregruppe; `children` adds rows (the decision).
 */
export function ChangeRequestMeta({ change, withSummary = false, children }: { change: BudgetChange; withSummary?: boolean; children?: ReactNode }) {
  return (
    <dl className="change-meta">
      <div>
        <dt>Anmodet af</dt>
        <dd>
          {change.requestedBy.name}, {formatDateTimeDa(change.requestedAt)}
        </dd>
      </div>
      <div>
        <dt>Begrundelse</dt>
        <dd>{change.reason}</dd>
      </div>
      {change.grantText ? (
        <div>
          <dt>Finansiering</dt>
          <dd>
            Ny bevilling: {change.grantText}
            {withSummary && change.summary ? <span className="d-block">{change.summary}</span> : null}
          </dd>
        </div>
      ) : null}
      {children}
    </dl>
  );
}

/**
 * Budget history, newest first: who asked, when and why, the kind, each line's before → after,
 * the status, and the styregruppe's decision (who, when, comment).
 */
export function ChangeHistory({ changes, emptyText }: { changes: readonly BudgetChange[]; emptyText: string }) {
  if (changes.length === 0) return <p>{emptyText}</p>;
  return (
    <ol className="history-list no-max-width">
      {changes.map((change) => (
        <li key={change.id} className="history-item">
          <h3 className="h5 mt-0">
            <ChangeStatusBadge status={change.status} /> {KIND_LABELS[change.kind]}: {describeChange(change)}
          </h3>
          <ChangeRequestMeta change={change}>
            <div>
              <dt>Afgørelse</dt>
              <dd>
                <Decision change={change} />
              </dd>
            </div>
          </ChangeRequestMeta>
          <ScrollRegion label={`Linjerne før og efter: ${describeChange(change)}`}>
            <table className="table table--compact effect-table">
              <caption className="sr-only">Linjerne før og efter: {describeChange(change)}</caption>
              <thead>
                <tr>
                  <th scope="col">Linje</th>
                  <th scope="col">År</th>
                  <th scope="col" className="amount">
                    Før
                  </th>
                  <th scope="col" className="amount">
                    Ændring
                  </th>
                  <th scope="col" className="amount">
                    Efter
                  </th>
                </tr>
              </thead>
              <tbody>
                {changeEntriesOf(change).map((e) => (
                  <tr key={`${e.lineId}-${e.year}`}>
                    <th scope="row">{e.lineName}</th>
                    <td>{e.year}</td>
                    <td className="amount">{e.before === null ? "–" : formatAmount(e.before, "kr")}</td>
                    <td className={`amount${e.delta < 0n ? " amount--negative" : ""}`}>{formatSignedAmount(e.delta, "kr")}</td>
                    <td className="amount weight-semibold">
                      {e.after === null ? (change.status === "REJECTED" ? "ikke gennemført" : "–") : formatAmount(e.after, "kr")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </li>
      ))}
    </ol>
  );
}
