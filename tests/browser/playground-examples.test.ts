import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startTestApi, type TestApi } from "../support/api.js";
import { chromiumAvailable, launchChromium, type TestBrowser } from "../support/browser.js";

describe.skipIf(!chromiumAvailable)("the playground's examples in Chromium", () => {
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

  it("opens the budget follow-up in a new tab with the logged-in user's ids and token, and it runs", async () => {
    const page = await chrome.browser.newPage({ locale: "da-DK", viewport: { width: 1400, height: 1000 } });
    await page.goto(`${api.url}/graphql`);
    await page.locator(".graphiql-container").waitFor({ timeout: 20_000 });
    // The pane is open from the start, with every example.
    await page.getByRole("heading", { name: "Eksempler" }).waitFor();
    // Every example in apps/portal/src/playground/examples/: 7 for Brug for alle, 9 for setting a new project up.
    expect(await page.getByRole("button", { name: /^Åbn .* i en ny fane$/ }).count()).toBe(16);
    // GraphiQL's parts the playground may supply are Danish: the toolbar, and tabs named by their query.
    await page.getByRole("button", { name: /^Kopiér forespørgslen/ }).waitFor();
    expect(await page.getByRole("button", { name: /^Copy query/ }).count()).toBe(0);
    expect(await page.locator(".graphiql-tab-active").innerText()).toContain("MineProjekter");

    await page.getByLabel("E-mail").fill("leder@overblik.demo");
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Hent token" }).click();
    await expect.poll(() => page.locator("body").innerText()).toContain("Logget ind som Lars Leder");

    const tabsBefore = await page.locator(".graphiql-tab").count();
    await page.getByRole("button", { name: "Åbn Budgetopfølgning i en ny fane" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "id'er fra dine projekter" }).count()).toBe(1);
    await expect.poll(() => page.locator(".graphiql-tab").count()).toBe(Math.max(tabsBefore, 1) + 1);
    await expect.poll(() => page.locator(".graphiql-tab-active").innerText()).toContain("Budgetopfoelgning");

    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => page.locator(".graphiql-response").innerText(), { timeout: 20_000 }).toContain("1193000.00");
    expect(await page.locator(".graphiql-response").innerText()).not.toContain("errors");

    // An example the leader may not run says so, and which login may, before a run answers FORBIDDEN.
    await page.getByRole("button", { name: "Åbn Tovholderens overblik i en ny fane" }).click();
    await expect
      .poll(() => page.locator(".playground-examples-status").innerText())
      .toBe(`"Tovholderens overblik" er åbnet i en ny fane, men din bruger må ikke koordinere borgernes forløb i projektet, så API'et svarer FORBIDDEN. Log ind som tovholder@overblik.demo, og åbn eksemplet igen.`);
    await page.close();
  });

  it("sets a new project up from the pane: the next step is opened with the project the previous one created", async () => {
    const page = await chrome.browser.newPage({ locale: "da-DK", viewport: { width: 1400, height: 1000 } });
    await page.goto(`${api.url}/graphql`);
    await page.locator(".graphiql-container").waitFor({ timeout: 20_000 });
    await page.getByLabel("E-mail").fill("admin@overblik.demo");
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Hent token" }).click();
    await expect.poll(() => page.locator("body").innerText()).toContain("Logget ind som Anna Administrator");

    /** Opens an example from the pane, runs it, and answers the response's text once it has one. */
    async function runExample(title: string, tabName: string): Promise<string> {
      await page.getByRole("button", { name: `Åbn ${title} i en ny fane` }).click();
      await expect.poll(() => page.getByRole("status").filter({ hasText: `"${title}" er åbnet i en ny fane med id'er` }).count()).toBe(1);
      await expect.poll(() => page.locator(".graphiql-tab-active").innerText()).toContain(tabName);
      await page.locator(".graphiql-execute-button").click();
      await expect.poll(() => page.locator(".graphiql-response").innerText(), { timeout: 20_000 }).toContain(`"data"`);
      // The editor wraps long lines and may space with no-break spaces: one plain space for every run.
      return (await page.locator(".graphiql-response").innerText()).replace(/\s+/g, " ");
    }

    const created = await runExample("Opret et projekt", "OpretProjekt");
    expect(created).not.toContain("errors");
    expect(created).toMatch(/"code": "EKS[0-9A-Z]{6,7}"/);
    expect(created).toContain(`"myRoles": [ "LEADER", "ADMIN" ]`);
    // The next step is opened with the new project's id, found by its code with the administrator's token (a
    // placeholder would be refused): the budget is created there, for the project's three years.
    const year = new Date().getFullYear() + 1;
    const budget = await runExample("Opret budgettet", "OpretBudget");
    expect(budget).not.toContain("errors");
    expect(budget).toContain(`"years": [ ${year}, ${year + 1}, ${year + 2} ], "status": "DRAFT"`);
    await page.close();
  });
});
