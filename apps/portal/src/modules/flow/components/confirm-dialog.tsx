import { useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { Modal } from "../../../ui/modal";

/** "Slet …?" with the consequence in a sentence; the action's own error stays in the dialog. */
export function ConfirmDialog({
  title,
  text,
  confirmText,
  busyText = "Sletter …",
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  confirmText: string;
  busyText?: string;
  /** Resolves when done; rejects with the Danish sentence to show. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }
  return (
    <Modal
      title={title}
      onClose={onClose}
      busy={busy}
      footer={
        <>
          <button type="button" className="button button-primary" onClick={() => void confirm()} disabled={busy} data-autofocus>
            {busy ? busyText : confirmText}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose} disabled={busy}>
            Annullér
          </button>
        </>
      }
    >
      {error ? <ErrorAlert message={error} /> : null}
      <p className="mt-0">{text}</p>
    </Modal>
  );
}
