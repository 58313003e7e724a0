import { useState } from "react";
import { Icon } from "../../../ui/icon";
import { planErrorText } from "../plan-errors";
import { ConfirmDialog } from "./confirm-dialog";
import type { FlowMessage } from "./flow-message";

/**
 * The state of a list the plan editor writes (goals, milestones): the row in its edit dialog ("new" for a new
 * one) and the row asked to be deleted. Opening either clears the section's last message; a save or a delete
 * closes its dialog and says what it did.
 */
export function useListEditor<T>(onMessage: (message: FlowMessage | null) => void) {
  const [editing, setEditing] = useState<T | "new" | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  // Arrow functions, not methods: they are handed on as callbacks (onSaved={list.saved}) and must not depend on `this`.
  return {
    editing,
    deleting,
    edit: (row: T | "new") => {
      onMessage(null);
      setEditing(row);
    },
    remove: (row: T) => {
      onMessage(null);
      setDeleting(row);
    },
    closeEdit: () => setEditing(null),
    closeDelete: () => setDeleting(null),
    saved: (text: string) => {
      setEditing(null);
      onMessage({ kind: "saved", text });
    },
    deleted: (text: string) => {
      onMessage({ kind: "saved", text });
      setDeleting(null);
    },
  };
}

/** The button under a list that opens its dialog for a new row. */
export function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <div className="button-row">
      <button type="button" className="button button-secondary" onClick={onClick}>
        <Icon name="plus" />
        {label}
      </button>
    </div>
  );
}

/** "Slet …" for a row of the plan: runs the delete; its error (in Danish, after a reload on a conflict) stays in the dialog. */
export function DeletePlanRowDialog({
  title,
  text,
  run,
  reload,
  onClose,
  onDeleted,
}: {
  /** Also the confirm button's text, e.g. "Slet mål". */
  title: string;
  text: string;
  run: () => Promise<unknown>;
  reload: Parameters<typeof planErrorText>[1];
  onClose: () => void;
  onDeleted: () => void;
}) {
  return (
    <ConfirmDialog
      title={title}
      text={text}
      confirmText={title}
      onClose={onClose}
      onConfirm={async () => {
        try {
          await run();
        } catch (e) {
          throw new Error(await planErrorText(e, reload));
        }
        onDeleted();
      }}
    />
  );
}
