import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";
import type { Middleware } from "./app.js";

/** A strict CSP that names no external host: the portal and the playground are served from this origin only. */
function helmetMiddleware() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // GraphiQL and Monaco set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        workerSrc: ["'self'", "blob:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Plain http on a closed network must keep working; a TLS proxy in front sets HSTS.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The headers a middleware sets when it sets the same ones on every response (helmet with a fixed
 * configuration and no nonce): run once against a recording response. Throws if it does not finish at once.
 */
export function fixedHeaders(middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  let called = false;
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.push([name, String(value)]);
      return recorder;
    },
    // helmet removes X-Powered-By; the app never sets it (createApp).
    removeHeader() {},
  };
  middleware({ headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error("fixedHeaders: the middleware failed", { cause: error });
    called = true;
  });
  if (!called) throw new Error("fixedHeaders: the middleware did not finish at once");
  return headers;
}

/**
 * helmet's headers for every response. Its configuration is fixed, so they are the same on every response:
 * recorded once at start and set from that list (helmet rebuilds the CSP string on each call).
 */
export function securityHeaders(): Middleware {
  const headers = fixedHeaders(helmetMiddleware());
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
