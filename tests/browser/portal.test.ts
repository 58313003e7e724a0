import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startTestApi, type TestApi } from "../support/api.js";
import { chromiumAvailable, INSTALL_HINT, launchChromium, type TestBrowser } from "../support/browser.js";
import { testEnv } from "../support/env.js";

if (!chromiumAvailable) {
  if (testEnv.ci) {
    // In CI a missing browser is a failure, not a skip.
    describe("browser tests", () => {
      it("need Chromium", () => {
        expect.fail(INSTALL_HINT);
      });
    });
  } else {
    process.stderr.write(`Browsertests springes over. ${INSTALL_HINT}\n`);
  }
}

describe.skipIf(!chromiumAvailable)("the portal in Chromium", () => {
  let api: TestApi;
  let chrome: TestBrowser;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    api = await startTestApi({ portalDist: DEFAULT_PORTAL_DIST });
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
    await api?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await chrome.browser.newPage({ locale: "da-DK" });
    page.on("request", (request) => {
      const host = new URL(request.url()).hostname;
      if (!["localhost", "127.0.0.1"].includes(host) && !request.url().startsWith("data:")) foreignRequests.push(request.url());
    });
    return page;
  }

  it("logs the leader in and shows the Brug for alle budget: 1.193.000 kr. on both sides, in balance", async () => {
    const page = await newPage();
    await page.goto(api.url);
    await page.getByRole("heading", { name: "Log ind på Overblik" }).waitFor();
    await page.getByLabel("E-mail").fill("leder@overblik.demo");
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();

    await page.getByRole("heading", { name: "Projekter" }).waitFor();
    await page.getByRole("link", { name: "Brug for alle" }).click();
    await page.getByRole("heading", { name: "Brug for alle", level: 1 }).waitFor();

    const body = await page.locator("main").innerText();
    expect(body).toContain("1.193.000 kr.");
    expect(body).toContain("Budgettet er i balance");
    expect(body).toContain("Kompetenceudvikling");
    expect(body).toMatch(/185\.000 kr\./);
    expect(await page.getByRole("table").count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it("refuses a wrong password with the server's Danish message", async () => {
    const page = await newPage();
    await page.goto(api.url);
    await page.getByLabel("E-mail").fill("leder@overblik.demo");
    await page.getByLabel("Adgangskode").fill("forkert");
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("Forkert e-mail eller adgangskode, eller kontoen er midlertidigt låst");
    await page.close();
  });

  it("serves the GraphQL playground from our own build under a strict CSP, runs a query, with no request to any other host", async () => {
    const page = await newPage();
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    const response = await page.goto(`${api.url}/graphql`);
    expect(response?.status()).toBe(200);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    await page.locator(".graphiql-container").waitFor({ timeout: 20_000 });
    expect(await page.title()).toContain("GraphQL-legeplads");
    await page.getByLabel("E-mail").fill("leder@overblik.demo");
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Hent token" }).click();
    await expect.poll(() => page.locator("body").innerText()).toContain("Logget ind som Lars Leder");
    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => page.locator(".graphiql-response").innerText(), { timeout: 20_000 }).toContain("1193000.00");
    expect(violations).toEqual([]);
    await page.close();
    expect(foreignRequests).toEqual([]);
  });
});
