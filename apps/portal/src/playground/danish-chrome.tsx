import { CopyIcon, KEY_MAP, MergeIcon, PrettifyIcon, ToolbarButton, useGraphiQLActions } from "@graphiql/react";

/**
 * GraphiQL 5 has no translations: its own words are fixed in its components. Where it lets a caller supply a part,
 * the playground supplies it in Danish: the toolbar (GraphiQL.Toolbar's children) and the start query (named
 * MineProjekter). A tab opened with "+" is still "<untitled>": filling it from outside raced GraphiQL's own tab
 * switch. The editor tools' "Variables"/"Headers" and the settings dialog stay in English (no prop in GraphiQL 5.4).
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
