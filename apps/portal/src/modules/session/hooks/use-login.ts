import { useMutation } from "@apollo/client/react";
import { LoginDocument } from "@overblik/graphql-client";
import { useState } from "react";
import { errorMessage } from "../../../ui/errors";

/** The login mutation: the API sets the httpOnly session cookie; the token is for the playground. */
export function useLogin(onLoggedIn: () => Promise<void> | void) {
  const [mutate, { loading }] = useMutation(LoginDocument);
  const [error, setError] = useState<string | null>(null);

  async function logIn(email: string, password: string): Promise<void> {
    setError(null);
    try {
      await mutate({ variables: { input: { email: email.trim(), password } } });
    } catch (e) {
      setError(errorMessage(e));
      return;
    }
    await onLoggedIn();
  }

  return { logIn, loading, error };
}
