import { Fragment } from "react";
import { Icon, type IconName } from "../../../ui/icon";

export type RowAction = { icon: IconName; label: string; onClick: () => void; disabled?: boolean };

/**
 * A table row's function links ("Ret", "Slet", "Flyt" …). `what` names the row for a screen
 * reader, so each link says which row it acts on ("Ret målet Beskæftigelse").
 */
export function RowActions({ what, actions }: { what: string; actions: readonly RowAction[] }) {
  return (
    <>
      {actions.map((a, i) => (
        <Fragment key={a.label}>
          {i > 0 ? " " : null}
          <button type="button" className="function-link" onClick={a.onClick} disabled={a.disabled}>
            <Icon name={a.icon} />
            {a.label}
            <span className="sr-only"> {what}</span>
          </button>
        </Fragment>
      ))}
    </>
  );
}
