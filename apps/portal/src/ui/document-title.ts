import { useEffect } from "react";

/** "Projekter – Overblik": the tab and screen readers say where the user is. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Overblik` : "Overblik";
  }, [title]);
}
