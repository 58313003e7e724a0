import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { LoginDocument, MeDocument, type LoginMutation, type MeQuery } from "@overblik/graphql-client";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type FormattedExecutionResult } from "graphql";
import { errorMessage } from "../ui/errors";

/**
 * The playground talks to the API with plain fetch and only ever with the Bearer token it shows
 * in GraphiQL's headers: `credentials: "omit"` keeps the portal's session cookie out of it, so what
 * the playground does is exactly what a script with that token would do.
 */
export async function postGraphQL<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables, token?: string): Promise<TData> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      credentials: "omit",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch (e) {
    throw new Error(errorMessage(e));
  }
  let result: FormattedExecutionResult<TData>;
  try {
    result = (await response.json()) as FormattedExecutionResult<TData>;
  } catch {
    throw new Error(`Serveren svarede ikke med JSON (HTTP ${response.status}).`);
  }
  if (result.errors?.length) throw new Error(errorMessage(new CombinedGraphQLErrors(result)));
  if (!result.data) throw new Error(`Serveren svarede uden data (HTTP ${response.status}).`);
  return result.data;
}

export async function fetchToken(email: string, password: string): Promise<{ token: string; name: string }> {
  const data: LoginMutation = await postGraphQL(LoginDocument, { input: { email: email.trim(), password } });
  return { token: data.login.token, name: data.login.user.name };
}

export async function whoAmI(token: string): Promise<string> {
  const data: MeQuery = await postGraphQL(MeDocument, {}, token);
  return data.me.name;
}
