// Its subject is the demo data: the playground's examples for Brug for alle run against the demo (its ids, its users, its 1.193 t.kr.).
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../support/api.js";
import { chromiumAvailable } from "../support/browser.js";
import { portalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("the playground's examples for Brug for alle in Chromium", () => {
  const portal = portalSuite();

  it("opens the budget follow-up in a new tab with the logged-in user's ids and token, and it runs", async () => {
    const page = await portal.newPage();
    await page.goto(`${portal.api.url}/graphql`);
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
    // The ids are looked up as the leader before the tab opens; on a loaded 2-core machine that has taken over 10 s.
    // The status's text is polled (not a count), so a failure says which message the playground gave instead.
    await expect
      .poll(() => page.locator(".playground-examples-status").innerText(), { timeout: 20_000 })
      .toContain("er åbnet i en ny fane med id'er fra dine projekter");
    await expect.poll(() => page.locator(".graphiql-tab").count()).toBe(Math.max(tabsBefore, 1) + 1);
    await expect.poll(() => page.locator(".graphiql-tab-active").innerText()).toContain("Budgetopfoelgning");

    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => page.locator(".graphiql-response").innerText(), { timeout: 20_000 }).toContain("1193000.00");
    expect(await page.locator(".graphiql-response").innerText()).not.toContain("errors");

    // An example the leader may not run says so, and which login may, before a run answers FORBIDDEN.
    await page.getByRole("button", { name: "Åbn Tovholderens overblik i en ny fane" }).click();
    await expect
      .poll(() => page.locator(".playground-examples-status").innerText())
      .toBe(
        `"Tovholderens overblik" er åbnet i en ny fane, men din bruger må ikke koordinere borgernes forløb i projektet, så API'et svarer FORBIDDEN. Log ind som tovholder@overblik.demo, og åbn eksemplet igen.`,
      );
    await page.close();
  });
});
