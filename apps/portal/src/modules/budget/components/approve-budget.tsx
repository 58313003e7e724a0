import { useId, useState } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { FormField } from "../../../ui/form-field";
import { formatDateTimeDa } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useRejectBudget } from "../hooks/use-budget-drafts";
import { useApproveBudget } from "../hooks/use-budget-planner";
import type { PlannerView } from "../planner-view";

/**
 * A budget before approval: a draft the leader writes, or one sent to the styregruppe ("Sendt til godkendelse
 * d. …"), which the styregruppe approves ("Godkend budget") or sends back with a comment ("Afvis med kommentar").
 */
export function ApproveBudgetPanel({
  view,
  submittedAt,
  canApprove,
  onApproved,
  refetch,
}: {
  view: PlannerView;
  submittedAt: string | null;
  canApprove: boolean;
  onApproved: (message: string) => void;
  refetch: () => Promise<unknown>;
}) {
  const id = useId();
  const [open, setOpen] = useState<"approve" | "reject" | null>(null);
  const [approve, { loading: approving }] = useApproveBudget();
  const [reject, { loading: rejecting }] = useRejectBudget();
  const [comment, setComment] = useState("");
  const [commentError, setCommentError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const loading = approving || rejecting;
  const submitted = view.status === "SUBMITTED";

  async function run(action: () => Promise<unknown>, message: string) {
    setServerError(null);
    try {
      await action();
      setOpen(null);
      onApproved(message);
    } catch (error) {
      if (errorCode(error) === "CONFLICT") await refetch().catch(() => undefined);
      setServerError(errorMessage(error));
    }
  }

  function confirmReject() {
    if (comment.trim().length < 3) {
      setCommentError("Skriv, hvad lederen skal rette (mindst 3 tegn).");
      return;
    }
    setCommentError(null);
    void run(
      () => reject({ variables: { input: { budgetId: view.id, expectedVersion: view.version, comment: comment.trim() } } }),
      `Budgettet "${view.name}" er sendt tilbage til lederen med din kommentar.`,
    );
  }

  return (
    <>
      <Alert
        variant="info"
        headingLevel={3}
        heading={submitted ? `Sendt til godkendelse${submittedAt ? ` d. ${formatDateTimeDa(submittedAt)}` : ""}` : "Budgettet er et udkast"}
      >
        <p className="m-0">
          {submitted
            ? "Lederen har sendt budgettet til styregruppen. Når det er godkendt, låses det som det oprindelige budget, og derefter justerer de faglige ledere linjerne med omplaceringer og ændringer, som kan ses i historikken."
            : "Lederen skriver budgettet og sender det til godkendelse. Derefter godkender styregruppen det, eller sender det tilbage med en kommentar."}
        </p>
        {canApprove && submitted ? (
          <div className="button-row mt-4 d-print-none">
            <button type="button" className="button button-primary" onClick={() => setOpen("approve")}>
              Godkend budget
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOpen("reject")}>
              Afvis med kommentar
            </button>
          </div>
        ) : null}
      </Alert>
      {open === "approve" ? (
        <Modal
          title="Godkend budget"
          onClose={() => setOpen(null)}
          busy={loading}
          footer={
            <SubmitCancelFooter
              busy={loading}
              submitText="Godkend budget"
              busyText={approving ? "Godkender …" : "Vent …"}
              onClose={() => setOpen(null)}
              onConfirm={() =>
                void run(
                  () => approve({ variables: { input: { budgetId: view.id, expectedVersion: view.version } } }),
                  `Budgettet "${view.name}" er godkendt. Det er nu låst som det oprindelige budget.`,
                )
              }
            />
          }
        >
          {serverError ? <ErrorAlert message={serverError} /> : null}
          <p className="mt-0">
            Du godkender <strong>{view.name}</strong> på styregruppens vegne. Beløbene, som de står nu, bliver det oprindelige budget og kan ikke ændres
            bagefter; senere justeringer registreres med begrundelse og historik.
          </p>
        </Modal>
      ) : null}
      {open === "reject" ? (
        <Modal
          title="Afvis med kommentar"
          onClose={() => setOpen(null)}
          busy={loading}
          footer={
            <SubmitCancelFooter
              busy={loading}
              submitText="Send tilbage til lederen"
              busyText={rejecting ? "Sender tilbage …" : "Vent …"}
              onClose={() => setOpen(null)}
              onConfirm={confirmReject}
            />
          }
        >
          {serverError ? <ErrorAlert message={serverError} /> : null}
          <p className="mt-0">
            <strong>{view.name}</strong> bliver et udkast igen, og lederen ser din kommentar øverst i udkastet.
          </p>
          <FormField id={`${id}-comment`} label="Kommentar til lederen" error={commentError}>
            <textarea
              id={`${id}-comment`}
              className="form-input"
              rows={4}
              maxLength={2000}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              aria-invalid={commentError ? true : undefined}
              aria-describedby={commentError ? `${id}-comment-error` : undefined}
            />
          </FormField>
        </Modal>
      ) : null}
    </>
  );
}
