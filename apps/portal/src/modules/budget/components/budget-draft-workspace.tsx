import { rolesAllow, type Role } from "@overblik/domain";
import { useState } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { formatDateTimeDa, formatKr, toOre } from "../../../ui/format";
import { Loading } from "../../../ui/loading";
import type { GridLine } from "../budget-draft-cells";
import { toSaveLines } from "../budget-draft-grid";
import { useBudgetDrafts, useSaveBudgetDraft, useSubmitBudget, type DraftBudget } from "../hooks/use-budget-drafts";
import { BudgetDraftEditor } from "./budget-draft-editor";
import { BudgetImportDialog } from "./budget-import-dialog";

type Message = { text: string; variant: "success" | "info" | "warning" | "error" };

function submittedText(budget: Pick<DraftBudget, "totals">): string {
  const { balanced, difference } = budget.totals;
  if (balanced) return "Budgettet er sendt til godkendelse hos styregruppen.";
  const diff = toOre(difference);
  return `Budgettet er sendt til godkendelse hos styregruppen. Bemærk: det balancerer ikke (indtægter − udgifter = ${formatKr(diff)}).`;
}

/**
 * One budget while it is written: the styregruppe's comment if it came back, the grid editor with "Gem udkast"
 * and "Send til godkendelse", and the import. A submitted budget says when it was sent.
 */
export function BudgetDraftWorkspace({ projectId, budgetId }: { projectId: string; budgetId: string }) {
  const { data, error, refetch } = useBudgetDrafts(projectId);
  const [save, { loading: saving }] = useSaveBudgetDraft();
  const [submit, { loading: submitting }] = useSubmitBudget();
  const [message, setMessage] = useState<Message | null>(null);
  const [importing, setImporting] = useState(false);
  const project = data?.project;
  const budget = project?.budgets.find((b) => b.id === budgetId);
  if (error && !project) return <ErrorAlert message={errorMessage(error)} />;
  if (!project) return <Loading />;
  if (!budget) return <ErrorAlert message="Budgettet findes ikke længere. Hent siden igen." />;
  const roles = project.myRoles as Role[];
  const canDraft = rolesAllow(roles, "budget.draft") && budget.status === "DRAFT";
  const canSubmit = rolesAllow(roles, "budget.submit") && budget.status === "DRAFT";

  async function onSave(lines: GridLine[], then: "save" | "submit") {
    if (!budget) return;
    setMessage(null);
    const check = toSaveLines(lines, budget.years);
    if (!check.ok) return;
    let version = budget.version;
    try {
      const saved = (await save({ variables: { input: { budgetId: budget.id, expectedVersion: budget.version, lines: check.lines } } })).data?.saveBudgetDraft;
      if (saved) version = saved.version;
      if (then === "save") {
        setMessage({ text: "Udkastet er gemt.", variant: "success" });
        return;
      }
      const submitted = (await submit({ variables: { input: { budgetId: budget.id, expectedVersion: version } } })).data?.submitBudget;
      setMessage({ text: submitted ? submittedText(submitted) : "Budgettet er sendt til godkendelse.", variant: "success" });
    } catch (e) {
      if (errorCode(e) === "CONFLICT") {
        await refetch().catch(() => undefined);
        setMessage({
          text: "Budgettet er ændret, siden du hentede det (af en anden eller i et andet vindue). Det er hentet igen, og dine seneste ændringer er ikke gemt: skriv dem igen, og gem.",
          variant: "warning",
        });
      } else {
        setMessage({ text: errorMessage(e), variant: "error" });
      }
    }
  }

  return (
    <div className="budget-draft-workspace">
      {message ? (
        <Alert variant={message.variant}>
          <p className="m-0">{message.text}</p>
        </Alert>
      ) : null}
      {budget.status === "DRAFT" && budget.reviewComment ? (
        <Alert variant="warning" headingLevel={3} heading="Styregruppen har sendt budgettet tilbage">
          <p className="m-0 review-comment">{budget.reviewComment}</p>
          <p className="m-0">
            {budget.reviewedBy ? `${budget.reviewedBy.name}, ` : ""}
            {budget.reviewedAt ? formatDateTimeDa(budget.reviewedAt) : ""}. Ret udkastet, og send det til godkendelse igen.
          </p>
        </Alert>
      ) : null}
      {budget.status === "SUBMITTED" ? (
        <Alert variant="info" headingLevel={3} heading={`Sendt til godkendelse${budget.submittedAt ? ` d. ${formatDateTimeDa(budget.submittedAt)}` : ""}`}>
          <p className="m-0">Styregruppen godkender budgettet eller sender det tilbage med en kommentar.</p>
        </Alert>
      ) : null}
      {budget.status === "DRAFT" ? (
        <>
          {canDraft ? (
            <div className="button-row d-print-none">
              <button type="button" className="button button-secondary" onClick={() => setImporting(true)}>
                Importér økonomioverslag
              </button>
            </div>
          ) : null}
          <BudgetDraftEditor
            key={`${budget.id}:${budget.version}`}
            budget={budget}
            canEdit={canDraft}
            canSubmit={canSubmit}
            busy={saving || submitting}
            onSave={(lines, then) => void onSave(lines, then)}
          />
        </>
      ) : null}
      {importing ? (
        <BudgetImportDialog
          projectId={projectId}
          budget={budget}
          onClose={() => setImporting(false)}
          onImported={(text) => {
            setImporting(false);
            setMessage({ text, variant: "success" });
          }}
        />
      ) : null}
    </div>
  );
}
