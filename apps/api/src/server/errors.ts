import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { requestIdOf } from "./request-id.js";

/** The body parser's refusals (status 4xx and a `type`), in Danish with a code a client can act on. */
export function clientError(error: unknown): { status: number; code: string; message: string } | null {
  if (typeof error !== "object" || error === null) return null;
  const { status, type } = error as { status?: unknown; type?: unknown };
  if (typeof status !== "number" || status < 400 || status >= 500) return null;
  switch (type) {
    case "entity.parse.failed":
      return { status: 400, code: "BAD_REQUEST", message: "Forespørgslens krop er ikke gyldig JSON." };
    case "entity.too.large":
      return { status: 413, code: "PAYLOAD_TOO_LARGE", message: "Forespørgslen er for stor." };
    case "encoding.unsupported":
    case "charset.unsupported":
      return { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Forespørgslen skal være JSON i UTF-8." };
    default:
      return { status, code: "BAD_REQUEST", message: "Forespørgslen kunne ikke læses." };
  }
}

export type ErrorHandler = (error: unknown, req: Request, res: Response, next: NextFunction) => void;

/** The last middleware: a request's own fault as a Danish GraphQL error, anything else a logged 500. */
export function errorHandler(logger: Logger): ErrorHandler {
  return (error, _req, res, _next) => {
    const client = clientError(error);
    if (client) {
      // The request's own fault (a body that is not JSON, or too large): said as a GraphQL error, not a 500.
      logger.info({ requestId: requestIdOf(res), status: client.status, type: (error as { type?: string }).type }, "request refused");
      if (!res.headersSent) {
        res.status(client.status).json({ errors: [{ message: client.message, extensions: { code: client.code } }], requestId: requestIdOf(res) });
      }
      return;
    }
    logger.error({ err: error, requestId: requestIdOf(res) }, "unhandled HTTP error");
    if (!res.headersSent) res.status(500).json({ error: "Der opstod en uventet fejl.", requestId: requestIdOf(res) });
  };
}
