// The built portal as the API sends it: precompressed brotli or gzip when asked for (apps/portal/build/precompress.ts
// writes them), the plain file otherwise, cached for a year when the name carries a hash. Needs `npm run build`.
import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import { existsSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../support/api.js";

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http, not fetch: fetch decompresses by itself and adds an Accept-Encoding of its own. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function decoded(res: RawResponse): Buffer {
  switch (res.headers["content-encoding"]) {
    case "br":
      return brotliDecompressSync(res.body);
    case "gzip":
      return gunzipSync(res.body);
    default:
      return res.body;
  }
}

const indexHtml = join(DEFAULT_PORTAL_DIST, "index.html");
let api: TestApi;
let index: Buffer;
/** The portal's entry script, e.g. /assets/index-Cdp2HCos.js. */
let entry: string;

beforeAll(async () => {
  if (!existsSync(indexHtml)) throw new Error(`Portalen er ikke bygget (${indexHtml} mangler): kør npm run build først.`);
  index = readFileSync(indexHtml);
  entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(index.toString("utf8"))?.[1] ?? "";
  api = await startTestApi({ seed: false, portalDist: DEFAULT_PORTAL_DIST });
});
afterAll(() => api?.close());

describe("the portal's files", () => {
  const encodings = [
    { accept: "gzip, deflate, br, zstd", expected: "br" },
    { accept: "gzip", expected: "gzip" },
    { accept: "br;q=0, gzip;q=0.5", expected: "gzip" },
    { accept: null, expected: undefined },
    { accept: "identity", expected: undefined },
  ];

  it.each(encodings)("a hashed asset with Accept-Encoding $accept: $expected, cached for a year", async ({ accept, expected }) => {
    expect(entry).toMatch(/^\/assets\/index-[\w-]+\.js$/);
    const plain = readFileSync(join(DEFAULT_PORTAL_DIST, entry));
    const res = await rawGet(`${api.url}${entry}`, accept ? { "Accept-Encoding": accept } : {});
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe(expected);
    expect(res.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    if (expected) expect(res.body.length).toBeLessThan(plain.length / 2);
    expect(decoded(res).equals(plain)).toBe(true);
  });

  it.each(encodings)("index.html at a route of the portal with Accept-Encoding $accept: $expected, revalidated", async ({ accept, expected }) => {
    const res = await rawGet(`${api.url}/projekter/123/budget`, accept ? { "Accept-Encoding": accept } : {});
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe(expected);
    expect(res.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    // The strict CSP stays on every page.
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(decoded(res).equals(index)).toBe(true);
  });

  it("the playground's page at GET /graphql, compressed and revalidated", async () => {
    const res = await rawGet(`${api.url}/graphql`, { Accept: "text/html", "Accept-Encoding": "gzip, br" });
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("br");
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(decoded(res).equals(readFileSync(join(DEFAULT_PORTAL_DIST, "playground.html")))).toBe(true);
  });

  it("answers a conditional request for an unchanged file with 304", async () => {
    const first = await rawGet(`${api.url}${entry}`, { "Accept-Encoding": "br" });
    const etag = String(first.headers["etag"]);
    expect(etag).not.toBe("undefined");
    const again = await rawGet(`${api.url}${entry}`, { "Accept-Encoding": "br", "If-None-Match": etag });
    expect(again.status).toBe(304);
  });

  it("never sends a file from outside the build", async () => {
    const res = await rawGet(`${api.url}/assets/..%2f..%2f..%2fpackage.json`, { "Accept-Encoding": "br" });
    // Not a file of the build: the portal's index, as for any address the portal routes itself.
    expect(decoded(res).equals(index)).toBe(true);
  });
});
