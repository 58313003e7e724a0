import type { Express } from "express";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { portalFiles } from "../common/static-files.js";
import type { Middleware } from "./app.js";

/** apps/portal/dist, from apps/api/dist/server/ (and from apps/api/src/server/ under vitest). */
export const DEFAULT_PORTAL_DIST = fileURLToPath(new URL("../../../portal/dist", import.meta.url));

/** The built portal and the playground, both from `portalDist` (apps/portal's `vite build`). */
export function portal(portalDist: string) {
  const files = portalFiles(portalDist);
  const playgroundHtml = join(portalDist, "playground.html");
  const portalIndex = join(portalDist, "index.html");

  /** GET /graphql: a browser opening it gets the playground (GraphiQL from our own build, no CDN); others go on. */
  const playground: Middleware = (req, res, next) => {
    const wantsHtml = req.accepts(["application/json", "text/html"]) === "text/html" && !req.query.query;
    if (!wantsHtml) return next();
    if (!existsSync(playgroundHtml)) {
      res.status(503).type("text/plain; charset=utf-8").send("Legepladsen er ikke bygget. Kør npm start (eller npm run build).");
      return;
    }
    files.send(req, res, next, "/playground.html");
  };

  /** The portal's files, and its index.html for any other GET (the portal routes in the browser); after the API's routes. */
  const mount = (app: Express) => {
    if (existsSync(portalIndex)) {
      // Precompressed (brotli or gzip) and cached by name: apps/portal/build/precompress.ts writes the variants.
      app.use(files.middleware);
      app.get(/^\/(?!graphql|healthz|export|auth\/oidc).*/, (req, res, next) => files.send(req, res, next, "/index.html"));
    } else {
      app.get("/", (_req, res) => res.type("text/plain; charset=utf-8").send("Overblik API. Portalen er ikke bygget: kør npm start (eller npm run build)."));
    }
  };

  return { playground, mount };
}
