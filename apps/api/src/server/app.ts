import express, { type Express, type NextFunction, type Request, type Response } from "express";

/** One middleware as Express calls it; a promise it returns is awaited by Express 5 (a rejection goes to next). */
export type Middleware = (req: Request, res: Response, next: NextFunction) => unknown;

/** The Express app with the settings every response shares. */
export function createApp(): Express {
  const app = express();
  app.disable("x-powered-by");
  // No ETag on GraphQL answers and exports (a SHA-1 of every response body); the portal's files get theirs
  // from common/static-files.ts.
  app.set("etag", false);
  return app;
}

/** GraphQL answers hold personal data and rights-dependent figures: never stored by a browser or a proxy. */
export const noStore: Middleware = (_req, res, next) => {
  res.setHeader("Cache-Control", "no-store");
  next();
};
