import type { ReactNode } from "react";
import { Icon } from "../../ui/icon";

/**
 * The styregruppe's row of actions under a dashboard or a frozen pack: "Hent som Excel" (the figures on screen, as a
 * workbook; `exportJob` instead: a control that makes it as a job), print (the print stylesheet makes the PDF), then the page's own links. Hidden when printed.
 */
export function ExportActions({ exportHref, exportJob, children }: { exportHref: string; exportJob?: ReactNode; children?: ReactNode }) {
  return (
    <div className="d-print-none sg-actions">
      {exportJob ?? (
        <a className="function-link" href={exportHref}>
          <Icon name="file-excel" />
          Hent som Excel
        </a>
      )}
      <button type="button" className="function-link" onClick={() => window.print()}>
        <Icon name="print" />
        Udskriv / gem som PDF
      </button>
      {children}
    </div>
  );
}
