import type { Response } from "express";
import { randomUUID } from "node:crypto";
import type { Logger } from "pino";
import type { Middleware } from "./app.js";

/** Gives every response an X-Request-Id (also res.locals.requestId, for the context and the logs). */
export function requestId(logger: Logger): Middleware {
  return (req, res, next) => {
    const id = randomUUID();
    res.locals.requestId = id;
    res.setHeader("X-Request-Id", id);
    if (logger.isLevelEnabled("debug")) {
      const started = process.hrtime.bigint();
      // The path only: query strings and bodies may carry personal data.
      res.on("finish", () =>
        logger.debug(
          { requestId: id, method: req.method, path: req.path, status: res.statusCode, ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000 },
          "request",
        ),
      );
    }
    next();
  };
}

/** The id requestId gave the response; undefined before it ran (res.locals is untyped, so it is read here once). */
export function requestIdOf(res: Response): string | undefined {
  const id: unknown = res.locals.requestId;
  return typeof id === "string" ? id : undefined;
}
