import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { useCallback, useState } from "react";
import { DanishToolbar } from "./danish-chrome";
import { DEFAULT_QUERY } from "./default-query";
import { examplesPlugin } from "./examples-plugin";
import { HeaderSync } from "./header-sync";
import { TokenBar, type PlaygroundLogin } from "./token-bar";

// Only the headers in GraphiQL's editor authenticate a request: the portal's cookie stays out.
const fetcher = createGraphiQLFetcher({
  url: "/graphql",
  fetch: (input, init) => fetch(input, { ...init, credentials: "omit" }),
});

// One array for the app's lifetime: GraphiQL re-registers its plugins whenever the array changes.
const plugins = [examplesPlugin];

function headersFor(login: PlaygroundLogin | null): string {
  return login ? JSON.stringify({ Authorization: `Bearer ${login.token}` }, null, 2) : "{}";
}

export function PlaygroundApp() {
  const [login, setLogin] = useState<PlaygroundLogin | null>(null);
  const forget = useCallback(() => setLogin(null), []);

  return (
    <div className="playground">
      <TokenBar login={login} onLogin={setLogin} onForget={forget} />
      <main className="playground-editor" aria-label="GraphiQL">
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={DEFAULT_QUERY}
          defaultHeaders={headersFor(null)}
          defaultEditorToolsVisibility="headers"
          shouldPersistHeaders={false}
          forcedTheme="light"
          plugins={plugins}
          // The examples are what a developer new to Overblik needs first; the schema docs are one click away.
          visiblePlugin={examplesPlugin}
        >
          <GraphiQL.Logo>
            Overblik
            <HeaderSync headers={headersFor(login)} />
          </GraphiQL.Logo>
          <GraphiQL.Toolbar>
            <DanishToolbar />
          </GraphiQL.Toolbar>
        </GraphiQL>
      </main>
    </div>
  );
}
