import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { ApolloProvider } from "@apollo/client/react";
import { MeDocument } from "@overblik/graphql-client";
import type { ReactNode } from "react";
import { errorCode } from "../ui/errors";

/** Operations whose UNAUTHENTICATED answer is expected and handled where they are used. */
const SESSION_OPERATIONS = new Set(["Me", "Login", "Logout"]);

export function createApolloClient(): ApolloClient {
  // A session can expire while a page is open (LoginPayload.expiresAt). When any other query says
  // so, asking Me again lets SessionGate show the login page instead of a page of errors.
  const sessionExpiredLink = new ErrorLink(({ error, operation }) => {
    if (SESSION_OPERATIONS.has(operation.operationName ?? "")) return;
    if (errorCode(error) === "UNAUTHENTICATED") {
      void client.refetchQueries({ include: [MeDocument] }).catch(() => undefined);
    }
  });

  const client: ApolloClient = new ApolloClient({
    link: ApolloLink.from([
      sessionExpiredLink,
      // Same origin as the API: the httpOnly session cookie goes along; no token in JavaScript.
      new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        // Totals have no id: the project list asks for part of them, the budget page for all.
        Budget: { fields: { totals: { merge: true }, originalTotals: { merge: true } } },
        // Neither has an id either, and the planner's tabs ask for different parts of them.
        BudgetLine: { fields: { driver: { merge: true } } },
        CompetencePool: { fields: { summary: { merge: true } } },
      },
    }),
  });
  return client;
}

const client = createApolloClient();

/** Apollo Client's cache is the portal's only store of server state. */
export function Providers({ children }: { children: ReactNode }) {
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
