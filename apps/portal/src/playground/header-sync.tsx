import { useGraphiQL, useGraphiQLActions } from "@graphiql/react";
import { useEffect } from "react";

/**
 * Writes the request headers into GraphiQL's own headers editor, so the token the playground uses
 * is visible (and editable) where GraphQL users expect it. Rendered inside GraphiQL's provider.
 */
export function HeaderSync({ headers }: { headers: string }) {
  const headerEditor = useGraphiQL((state) => state.headerEditor);
  // GraphiQL's actions are closures over its store (they never use `this`); its types merely declare them as methods.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- see the line above
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
