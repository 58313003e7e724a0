import { useId, type ReactNode } from "react";
import { Alert } from "../../ui/alert";
import { formatDateTimeDa } from "../../ui/format";
import { DashboardView } from "./dashboard-view";
import { ExportActions } from "./export-actions";
import type { Dashboard } from "./styregruppe-hooks";
import "./styregruppe.css";

/**
 * A frozen pack as the styregruppe reads it, a meeting pack or a closed project's closing pack: the heading,
 * who froze it and when, the comments, "Hent som Excel" and print, then the figures exactly as they were frozen.
 * `actions` adds the page's own links to the row of actions; `children` comes between the actions and the figures.
 */
export function FrozenPackView({
  projectId,
  heading,
  pack,
  note,
  commentsHeading,
  exportHref,
  actions,
  children,
}: {
  projectId: string;
  heading: string;
  pack: { closedAt: string; closedBy: string; comments: string; dashboard: Dashboard };
  /** What the figures are as of, and that nothing later changes them. */
  note: ReactNode;
  commentsHeading: string;
  exportHref: string;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <>
      <h2>{heading}</h2>
      <Alert variant="info" heading={`Frossen pakke lukket ${formatDateTimeDa(pack.closedAt)} af ${pack.closedBy}`}>
        {note}
      </Alert>
      {pack.comments ? (
        <section className="sg-comments" aria-labelledby={`${id}-comments`}>
          <h3 className="h4" id={`${id}-comments`}>
            {commentsHeading}
          </h3>
          <p className="sg-comments-text">{pack.comments}</p>
        </section>
      ) : null}
      <ExportActions exportHref={exportHref}>{actions}</ExportActions>
      {children}
      <DashboardView projectId={projectId} dashboard={pack.dashboard} />
    </>
  );
}
