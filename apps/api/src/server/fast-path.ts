import type { Express, Request, Response } from "express";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Middleware } from "./app.js";
import type { ErrorHandler } from "./errors.js";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The app, with POST /graphql (nearly every request) run through `chain` without the router's walk over the
 * other routes. `chain` must be the list the app mounts for that request, in the same order (server.ts builds
 * both from one list). The request and response get Express's prototypes as app.handle gives them, so req.ip,
 * res.cookie and res.json work; an error goes to the app's error handler.
 */
export function withGraphqlFastPath(app: Express, chain: Middleware[], onError: ErrorHandler): Handler {
  const fast = (rawReq: IncomingMessage, rawRes: ServerResponse) => {
    const req = rawReq as Request;
    const res = rawRes as Response;
    req.res = res;
    res.req = req;
    Object.setPrototypeOf(req, app.request);
    Object.setPrototypeOf(res, app.response);
    res.locals = Object.create(null) as Response["locals"];
    let i = 0;
    const next = (error?: unknown): void => {
      if (error !== undefined && error !== null) return onError(error, req, res, next);
      const fn = chain[i++];
      // Apollo answers every request; a chain that ends unanswered is Express's 404.
      if (!fn) {
        if (!res.headersSent) res.status(404).end();
        return;
      }
      try {
        const result = fn(req, res, next);
        if (result instanceof Promise) result.catch(next);
      } catch (thrown) {
        next(thrown);
      }
    };
    next();
  };
  return (req, res) => {
    if (req.method === "POST" && req.url === "/graphql") fast(req, res);
    else app(req, res);
  };
}
