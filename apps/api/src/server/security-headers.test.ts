import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { fixedHeaders, securityHeaders } from "./security-headers.js";

/** A response that keeps what is set on it. */
function recordingResponse() {
  const headers = new Map<string, string>();
  return { headers, res: { setHeader: (name: string, value: string) => headers.set(name.toLowerCase(), value) } };
}

describe("security headers", () => {
  it("sets helmet's headers with the strict CSP from the list recorded at start, the same on every response", () => {
    const middleware = securityHeaders();
    const seen: Array<Map<string, string>> = [];
    for (let i = 0; i < 2; i++) {
      const { headers, res } = recordingResponse();
      let nextCalls = 0;
      middleware({} as never, res as never, () => nextCalls++);
      expect(nextCalls).toBe(1);
      seen.push(headers);
    }
    const [first] = seen;
    expect(first?.get("content-security-policy")).toBe(
      "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;font-src 'self' data:;" +
        "worker-src 'self' blob:;connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
    );
    expect(first?.get("x-content-type-options")).toBe("nosniff");
    expect(first?.has("strict-transport-security")).toBe(false);
    expect([...(seen[1] ?? [])]).toEqual([...(first ?? [])]);
  });

  it("refuses to record a middleware that does not finish at once (its headers could differ per request)", () => {
    const later = (_req: IncomingMessage, _res: ServerResponse, next: (error?: unknown) => void) => void setTimeout(next, 0);
    expect(() => fixedHeaders(later)).toThrow(/did not finish at once/);
  });
});
