import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
beforeAll(async () => {
  // Health, request ids and CSRF need no rows: an empty database.
  api = await startTestApi({ seed: false });
});
afterAll(() => api?.close());

describe("GET /healthz", () => {
  it("answers 200 while the database is reachable and 503 when it is not", async () => {
    const ok = await fetch(`${api.url}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "ok", database: "ok" });

    await api.dataSource.destroy();
    const down = await fetch(`${api.url}/healthz`);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { database: string }).database).toBe("unreachable");
    await api.dataSource.initialize();
  });

  it("answers every response with a request id", async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("refuses a GET query without the CSRF-safe content type (Apollo's CSRF prevention)", async () => {
    const res = await fetch(`${api.url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(res.status).toBe(400);
  });
});
