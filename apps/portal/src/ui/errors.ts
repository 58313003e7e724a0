import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/** The codes the API puts in `extensions.code` (apps/api/src/common/errors.ts). */
export type ApiErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS" | "INTERNAL_SERVER_ERROR";

const API_CODES: readonly string[] = ["BAD_USER_INPUT", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_MANY_REQUESTS", "INTERNAL_SERVER_ERROR"];

/** Used when the server sent no usable message of its own. */
const DEFAULT_MESSAGES: Record<ApiErrorCode, string> = {
  BAD_USER_INPUT: "Oplysningerne er ikke gyldige. Ret dem, og prøv igen.",
  UNAUTHENTICATED: "Du er ikke logget ind, eller din session er udløbet. Log ind igen.",
  FORBIDDEN: "Du har ikke adgang til dette.",
  NOT_FOUND: "Det, du leder efter, findes ikke, eller du har ikke adgang til det.",
  CONFLICT: "Nogen har ændret de samme data i mellemtiden. Hent siden igen, og prøv så igen.",
  TOO_MANY_REQUESTS: "For mange forespørgsler på kort tid. Vent et minut, og prøv igen.",
  INTERNAL_SERVER_ERROR: "Der opstod en uventet fejl på serveren. Prøv igen om lidt.",
};

const NETWORK_MESSAGE = "Overblik kan ikke kontakte serveren. Tjek din forbindelse, og prøv igen.";
const UNKNOWN_MESSAGE = "Der opstod en uventet fejl. Prøv igen.";

/**
 * The API's own sentence from a refusal with HTTP 429 (the fair share of the server, apps/api/src/common/fair-share.ts):
 * it says when to try again. Apollo Client gives a 429 answered as application/json as a ServerError with the body.
 */
function tooManyRequestsMessage(bodyText: string): string {
  try {
    const body = JSON.parse(bodyText) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
    const message = body.errors?.find((e) => e.extensions?.code === "TOO_MANY_REQUESTS")?.message;
    if (typeof message === "string" && message !== "") return message;
  } catch {
    // Not the API's JSON (a proxy's page): the default sentence.
  }
  return DEFAULT_MESSAGES.TOO_MANY_REQUESTS;
}

/** The first API error code in an Apollo Client 4 error, if the server sent one. */
export function errorCode(error: unknown): ApiErrorCode | undefined {
  if (ServerError.is(error) && error.statusCode === 429) return "TOO_MANY_REQUESTS";
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
    if (error.statusCode === 429) return overrides.TOO_MANY_REQUESTS ?? tooManyRequestsMessage(error.bodyText);
    if (error.statusCode >= 500) return DEFAULT_MESSAGES.INTERNAL_SERVER_ERROR;
    return UNKNOWN_MESSAGE;
  }
  if (ServerParseError.is(error)) return DEFAULT_MESSAGES.INTERNAL_SERVER_ERROR;
  if (error instanceof TypeError) return NETWORK_MESSAGE; // fetch() rejects with a TypeError offline
  return UNKNOWN_MESSAGE;
}

/** The `extensions.details` the API sent with its first error of `code`. */
export function errorDetails(error: unknown, code: ApiErrorCode): Record<string, unknown> | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const details = error.errors.find((e) => e.extensions?.["code"] === code)?.extensions?.["details"];
  return typeof details === "object" && details !== null && !Array.isArray(details) ? (details as Record<string, unknown>) : undefined;
}

/** A budget line as it is now, from a CONFLICT on adjustBudget (`details.currentLines`). */
export interface ConflictLine {
  lineId: string;
  name: string;
  version: number;
  amounts: Array<{ year: number; amount: string }>;
}

function isConflictLine(value: unknown): value is ConflictLine {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v["lineId"] === "string" &&
    typeof v["name"] === "string" &&
    typeof v["version"] === "number" &&
    Array.isArray(v["amounts"]) &&
    v["amounts"].every(
      (a: unknown) =>
        typeof a === "object" &&
        a !== null &&
        typeof (a as Record<string, unknown>)["year"] === "number" &&
        typeof (a as Record<string, unknown>)["amount"] === "string",
    )
  );
}

/** The lines' current values when a budget adjustment was refused because the screen was stale. */
export function conflictLines(error: unknown): ConflictLine[] | null {
  const lines = errorDetails(error, "CONFLICT")?.["currentLines"];
  return Array.isArray(lines) && lines.every(isConflictLine) ? lines : null;
}

/** A row error from a CSV import (`details.errors` on BAD_USER_INPUT); the header is row 1. */
export interface RowErrorDetail {
  row: number;
  column: string | null;
  message: string;
}

function isRowError(value: unknown): value is RowErrorDetail {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v["row"] === "number" && typeof v["message"] === "string" && (v["column"] === null || v["column"] === undefined || typeof v["column"] === "string")
  );
}

export function importRowErrors(error: unknown): RowErrorDetail[] | null {
  const errors = errorDetails(error, "BAD_USER_INPUT")?.["errors"];
  if (!Array.isArray(errors) || !errors.every(isRowError)) return null;
  return errors.map((e) => ({ row: e.row, column: e.column ?? null, message: e.message }));
}
