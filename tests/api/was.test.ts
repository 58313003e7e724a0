import { startServer, createLogger, type RunningServer } from "@overblik/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, TEST_KEYS, type TestApi } from "../support/api.js";

/** Issue #19, item 3: /was sends the browser to the installation's accessibility statement, or says how to set it. */

const STATEMENT = "https://www.was.digst.dk/overblik-test-kommune";
let api: TestApi;
let unconfigured: RunningServer;

beforeAll(async () => {
  api = await startTestApi({ seed: false, accessibilityStatementUrl: STATEMENT });
  unconfigured = await startServer(
    { dataSource: api.dataSource, logger: createLogger("silent"), sessionSecret: "test-secret-test-secret-test-secret-0123", personalDataKeys: TEST_KEYS },
    0,
  );
});

afterAll(async () => {
  await unconfigured.close();
  await api.close();
});

describe("GET /was", () => {
  it("redirects (302) to the configured statement", async () => {
    const response = await fetch(`${api.url}/was`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(STATEMENT);
  });

  it("without a configured statement: a Danish page saying so and how to set it", async () => {
    const response = await fetch(`${unconfigured.url}/was`, { redirect: "manual" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain("har endnu ikke angivet sin tilgængelighedserklæring");
    expect(html).toContain("ACCESSIBILITY_STATEMENT_URL");
  });
});
