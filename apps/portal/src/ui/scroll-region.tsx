import type { CSSProperties, ReactNode } from "react";

/**
 * A region that scrolls sideways inside the page when its content (a wide table, a chart) does not fit, so the page
 * itself never does (issue #17: every page usable from 360 px). It is labelled and reachable by keyboard, as a
 * scrolling region must be (WCAG 2.1.1; axe's "scrollable-region-focusable"). A table's first column (the row's
 * name) stays in view while its figures scroll (styles.css); a chart keeps `minWidth` (its viewBox width), so its
 * text is never drawn smaller than the stylesheet's size. Every wide table and chart of the portal goes in one.
 */
export function ScrollRegion({
  label,
  labelledBy,
  minWidth,
  className,
  children,
}: {
  /** The region's name for screen readers; or `labelledBy`, the id of a visible heading that names it. */
  label?: string;
  labelledBy?: string;
  minWidth?: number;
  className?: string;
  children: ReactNode;
}) {
  // dkfds's own scroll class too: its focus outline, and the print stylesheet's "show it all" rule.
  const classes = ["table--responsive-scroll", "scroll-region", className ?? ""].filter(Boolean).join(" ");
  const style = minWidth ? ({ "--scroll-region-min-width": `${minWidth}px` } as CSSProperties) : undefined;
  return (
    <div className={classes} role="region" aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy} tabIndex={0} style={style}>
      {children}
    </div>
  );
}
