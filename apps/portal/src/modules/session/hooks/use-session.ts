import type { CurrentUserFragment } from "@overblik/graphql-client";
import { createContext, useContext } from "react";

export interface Session {
  user: CurrentUserFragment;
  logOut: () => Promise<void>;
  /** Set when logging out failed (the cookie may still be valid). */
  logOutError: string | null;
}

export const SessionContext = createContext<Session | null>(null);

/** The logged-in user; only available below SessionGate. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession must be used inside <SessionGate>");
  return session;
}
