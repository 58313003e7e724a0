import { useState } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { Modal } from "../../../ui/modal";
import { useApproveBudget } from "../hooks/use-budget-planner";
import type { PlannerView } from "../planner-view";

/** A draft budget: what approval means, and "Godkend budget" for the styregruppe. */
export function ApproveBudgetPanel({
  view,
  canApprove,
  onApproved,
  refetch,
}: {
  view: PlannerView;
  canApprove: boolean;
  onApproved: (message: string) => void;
  refetch: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [approve, { loading }] = useApproveBudget();
  const [serverError, setServerError] = useState<string | null>(null);

  async function confirm() {
    setServerError(null);
    try {
      await approve({ variables: { input: { budgetId: view.id, expectedVersion: view.version } } });
      setOpen(false);
      onApproved(`Budgettet "${view.name}" er godkendt. Det er nu låst som det oprindelige budget.`);
    } catch (error) {
      if (errorCode(error) === "CONFLICT") await refetch().catch(() => undefined);
      setServerError(errorMessage(error));
    }
  }

  return (
    <>
      <Alert variant="info" headingLevel={3} heading="Budgettet er et udkast">
        <p className="m-0">
          Styregruppen har ikke godkendt budgettet endnu. Når det er godkendt, låses det som det oprindelige budget, og derefter justerer
          de faglige ledere linjerne med omplaceringer og ændringer, som kan ses i historikken.
        </p>
        {canApprove ? (
          <button type="button" className="button button-primary mt-4 d-print-none" onClick={() => setOpen(true)}>
            Godkend budget
          </button>
        ) : null}
      </Alert>
      {open ? (
        <Modal
          title="Godkend budget"
          onClose={() => setOpen(false)}
          busy={loading}
          footer={
            <>
              <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={loading}>
                {loading ? "Godkender …" : "Godkend budget"}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setOpen(false)} disabled={loading}>
                Annullér
              </button>
            </>
          }
        >
          {serverError ? <ErrorAlert message={serverError} /> : null}
          <p className="mt-0">
            Du godkender <strong>{view.name}</strong> på styregruppens vegne. Beløbene, som de står nu, bliver det oprindelige budget og kan
            ikke ændres bagefter; senere justeringer registreres med begrundelse og historik.
          </p>
        </Modal>
      ) : null}
    </>
  );
}
