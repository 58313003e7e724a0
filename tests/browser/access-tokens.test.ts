import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("personal access tokens in Chromium", () => {
  const portal = emptyPortalSuite();

  it("lets a developer create a token in the portal, shown once, and use it in the playground", async () => {
    // A developer with no project: the token page and the playground need nothing else.
    const developer = await makeUser(portal.api.dataSource, { name: "Dina Udvikler", globalRoles: ["DEVELOPER"] });
    const page = await portal.loggedIn(developer.email, "/");
    await page.getByRole("link", { name: "Adgangstokens" }).click();
    await page.getByRole("heading", { name: "Adgangstokens", level: 1 }).waitFor();
    await page.getByLabel("Navn").fill("Min legeplads");
    await page.getByRole("button", { name: "Opret token" }).click();
    const token = (await page.getByLabel("Nyt adgangstoken").innerText()).trim();
    expect(token).toMatch(/^ovb_/);
    await expect.poll(() => page.getByRole("table").innerText()).toContain("Min legeplads");

    // A browser of its own, without the portal's session cookie: the playground knows the user by the token alone.
    const playground = await portal.newPage();
    await playground.goto(`${portal.api.url}/graphql`);
    await playground.locator(".graphiql-container").waitFor({ timeout: 20_000 });
    await playground.getByLabel("Eller indsæt et token").fill(token);
    await playground.getByRole("button", { name: "Brug token" }).click();
    await expect.poll(() => playground.locator("body").innerText()).toContain("Dina Udvikler");
    await playground.close();

    await page.getByRole("button", { name: /Tilbagekald/ }).click();
    await expect.poll(() => page.getByRole("table").innerText()).toContain("Tilbagekaldt");
    await page.close();
  });
});
