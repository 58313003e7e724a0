import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/** The codes the API puts in `extensions.code` (apps/api/src/common/errors.ts). */
export type ApiErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "INTERNAL_SERVER_ERROR";

const API_CODES: readonly string[] = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INTERNAL_SERVER_ERROR",
];

/** Used when the server sent no usable message of its own. */
const DEFAULT_MESSAGES: Record<ApiErrorCode, string> = {
  BAD_USER_INPUT: "Oplysningerne er ikke gyldige. Ret dem, og prøv igen.",
  UNAUTHENTICATED: "Du er ikke logget ind, eller din session er udløbet. Log ind igen.",
  FORBIDDEN: "Du har ikke adgang til dette.",
  NOT_FOUND: "Det, du leder efter, findes ikke, eller du har ikke adgang til det.",
  CONFLICT: "Nogen har ændret de samme data i mellemtiden. Hent siden igen, og prøv så igen.",
  INTERNAL_SERVER_ERROR: "Der opstod en uventet fejl på serveren. Prøv igen om lidt.",
};

const NETWORK_MESSAGE = "Overblik kan ikke kontakte serveren. Tjek din forbindelse, og prøv igen.";
const UNKNOWN_MESSAGE = "Der opstod en uventet fejl. Prøv igen.";

/** The first API error code in an Apollo Client 4 error, if the server sent one. */
export function errorCode(error: unknown): ApiErrorCode | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const e of error.errors) {
    const code = e.extensions?.["code"];
    if (typeof code === "string" && API_CODES.includes(code)) return code as ApiErrorCode;
  }
  return undefined;
}

/**
 * One Danish sentence for any error from Apollo Client 4. The API's own messages for codes a user
 * can act on are already Danish and say what to do, so they are shown as they are; anything else
 * (graphql-js validation in English, network failures) becomes a Danish sentence chosen by code.
 * `overrides` lets a page say it more precisely ("Projektet findes ikke, …").
 */
export function errorMessage(error: unknown, overrides: Partial<Record<ApiErrorCode, string>> = {}): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = errorCode(error);
    if (code === undefined) return UNKNOWN_MESSAGE;
    const override = overrides[code];
    if (override) return override;
    const serverMessage = error.errors.find((e) => e.extensions?.["code"] === code)?.message;
    return serverMessage && code !== "INTERNAL_SERVER_ERROR" ? serverMessage : DEFAULT_MESSAGES[code];
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return overrides.UNAUTHENTICATED ?? DEFAULT_MESSAGES.UNAUTHENTICATED;
    if (error.statusCode === 403) return overrides.FORBIDDEN ?? DEFAULT_MESSAGES.FORBIDDEN;
    if (error.statusCode >= 500) return DEFAULT_MESSAGES.INTERNAL_SERVER_ERROR;
    return UNKNOWN_MESSAGE;
  }
  if (ServerParseError.is(error)) return DEFAULT_MESSAGES.INTERNAL_SERVER_ERROR;
  if (error instanceof TypeError) return NETWORK_MESSAGE; // fetch() rejects with a TypeError offline
  return UNKNOWN_MESSAGE;
}
