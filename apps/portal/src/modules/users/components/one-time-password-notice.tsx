import { useState } from "react";
import { Alert } from "../../../ui/alert";

/** The one-time password, shown this once (the API keeps only its hash), with a copy button. */
export function OneTimePasswordNotice({ name, email, password, onDone }: { name: string; email: string; password: string; onDone: () => void }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <Alert variant="success" heading={`Engangsadgangskode til ${name}`}>
      <p>
        Giv {name} ({email}) denne engangsadgangskode. Den vises kun nu og kan ikke hentes igen. Ved første login vælger {name} sin egen adgangskode.
      </p>
      <p className="d-flex align-items-center">
        <code className="one-time-password" data-testid="one-time-password" style={{ fontSize: "1.4rem", marginRight: "1rem" }}>
          {password}
        </code>
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          Kopiér
        </button>
      </p>
      <p role="status" className="m-0">
        {copied === "yes" ? "Kopieret." : copied === "failed" ? "Kunne ikke kopiere; markér og kopiér den selv." : null}
      </p>
      <button type="button" className="button button-tertiary mt-3" onClick={onDone}>
        Jeg har givet den videre – skjul
      </button>
    </Alert>
  );
}
