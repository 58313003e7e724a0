import type { Express } from "express";
import type { ServerDeps } from "../context.js";
import { exportRouter } from "../modules/export/export.routes.js";
import { oidcRouter } from "../modules/oidc/oidc.routes.js";
import { noStore } from "./app.js";

/** The routes beside GraphQL: file exports (cookie or bearer auth, as GraphQL) and single sign-on's redirects. */
export function mountExportsAndSignOn(app: Express, deps: ServerDeps): void {
  app.use("/export", exportRouter(deps));
  app.use("/auth/oidc", noStore, oidcRouter(deps, deps.oidc));
}
