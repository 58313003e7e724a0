import spriteUrl from "dkfds/dist/img/all-svg-icons.svg?url";

export type IconName =
  | "info"
  | "error"
  | "success"
  | "warning"
  | "lock"
  | "arrow-back"
  | "account"
  | "check"
  | "close"
  | "hourglass"
  | "print"
  | "file-excel"
  | "edit"
  | "plus"
  | "sync"
  | "upload";

/** An icon from dkfds's own sprite (served from our build). Decorative unless given a label. */
export function Icon({ name, label, className }: { name: IconName; label?: string; className?: string }) {
  return (
    <svg
      className={`icon-svg${className ? ` ${className}` : ""}`}
      focusable="false"
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
    >
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
