import { useApolloClient } from "@apollo/client/react";
import { useMemo } from "react";

export interface CaseworkerOption {
  id: string;
  name: string;
}

type NormalizedCache = Record<string, Record<string, unknown> | undefined>;

function refOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const ref = (value as Record<string, unknown>)["__ref"];
  return typeof ref === "string" ? ref : null;
}

/**
 * The caseworkers the portal has seen on this project's citizens, to choose from when assigning one.
 * The API has no query that lists a project's caseworkers, and fetching a page of citizens only to
 * learn their caseworkers would log views nobody looked at; so the choice is built from the citizens
 * already in Apollo's cache (the list or the board). The API refuses a user who is not a caseworker
 * in the project, so a stale choice cannot do harm.
 */
export function useKnownCaseworkers(current: CaseworkerOption | null): CaseworkerOption[] {
  const client = useApolloClient();
  return useMemo(() => {
    const found = new Map<string, string>();
    if (current) found.set(current.id, current.name);
    const data = client.cache.extract() as NormalizedCache;
    for (const [key, value] of Object.entries(data)) {
      if (!key.startsWith("Participant:") || !value) continue;
      const ref = refOf(value["caseworker"]);
      const user = ref ? data[ref] : undefined;
      const id = user?.["id"];
      const name = user?.["name"];
      if (typeof id === "string" && typeof name === "string") found.set(id, name);
    }
    return [...found].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, "da"));
  }, [client, current]);
}
