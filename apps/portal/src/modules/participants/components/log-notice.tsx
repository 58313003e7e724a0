import type { ReactNode } from "react";
import { Alert } from "../../../ui/alert";

/** Says, before the data, that showing them is logged and why: data protection the user can see. */
export function LogNotice({ purpose, children }: { purpose: string; children?: ReactNode }) {
  return (
    <div className="log-notice">
      <Alert variant="info">
        <p className="m-0">
          Visningen logges med formålet »{purpose}«: hver borger, der vises, skrives i adgangsloggen med dit navn og tidspunktet.
          {children ? <> {children}</> : null}
        </p>
      </Alert>
    </div>
  );
}
