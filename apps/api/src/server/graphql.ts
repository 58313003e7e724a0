import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import cookieParser from "cookie-parser";
import express from "express";
import { buildContext, type Context, type ServerDeps } from "../context.js";
import { noStore, type Middleware } from "./app.js";

/**
 * What a GraphQL request goes through after the middlewares every request gets: no-store, the session cookie,
 * the JSON body (imports send files as base64, hence the limit) and Apollo with the request's context.
 */
export function graphqlMiddlewares(apollo: ApolloServer<Context>, deps: ServerDeps): Middleware[] {
  return [
    noStore,
    cookieParser(),
    express.json({ limit: "15mb" }),
    expressMiddleware(apollo, { context: async ({ req, res }) => buildContext(deps, req, res) }),
  ];
}
