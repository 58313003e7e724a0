import { rolesAllow } from "@overblik/domain";
import { useId, useMemo, useState } from "react";
import { paths } from "../../../app/paths";
import { Alert } from "../../../ui/alert";
import { formatDateTimeDa, toOre } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { Link } from "../../../ui/navigation";
import type { BudgetPlannerQuery } from "@overblik/graphql-client";
import { useMoneyUnit } from "../hooks/use-money-unit";
import { BUDGET_STATUS_LABELS } from "../budget-view";
import { describeChange, toPlannerView, type BudgetChange, type PlannerBudgetData, type PlannerLine } from "../planner-view";
import { ActivitySourceDialog } from "./activity-source-dialog";
import { AdjustDialog, type AdjustKind } from "./adjust-dialog";
import { ApprovalThreshold } from "./approval-threshold";
import { ApproveBudgetPanel } from "./approve-budget";
import { PendingChanges } from "./pending-changes";
import { PlannerSideTable } from "./planner-side-table";
import { UnitToggle } from "./unit-toggle";

type PlannerProject = BudgetPlannerQuery["project"];

function savedMessage(change: BudgetChange): string {
  const what = change.kind === "MOVE" ? "Omplaceringen" : "Ændringen";
  return change.status === "PENDING"
    ? `${what} er sendt til styregruppen og afventer godkendelse: ${describeChange(change)}. Den indgår ikke i det korrigerede budget endnu.`
    : `${what} er gennemført: ${describeChange(change)}. Det korrigerede budget er opdateret.`;
}

/**
 * One budget in the planner: original and corrected amounts by side, category and year, the
 * dialogs that adjust them (faglige ledere), and what waits for the styregruppe.
 */
