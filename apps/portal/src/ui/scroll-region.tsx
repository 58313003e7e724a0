import type { CSSProperties, ReactNode } from "react";

/**
 * A region that scrolls sideways inside the page when its content (a wide table, a chart) does not fit, so the page
 * itself never does (issue #17: every page usable from 360 px). It is labelled and reachable by keyboard (a
 * scrolling region must be: WCAG 2.1.1; axe's "scrollable-region-focusable"). A table's first column stays in view
 * while the rest scrolls (`stickyFirstColumn`); a chart keeps `minWidth` (its viewBox width) so its text is never drawn
 * smaller than the stylesheet's size.
 */
export function ScrollRegion({
  label,
  labelledBy,
  minWidth,
  stickyFirstColumn = false,
  className,
  children,
}: {
  /** The region's name for screen readers, when no visible heading or caption names it (else `labelledBy`). */
  label?: string;
  labelledBy?: string;
  minWidth?: number;
  stickyFirstColumn?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const classes = ["scroll-region", stickyFirstColumn ? "scroll-region--sticky-first" : "", className ?? ""].filter(Boolean).join(" ");
  const style = minWidth ? ({ "--scroll-region-min-width": `${minWidth}px` } as CSSProperties) : undefined;
  return (
    <div className={classes} role="region" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy} tabIndex={0} style={style}>
      {children}
    </div>
  );
}
