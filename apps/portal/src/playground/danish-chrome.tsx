import { CopyIcon, KEY_MAP, MergeIcon, pick, PrettifyIcon, ToolbarButton, useGraphiQL, useGraphiQLActions } from "@graphiql/react";
import { useEffect } from "react";

/**
 * GraphiQL 5 has no translations: its own words are fixed in its components. Where it lets a caller supply a part,
 * the playground supplies it in Danish: the toolbar (GraphiQL.Toolbar's children) and the query a new tab starts
 * with (so the tab is named by the query, not "<untitled>"). The editor tools' "Variables"/"Headers" and the
 * settings dialog stay in English (no prop for them in GraphiQL 5.4).
 */
export function DanishToolbar() {
  const { prettifyEditors, mergeQuery, copyQuery } = useGraphiQLActions();
  return (
    <>
      <ToolbarButton onClick={() => void prettifyEditors()} label={`Ryd op i forespørgslen (${KEY_MAP.prettify.key})`}>
        <PrettifyIcon className="graphiql-toolbar-icon" aria-hidden="true" />
      </ToolbarButton>
      <ToolbarButton onClick={mergeQuery} label={`Flet fragmenterne ind i forespørgslen (${KEY_MAP.mergeFragments.key})`}>
        <MergeIcon className="graphiql-toolbar-icon" aria-hidden="true" />
      </ToolbarButton>
      <ToolbarButton onClick={() => void copyQuery()} label={`Kopiér forespørgslen (${KEY_MAP.copyQuery.key})`}>
        <CopyIcon className="graphiql-toolbar-icon" aria-hidden="true" />
      </ToolbarButton>
    </>
  );
}

/** What a tab opened with "+" starts with: a named operation, so GraphiQL titles the tab "NyForespoergsel". */
export const NEW_TAB_QUERY = `# Ny fane: skriv en forespørgsel, og kør den med ▶ eller Ctrl+Enter.
# Ctrl+Mellemrum foreslår felter; dokumentationen er i menuen til venstre.
query NyForespoergsel {
  me {
    name
  }
}
`;

/** Fills an empty new tab with NEW_TAB_QUERY. Rendered inside GraphiQL's provider. */
export function NewTabQuery() {
  const { queryEditor, activeTabIndex, tabs } = useGraphiQL(pick("queryEditor", "activeTabIndex", "tabs"));
  useEffect(() => {
    // The editor's text, not the tab's stored query: an example sets its own query right after adding its tab.
    if (queryEditor && queryEditor.getValue().trim() === "") queryEditor.setValue(NEW_TAB_QUERY);
  }, [queryEditor, activeTabIndex, tabs.length]);
  return null;
}
