import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Button, pick, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from "@graphiql/react";
import { parse } from "graphql";
import { useState } from "react";
import { postGraphQL } from "./api";
import { exampleRefusal } from "./example-access";
import {
  EXAMPLE_IDS_QUERY,
  exampleIdsFrom,
  PLACEHOLDER_IDS,
  PLAYGROUND_EXAMPLES,
  type ExampleIds,
  type ExampleIdsData,
  type PlaygroundExample,
} from "./examples";

const idsDocument: TypedDocumentNode<ExampleIdsData, Record<string, never>> = parse(EXAMPLE_IDS_QUERY);

/** The token in GraphiQL's headers editor (what the request would be sent with), if any. */
function bearerToken(headers: string): string | null {
  try {
    const parsed: unknown = JSON.parse(headers || "{}");
    if (!parsed || typeof parsed !== "object") return null;
    const entry = Object.entries(parsed).find(([name]) => name.toLowerCase() === "authorization");
    const value = typeof entry?.[1] === "string" ? entry[1] : "";
    return /^Bearer\s+\S+/i.test(value) ? value.replace(/^Bearer\s+/i, "").trim() : null;
  } catch {
    return null;
  }
}

function ExamplesContent() {
  const { queryEditor, variableEditor, headerEditor } = useGraphiQL(pick("queryEditor", "variableEditor", "headerEditor"));
  // GraphiQL's actions are closures over its store (they never use `this`); its types merely declare them as methods.
  // eslint-disable-next-line @typescript-eslint/unbound-method -- see the line above
  const { addTab } = useGraphiQLActions();
  const [status, setStatus] = useState("");
  const [busy, setBusy] = useState(false);

  /** Opens the example in a new tab with the current headers, and with ids looked up as the visitor. */
  async function open(example: PlaygroundExample) {
    const headers = headerEditor?.getValue() ?? "{}";
    const token = bearerToken(headers);
    let ids: ExampleIds = PLACEHOLDER_IDS;
    let message = `"${example.title}" er åbnet i en ny fane. Log ind øverst (fx som ${example.login}), og åbn eksemplet igen for at få id'erne udfyldt.`;
    setBusy(true);
    if (token) {
      try {
        ids = exampleIdsFrom(await postGraphQL(idsDocument, {}, token));
        const refusal = exampleRefusal(example, ids);
        message = refusal
          ? `"${example.title}" er åbnet i en ny fane, men ${refusal}`
          : `"${example.title}" er åbnet i en ny fane med id'er fra dine projekter. Kør den med ▶ eller Ctrl+Enter.`;
      } catch (e) {
        message = `"${example.title}" er åbnet i en ny fane uden id'er: ${e instanceof Error ? e.message : "opslaget fejlede"}`;
      }
    }
    setBusy(false);
    addTab();
    queryEditor?.setValue(example.query);
    variableEditor?.setValue(JSON.stringify(example.variables(ids), null, 2));
    headerEditor?.setValue(headers);
    setStatus(message);
  }

  return (
    <section className="playground-examples" aria-labelledby="playground-examples-title">
      <h2 id="playground-examples-title" className="graphiql-doc-explorer-title">
        Eksempler
      </h2>
      <p className="playground-examples-intro">
        Færdige forespørgsler til de vigtigste opgaver i Brug for alle, og til at sætte et nyt projekt op (trin 1–9, i den rækkefølge). Hvert eksempel åbnes i
        en ny fane med variabler; er du logget ind, udfyldes id'erne med dit token. Adgangskoden til demo-brugerne er <code>overblik-demo</code>.
      </p>
      <ul className="playground-examples-list">
        {PLAYGROUND_EXAMPLES.map((example) => (
          <li key={example.title}>
            <h3>{example.title}</h3>
            <p>{example.description}</p>
            <p className="playground-examples-login">Log ind som {example.login}</p>
            <Button type="button" disabled={busy} onClick={() => void open(example)} aria-label={`Åbn ${example.title} i en ny fane`}>
              Åbn i ny fane
            </Button>
          </li>
        ))}
      </ul>
      <p className="playground-examples-status" role="status" aria-live="polite">
        {busy ? "Henter id'er …" : status}
      </p>
    </section>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <rect x="4" y="3" width="16" height="18" rx="1.5" />
      <path d="M8 8h8M8 12h8M8 16h5" strokeLinecap="round" />
    </svg>
  );
}

/** GraphiQL's plugin pane "Eksempler": one stable object, as GraphiQL compares plugins by reference. */
export const examplesPlugin: GraphiQLPlugin = {
  title: "Eksempler",
  icon: ExamplesIcon,
  content: ExamplesContent,
};