export function BudgetPlanner({
  project,
  budget,
  currentUserId,
  refetch,
}: {
  project: PlannerProject;
  budget: PlannerBudgetData;
  currentUserId: string;
  refetch: () => Promise<unknown>;
}) {
  const view = useMemo(() => toPlannerView(budget), [budget]);
  const threshold = toOre(project.approvalThreshold);
  const [unit, setUnit] = useMoneyUnit();
  const [onlyYear, setOnlyYear] = useState<number | null>(null);
  const yearSelectId = useId();
  const [dialog, setDialog] = useState<{ kind: AdjustKind; lineId?: string } | null>(null);
  const [sourceLineId, setSourceLineId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; variant: "success" | "info" } | null>(null);
  const canAdjust = rolesAllow(project.myRoles, "budget.adjust") && view.approved;
  const canDecide = rolesAllow(project.myRoles, "budget.approve");
  const canSetSource = rolesAllow(project.myRoles, "spend.write");
  // Looked up in the view, so a refetch after a CONFLICT shows the dialog the line as it is now.
  const sourceLine = sourceLineId ? view.byId.get(sourceLineId) : undefined;

  function lineActions(line: PlannerLine) {
    return (
      <span className="line-action-links">
        {canAdjust ? (
          <button type="button" className="function-link" onClick={() => setDialog({ kind: "CHANGE", lineId: line.id })}>
            <Icon name="edit" />
            Ændr<span className="sr-only"> linjen {line.name}</span>
          </button>
        ) : null}
        {canSetSource && line.driver ? (
          <button
            type="button"
            className="function-link"
            onClick={() => {
              setMessage(null);
              setSourceLineId(line.id);
            }}
          >
            Skift kilde<span className="sr-only"> til aktivitet for {line.name}</span>
          </button>
        ) : null}
        {rolesAllow(project.myRoles, "budget.read") ? (
          <Link to={`${paths.project(project.id, "history")}?linje=${encodeURIComponent(line.id)}`} className="history-link">
            Historik<span className="sr-only"> for {line.name}</span>
          </Link>
        ) : null}
      </span>
    );
  }

  return (
    <>
      <ul className="budget-facts inline-list">
        <li>Budget: {view.name}</li>
        <li>
          Status: {BUDGET_STATUS_LABELS[view.status]}
          {view.approvedAt ? ` d. ${formatDateTimeDa(view.approvedAt)}` : ""}
        </li>
        {budget.priceLevelYear !== null ? <li>Pris- og lønniveau: {budget.priceLevelYear}-p/l</li> : null}
        <li>
          <ApprovalThreshold
            projectId={project.id}
            projectVersion={project.version}
            threshold={threshold}
            canChange={canDecide}
            onChanged={(text) => setMessage({ text, variant: "success" })}
            refetch={refetch}
          />
        </li>
      </ul>

      {message ? <Alert variant={message.variant}>{<p className="m-0">{message.text}</p>}</Alert> : null}

      {!view.approved ? (
        <ApproveBudgetPanel
          view={view}
          submittedAt={budget.submittedAt}
          canApprove={rolesAllow(project.myRoles, "budget.approve")}
          onApproved={(text) => setMessage({ text, variant: "success" })}
          refetch={refetch}
        />
      ) : null}

      {view.approved ? (
        <PendingChanges
          view={view}
          threshold={threshold}
          canDecide={canDecide}
          currentUserId={currentUserId}
          onDecided={(text) => setMessage({ text, variant: "success" })}
          refetch={refetch}
        />
      ) : null}

      <section className="planner-lines" aria-labelledby="planner-lines-heading">
        <h3 id="planner-lines-heading">Linjer: oprindeligt og korrigeret budget</h3>
        <p>
          {view.approved
            ? "Oprindeligt er budgettet, som styregruppen godkendte det. Korrigeret er det oprindelige plus alle gennemførte justeringer; en ændret linje viser ændringen under beløbet."
            : "Budgettet er ikke godkendt, så der er endnu intet oprindeligt budget at sammenligne med."}
        </p>
        {canAdjust ? (
          <div className="button-row d-print-none">
            <button type="button" className="button button-primary" onClick={() => setDialog({ kind: "MOVE" })}>
              Flyt beløb
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDialog({ kind: "CHANGE" })}>
              Ændr linje
            </button>
          </div>
        ) : null}
        <div className="planner-view-options d-print-none">
          {view.years.length > 1 ? (
            <div className="form-group">
              <label className="form-label" htmlFor={yearSelectId}>
                Vis budgetår
              </label>
              <select
                className="form-select"
                id={yearSelectId}
                value={onlyYear ?? ""}
                onChange={(e) => setOnlyYear(e.target.value ? Number(e.target.value) : null)}
              >
                <option value="">Alle år og i alt</option>
                {view.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <UnitToggle value={unit} onChange={setUnit} />
        </div>
        <PlannerSideTable
          title="Indtægter"
          side="INCOME"
          lines={view.lines.filter((l) => l.side === "INCOME")}
          years={view.years}
          onlyYear={onlyYear}
          totals={view.totals}
          originalTotals={view.originalTotals}
          unit={unit}
          renderLineActions={lineActions}
        />
        <PlannerSideTable
          title="Udgifter"
          side="EXPENSE"
          lines={view.lines.filter((l) => l.side === "EXPENSE")}
          years={view.years}
          onlyYear={onlyYear}
          totals={view.totals}
          originalTotals={view.originalTotals}
          unit={unit}
          renderLineActions={lineActions}
        />
      </section>

      {dialog ? (
        <AdjustDialog
          kind={dialog.kind}
          view={view}
          threshold={threshold}
          initialLineId={dialog.lineId}
          onClose={() => setDialog(null)}
          onSaved={(change) => {
            setDialog(null);
            setMessage({ text: savedMessage(change), variant: change.status === "PENDING" ? "info" : "success" });
          }}
          refetch={refetch}
        />
      ) : null}

      {sourceLine?.driver ? (
        <ActivitySourceDialog
          projectId={project.id}
          line={sourceLine}
          driver={sourceLine.driver}
          onClose={() => setSourceLineId(null)}
          onSaved={(text) => {
            setSourceLineId(null);
            setMessage({ text, variant: "success" });
          }}
          refetch={refetch}
        />
      ) : null}
    </>
  );
}
