import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startTestApi, type TestApi } from "../support/api.js";
import { chromiumAvailable, launchChromium, type TestBrowser } from "../support/browser.js";

describe.skipIf(!chromiumAvailable)("personal access tokens in Chromium", () => {
  let api: TestApi;
  let chrome: TestBrowser;

  beforeAll(async () => {
    api = await startTestApi({ portalDist: DEFAULT_PORTAL_DIST });
    chrome = await launchChromium();
  });
  afterAll(async () => {
    await chrome?.close();
    await api?.close();
  });

  it("lets a developer create a token in the portal, shown once, and use it in the playground", async () => {
    const page = await chrome.browser.newPage({ locale: "da-DK", viewport: { width: 1400, height: 1000 } });
    await page.goto(api.url);
    await page.getByLabel("E-mail").fill("udvikler@overblik.demo");
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("link", { name: "Adgangstokens" }).click();
    await page.getByRole("heading", { name: "Adgangstokens", level: 1 }).waitFor();
    await page.getByLabel("Navn").fill("Min legeplads");
    await page.getByRole("button", { name: "Opret token" }).click();
    const token = (await page.getByLabel("Nyt adgangstoken").innerText()).trim();
    expect(token).toMatch(/^ovb_/);
    await expect.poll(() => page.getByRole("table").innerText()).toContain("Min legeplads");

    const playground = await chrome.browser.newPage({ locale: "da-DK", viewport: { width: 1400, height: 1000 } });
    await playground.goto(`${api.url}/graphql`);
    await playground.locator(".graphiql-container").waitFor({ timeout: 20_000 });
    await playground.getByLabel("Eller indsæt et token").fill(token);
    await playground.getByRole("button", { name: "Brug token" }).click();
    await expect.poll(() => playground.locator("body").innerText()).toContain("Ulrik Udvikler");
    await playground.close();

    await page.getByRole("button", { name: /Tilbagekald/ }).click();
    await expect.poll(() => page.getByRole("table").innerText()).toContain("Tilbagekaldt");
    await page.close();
  });
});
