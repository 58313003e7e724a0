import type { NextFunction, Request, Response } from "express";
import { statSync, type Stats } from "node:fs";
import { extname, resolve, sep } from "node:path";

/** The encodings the portal's build writes beside each text file (apps/portal/build/precompress.ts), best first. */
const PRECOMPRESSED = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

/** Vite names every file under /assets by its content's hash: a changed file gets a new address. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html and the playground's page name the current hashes: the browser asks each time (a 304 if unchanged). */
const REVALIDATE = "no-cache";

/** The q-value the Accept-Encoding header gives `coding` (RFC 9110 §12.5.3): its own entry, else `*`, else 0. */
export function acceptedQuality(header: string | undefined, coding: string): number {
  let wildcard = 0;
  for (const part of (header ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    const quality = Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0;
    if (name.trim() === coding) return quality;
    if (name.trim() === "*") wildcard = quality;
  }
  return wildcard;
}

function fileStat(path: string): Stats | null {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat?.isFile() ? stat : null;
}

/**
 * The built portal from `root`, sent as brotli or gzip when the browser accepts it and the build wrote the
 * variant, with `Vary: Accept-Encoding` and the plain file's Content-Type; hashed files under /assets cached for
 * a year, everything else revalidated.
 */
export function portalFiles(root: string) {
  const base = resolve(root);

  /** Sends `relative` (a path inside root, "/" separated), or calls next() when there is no such file. */
  const send = (req: Request, res: Response, next: NextFunction, relative: string) => {
    const file = resolve(base, `.${relative}`);
    if (!file.startsWith(base + sep) || !fileStat(file)) return next();
    const accept = req.headers["accept-encoding"];
    const variant = PRECOMPRESSED.find(({ encoding, suffix }) => acceptedQuality(accept, encoding) > 0 && fileStat(file + suffix));
    const sent = variant ? file + variant.suffix : file;
    const stat = fileStat(sent);
    if (!stat) return next();
    res.vary("Accept-Encoding");
    res.setHeader("Cache-Control", relative.startsWith("/assets/") ? IMMUTABLE : REVALIDATE);
    // Set before sendFile, which then keeps it: the type is the plain file's, not that of ".br".
    res.type(extname(file));
    if (variant) res.setHeader("Content-Encoding", variant.encoding);
    // The app turns ETags off (GraphQL answers), and sendFile follows it: the file's own, as serve-static makes
    // it (size and time), so a browser revalidating index.html gets a 304.
    res.setHeader("ETag", `W/"${stat.size.toString(16)}-${stat.mtime.getTime().toString(16)}"`);
    res.sendFile(sent, { cacheControl: false, dotfiles: "deny" }, (error) => {
      if (error && !res.headersSent) {
        // The error handler's answer is neither compressed nor to be kept.
        for (const header of ["Content-Encoding", "ETag", "Cache-Control"]) res.removeHeader(header);
        next(error);
      }
    });
  };

  /** Middleware for any GET or HEAD whose path names a file of the build (no dot-segments, no hidden files). */
  const middleware = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    if (path.includes("\0") || path.split("/").some((segment) => segment.startsWith("."))) return next();
    send(req, res, next, path);
  };

  return { middleware, send };
}
