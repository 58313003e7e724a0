import { useGraphiQL, useGraphiQLActions } from "@graphiql/react";
import { useEffect } from "react";

/**
 * Writes the request headers into GraphiQL's own headers editor, so the token the playground uses
 * is visible (and editable) where GraphQL users expect it. Rendered inside GraphiQL's provider.
 */
export function HeaderSync({ headers }: { headers: string }) {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  const { updateActiveTabValues } = useGraphiQLActions();

  useEffect(() => {
    if (headerEditor) {
      if (headerEditor.getValue() !== headers) headerEditor.setValue(headers);
    } else {
      updateActiveTabValues({ headers });
    }
  }, [headers, headerEditor, updateActiveTabValues]);

  return null;
}
