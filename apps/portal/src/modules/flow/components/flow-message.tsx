import type { ReactNode } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";

export type FlowMessage = { kind: "saved"; heading?: string; text: ReactNode } | { kind: "error"; text: string };

/** What the last change on a page did, announced politely; an error is announced as an alert. */
export function FlowMessageArea({ message }: { message: FlowMessage | null }) {
  return (
    <div aria-live="polite" className="flow-message">
      {message?.kind === "saved" ? (
        <Alert variant="success" heading={message.heading} headingLevel={3}>
          <p className="m-0">{message.text}</p>
        </Alert>
      ) : message?.kind === "error" ? (
        <ErrorAlert message={message.text} />
      ) : null}
    </div>
  );
}
