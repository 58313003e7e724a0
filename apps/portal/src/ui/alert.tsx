import type { ReactNode } from "react";
import { Icon } from "./icon";

export type AlertVariant = "info" | "success" | "warning" | "error";

const ICON_LABELS: Record<AlertVariant, string> = {
  info: "Information",
  success: "Succes",
  warning: "Advarsel",
  error: "Fejl",
};

/**
 * dkfds's alert. Errors and warnings are announced (role="alert"); info and success are a polite
 * status, so a page that merely shows a fact (fx "ikke i balance") does not shout it.
 */
export function Alert({
  variant,
  heading,
  children,
  headingLevel = 2,
}: {
  variant: AlertVariant;
  heading?: ReactNode;
  children?: ReactNode;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={`alert alert-${variant}`} role={variant === "error" || variant === "warning" ? "alert" : "status"}>
      <Icon name={variant} label={ICON_LABELS[variant]} className="alert-icon" />
      <div className="alert-body">
        {heading ? <Heading className="alert-heading">{heading}</Heading> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}

/** The one way a page shows a failed request: the Danish message from ui/errors.ts. */
export function ErrorAlert({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <Alert variant="error">
      <p className="m-0">{message}</p>
      {children}
    </Alert>
  );
}
