import type { Ore } from "@overblik/domain";
import { useId, useState } from "react";
import { Icon } from "../../../ui/icon";
import { previewAdjustment } from "../adjustment-preview";
import { changeEntriesOf, describeChange, KIND_LABELS, type BudgetChange, type PlannerView } from "../planner-view";
import { AdjustmentEffect } from "./adjustment-effect";
import { ChangeRequestMeta } from "./change-history";
import { DecideDialog } from "./decide-dialog";

/**
 * "Afventer styregruppens godkendelse": who asked, when, why and what it will do to the lines as
 * they are now. The styregruppe decides here; a member cannot decide their own request.
 */
export function PendingChanges({
  view,
  threshold,
  canDecide,
  currentUserId,
  onDecided,
  refetch,
}: {
  view: PlannerView;
  threshold: Ore;
  canDecide: boolean;
  currentUserId: string;
  onDecided: (message: string) => void;
  refetch: () => Promise<unknown>;
}) {
  const headingId = useId();
  const [deciding, setDeciding] = useState<{ change: BudgetChange; approve: boolean } | null>(null);
  if (view.pending.length === 0 && !canDecide) return null;

  return (
    <section className={`pending-changes${view.pending.length === 0 ? " pending-changes--empty" : ""}`} aria-labelledby={headingId}>
      <h3 id={headingId}>Afventer styregruppens godkendelse</h3>
      {view.pending.length === 0 ? (
        <p>Ingen ændringer afventer godkendelse.</p>
      ) : (
        <>
          <p>
            {view.pending.length === 1 ? "1 ændring afventer" : `${view.pending.length} ændringer afventer`} styregruppens afgørelse. De indgår ikke i det
            korrigerede budget, før de er godkendt.
          </p>
          <ul className="pending-list no-max-width">
            {view.pending.map((change) => {
              const entries = changeEntriesOf(change).map((e) => ({ lineId: e.lineId, year: e.year, delta: e.delta }));
              const own = change.requestedBy.id === currentUserId;
              return (
                <li key={change.id} className="pending-change">
                  <h4 className="h5 mt-0">
                    <span className="badge badge-warning status-badge">
                      <Icon name="hourglass" />
                      Afventer
                    </span>{" "}
                    {KIND_LABELS[change.kind]}: {describeChange(change)}
                  </h4>
                  <ChangeRequestMeta change={change} withSummary />
                  <AdjustmentEffect
                    preview={previewAdjustment(view, entries, threshold)}
                    caption="Virkning på budgettet, som det er nu"
                    afterLabel="Efter godkendelse"
                    showApproval={false}
                  />
                  {canDecide ? (
                    own ? (
                      <p className="line-meta-inline">Du har selv bedt om ændringen. En anden fra styregruppen skal afgøre den.</p>
                    ) : (
                      <div className="button-row d-print-none">
                        <button type="button" className="button button-primary" onClick={() => setDeciding({ change, approve: true })}>
                          Godkend
                          <span className="sr-only"> {describeChange(change)}</span>
                        </button>
                        <button type="button" className="button button-secondary" onClick={() => setDeciding({ change, approve: false })}>
                          Afvis
                          <span className="sr-only"> {describeChange(change)}</span>
                        </button>
                      </div>
                    )
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {deciding ? (
        <DecideDialog
          change={deciding.change}
          approve={deciding.approve}
          onClose={() => setDeciding(null)}
          onDecided={(message) => {
            setDeciding(null);
            onDecided(message);
          }}
          refetch={refetch}
        />
      ) : null}
    </section>
  );
}
