import type { FlowPlanItemFragment } from "@overblik/graphql-client";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { Icon } from "../../../ui/icon";
import { Link } from "../../../ui/navigation";
import { useFlowCatalogue, type FlowTimeline, type TimelineMutations } from "../hooks/use-flow";
import { flowPaths } from "../flow-paths";
import { monthOf } from "../flow-view";
import { ActionPlanGrid, ActionPlanLegend } from "./action-plan-grid";
import { AddPlanItemDialog } from "./add-plan-item-dialog";
import type { FlowMessage } from "./flow-message";
import { NonComplianceDialog } from "./non-compliance-dialog";
import { PlanStatusDialog } from "./plan-status-dialog";
import { RecordUnitsDialog } from "./record-units-dialog";
import { payingLines } from "../paying-lines";

type Open =
  { kind: "add" } | { kind: "status"; item: FlowPlanItemFragment } | { kind: "report"; item: FlowPlanItemFragment } | { kind: "units"; itemId: string } | null;

/** The action plan (indsatsplan): interventions month by month, who is responsible, and their status. */
export function ActionPlanSection({
  projectId,
  participant,
  mutations,
  canEdit,
  seesAlerts,
  defaultDate,
  onMessage,
}: {
  projectId: string;
  participant: FlowTimeline;
  mutations: TimelineMutations;
  canEdit: boolean;
  /** Whether the user follows up alerts (flow.coordinate): the saved message links to them. */
  seesAlerts: boolean;
  defaultDate: string;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const [open, setOpen] = useState<Open>(null);
  const catalogue = useFlowCatalogue(projectId);
  const items = participant.actionPlan;
  // The item as the timeline holds it now (after a CONFLICT it is fetched again with its new version).
  const unitsItem = open?.kind === "units" ? items.find((i) => i.id === open.itemId) : undefined;
  const start = (next: Open) => {
    onMessage(null);
    setOpen(next);
  };

  const close = () => setOpen(null);
  const saved = (text: string) => {
    setOpen(null);
    onMessage({ kind: "saved", text });
  };

  return (
    <section className="participant-section" aria-labelledby="plan-heading">
      <h3 id="plan-heading">Indsatsplan</h3>
      <p>
        Indsatser på tværs af beskæftigelse, det sociale og sundhed, måned for måned. Flere kan løbe samtidig. Den enhed, der starter en indsats, melder til
        tovholderne, hvis borgeren ikke følger den. Leverede enheder (timer, uger …) registreres pr. indsats; betales indsatsen af en budgetlinje, der tæller
        leverede indsatsenheder, bliver de også aktivitet på linjen.
      </p>
      {canEdit ? (
        <div className="button-row d-print-none">
          <button type="button" className="button button-secondary" onClick={() => start({ kind: "add" })} disabled={!catalogue.data}>
            <Icon name="plus" />
            Tilføj indsats
          </button>
          <Link to={flowPaths.catalogue(projectId)} className="function-link align-self-center">
            Se ydelseskataloget
          </Link>
        </div>
      ) : null}
      {catalogue.error && canEdit ? <ErrorAlert message={`Ydelseskataloget kunne ikke hentes: ${errorMessage(catalogue.error)}`} /> : null}
      {items.length === 0 ? (
        <p className="line-meta-inline">Borgeren har ingen indsatsplan endnu.</p>
      ) : (
        <>
          <ActionPlanLegend />
          <ActionPlanGrid
            items={items}
            actions={
              canEdit
                ? (item) => (
                    <>
                      <button type="button" className="function-link" onClick={() => start({ kind: "status", item })}>
                        Skift status<span className="sr-only"> for {item.intervention.name}</span>
                      </button>
                      {item.status !== "INTERRUPTED" ? (
                        <button type="button" className="function-link" onClick={() => start({ kind: "units", itemId: item.id })}>
                          Registrér leverede enheder<span className="sr-only"> af {item.intervention.name}</span>
                        </button>
                      ) : null}
                      {item.status === "PLANNED" || item.status === "IN_PROGRESS" ? (
                        <button type="button" className="function-link" onClick={() => start({ kind: "report", item })}>
                          <Icon name="warning" />
                          Meld: følges ikke<span className="sr-only"> ({item.intervention.name})</span>
                        </button>
                      ) : null}
                    </>
                  )
                : undefined
            }
          />
        </>
      )}
      {open?.kind === "add" && catalogue.data ? (
        <AddPlanItemDialog
          participantId={participant.id}
          code={participant.code}
          catalogue={catalogue.data.project.interventions}
          defaultMonth={monthOf(defaultDate)}
          mutations={mutations}
          onClose={close}
          onSaved={saved}
        />
      ) : null}
      {open?.kind === "status" ? <PlanStatusDialog item={open.item} mutations={mutations} onClose={close} onSaved={saved} /> : null}
      {unitsItem ? (
        <RecordUnitsDialog
          item={unitsItem}
          code={participant.code}
          lines={catalogue.data ? payingLines(catalogue.data.project.budgets) : null}
          defaultDate={defaultDate}
          mutations={mutations}
          onClose={close}
          onSaved={saved}
        />
      ) : null}
      {open?.kind === "report" ? (
        <NonComplianceDialog
          item={open.item}
          code={participant.code}
          mutations={mutations}
          onClose={() => setOpen(null)}
          onSaved={(text) => {
            setOpen(null);
            onMessage({
              kind: "saved",
              text: seesAlerts ? (
                <>
                  {text} <Link to={flowPaths.alerts(projectId)}>Se advarslerne</Link>
                </>
              ) : (
                text
              ),
            });
          }}
        />
      ) : null}
    </section>
  );
}
