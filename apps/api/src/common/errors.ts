import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { safeErrorFields } from "@overblik/db";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";

/** The codes a client can act on; everything else is an INTERNAL_SERVER_ERROR. */
export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS";

/** An error a user can cause. The message is Danish and says what to do. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    /** A machine-readable reason beside the code (extensions.reason), e.g. PASSWORD_CHANGE_REQUIRED. */
    readonly reason?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const unauthenticated = () => new DomainError("UNAUTHENTICATED", "Du skal logge ind.");
export const forbidden = (what = "det") => new DomainError("FORBIDDEN", `Du har ikke adgang til ${what}.`);
export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} findes ikke.`);

/** Details go to the client as JSON: amounts in øre (bigint) become their decimal text. */
function jsonSafe(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
}

interface ValidationErrorShape {
  property?: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorShape[];
}

/**
 * Danish for class-validator's built-in checks where a decorator gives no message of its own (the limit is the
 * number in class-validator's English text). A test walks every decorator in the schema and fails on a check
 * that has neither its own message nor an entry here.
 */
export const DANISH_CHECKS: Readonly<Record<string, (field: string, limit: string) => string>> = {
  min: (field, limit) => `${field} skal være mindst ${limit}.`,
  max: (field, limit) => `${field} må højst være ${limit}.`,
  minLength: (field, limit) => `${field} skal være mindst ${limit} tegn.`,
  maxLength: (field, limit) => `${field} må højst være ${limit} tegn.`,
  isInt: (field) => `${field} skal være et helt tal.`,
  isBoolean: (field) => `${field} skal være sand eller falsk.`,
};

/** A decorator's own message is kept; class-validator's English default (it begins with the field's name) is not. */
function danishMessage(property: string, check: string, message: string): string {
  if (!message.startsWith(`${property} `) && !message.startsWith("each value in ")) return message;
  const limit = /-?\d+(\.\d+)?/.exec(message)?.[0] ?? "";
  return DANISH_CHECKS[check]?.(property, limit) ?? `${property} er ugyldig.`;
}

/** class-validator's messages, in Danish, depth first. */
function validationMessages(errors: readonly ValidationErrorShape[]): string[] {
  return errors.flatMap((e) => [
    ...Object.entries(e.constraints ?? {}).map(([check, message]) => danishMessage(e.property ?? "", check, message)),
    ...validationMessages(e.children ?? []),
  ]);
}

const PG_CLIENT_ERRORS: Record<string, string> = {
  "23503": "En af de valgte oplysninger findes ikke (fx en ukendt bruger eller linje). Hent siden igen, og prøv igen.",
  "22P02": "En værdi har et ugyldigt format.",
  "22007": "En dato eller et tidspunkt har et ugyldigt format.",
  "22008": "En dato eller et tidspunkt ligger uden for det tilladte.",
  "22003": "Et tal er uden for det tilladte interval.",
  // A NUL character (\u0000), which PostgreSQL's text cannot hold.
  "22021": "En tekst indeholder et ugyldigt tegn. Ret teksten, og prøv igen.",
  "22P05": "En tekst indeholder et ugyldigt tegn. Ret teksten, og prøv igen.",
};

/** Codes graphql-js and Apollo themselves put on errors the client caused. */
const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "BAD_REQUEST",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  // The fair share of the server (common/fair-share.ts) refuses before the operation runs, as a GraphQLError.
  "TOO_MANY_REQUESTS",
]);

/** A database error the client caused (a reference to nothing, a value the database cannot read): its Danish text. */
function pgClientMessage(original: unknown): string | undefined {
  const pgCode = (original as { code?: unknown } | null)?.code;
  return typeof pgCode === "string" ? PG_CLIENT_ERRORS[pgCode] : undefined;
}

/** The error's code as graphql-js, Apollo or type-graphql set it, on the error or on the one it wraps. */
function graphqlCode(error: unknown, original: unknown): unknown {
  return (error as GraphQLError | null)?.extensions?.code ?? (original instanceof GraphQLError ? original.extensions?.code : undefined);
}

/** Whether formatError masks the error as INTERNAL_SERVER_ERROR (anything that is not the client's fault). */
function isUnexpected(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || pgClientMessage(original)) return false;
  const code = graphqlCode(error, original);
  return !(typeof code === "string" && CLIENT_CODES.has(code));
}

/** Errors the request's plugin has logged with the request's id: formatError does not log them again. */
const logged = new WeakSet<object>();

const UNEXPECTED = "unexpected error in GraphQL request";

/**
 * Logs the errors of a GraphQL request: the operation ("mutation CreateUser"), the field's path, the request's id
 * (the child logger's binding) and the error's name, SQLSTATE, constraint and table (safeErrorFields) — never the
 * arguments, a failed statement's parameters or PostgreSQL's detail, which hold what users typed.
 */
export function errorLogging(): ApolloServerPlugin<{ logger: Logger }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operation, operationName }) {
          const label = [operation?.operation, operationName].filter(Boolean).join(" ") || "ukendt";
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (pgClientMessage(original)) {
              const { stack: _stack, ...fields } = safeErrorFields(original);
              contextValue.logger.info({ operation: label, path: error.path, ...fields }, "client error caught by the database");
            } else if (isUnexpected(error)) {
              contextValue.logger.error({ operation: label, path: error.path, ...safeErrorFields(original) }, UNEXPECTED);
              if (typeof original === "object" && original !== null) logged.add(original);
            }
          }
        },
      };
    },
  };
}

/**
 * One place that decides what a client sees: DomainErrors keep their code and message,
 * graphql-js's own client errors pass, everything else is masked (and logged by errorLogging with the request id).
 */
export function makeFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: original.code,
          ...(original.reason ? { reason: original.reason } : {}),
          ...(original.details ? { details: jsonSafe(original.details) } : {}),
        },
      };
    }
    const validationErrors = formatted.extensions?.validationErrors;
    if (Array.isArray(validationErrors)) {
      const messages = validationMessages(validationErrors as ValidationErrorShape[]);
      return {
        message: messages.length > 0 ? messages.join(" ") : "Ugyldigt input.",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "BAD_USER_INPUT", fields: (validationErrors as ValidationErrorShape[]).map((e) => e.property) },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: tooManyTokens(formatted.message) ?? formatted.message, extensions };
    }
    if (original instanceof GraphQLError && typeof original.extensions?.code === "string" && CLIENT_CODES.has(original.extensions.code)) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: original.extensions.code } };
    }
    // A reference to something that does not exist, or a value the database cannot read, is the client's
    // doing: say so in Danish rather than mask it as an internal error.
    const pgMessage = pgClientMessage(original);
    if (pgMessage) {
      return { message: pgMessage, locations: formatted.locations, path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
    }
    // Errors outside a request's pipeline (the context could not be built) never reached errorLogging.
    if (!(typeof original === "object" && original !== null && logged.has(original))) {
      logger.error({ path: formatted.path, ...safeErrorFields(original) }, UNEXPECTED);
    }
    return {
      message: "Der opstod en uventet fejl. Prøv igen, og kontakt support med fejl-id'et, hvis det bliver ved.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** graphql-js's parser stops at the token limit (parseOptions.maxTokens) with an English syntax error. */
function tooManyTokens(message: string): string | undefined {
  const limit = /more th\w+ (\d+) tokens/.exec(message)?.[1];
  return limit ? `Forespørgslen er for stor (over ${limit} dele). Del den op i flere forespørgsler.` : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client's id has the shape of a uuid (the one check; a filter may answer BAD_USER_INPUT instead). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An id from a client that is not a uuid names nothing: NOT_FOUND, never a database error. */
export function requireUuid(id: string, what: string): string {
  if (!UUID.test(id)) throw notFound(what);
  return id;
}
