import { useId, type ReactNode } from "react";
import { ScrollRegion } from "../../../ui/scroll-region";

/**
 * One side of a budget (income or expenses) as the planner and the follow-up show it: a headed section whose table
 * scrolls sideways on a narrow screen, or a line saying the side has no lines. The table's head and body are the
 * caller's.
 */
export function BudgetSideSection({
  title,
  empty,
  className,
  tableClassName,
  children,
}: {
  title: string;
  empty: boolean;
  className: string;
  tableClassName: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {empty ? (
        <p className="empty-side">Ingen linjer på denne side af budgettet.</p>
      ) : (
        <ScrollRegion labelledBy={headingId}>
          <table className={`table table--compact ${tableClassName}`} aria-labelledby={headingId}>
            {children}
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
