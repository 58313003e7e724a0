import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

/**
 * Issue #19, item 3 (and item 2's dashboard without a token): the footer link "Tilgængelighedserklæring" on the login
 * page and on each kind of page, and /was sending the browser on to the installation's statement. The machine has no
 * internet: what counts is that the browser asks for the statement's address, redirected from /was.
 */
const STATEMENT = "https://www.was.digst.dk/app/da-DK/statement/overblik-testkommune";

async function footerLink(page: Page): Promise<string | null> {
  const link = page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" });
  await link.waitFor();
  return link.getAttribute("href");
}

describe.skipIf(!chromiumAvailable)("the accessibility statement in Chromium", () => {
  const portal = emptyPortalSuite({ accessibilityStatementUrl: STATEMENT });

  it("links every page to /was, which sends the browser to the configured statement", async () => {
    const user = await makeUser(portal.api.dataSource, { name: "Alma Admin", globalRoles: ["ADMIN"] });
    const project = await makeProject(portal.api.dataSource, { name: "Alle i job", municipalityCodes: ["183"] });
    for (const role of ["LEADER", "TOVHOLDER", "STYREGRUPPE"] as const) await addMember(portal.api.dataSource, project.id, user.id, role);

    const login = await portal.newPage();
    await login.goto(portal.api.url);
    await login.getByRole("button", { name: "Log ind" }).waitFor();
    expect(await footerLink(login)).toBe("/was");
    await login.close();

    const p = `/projekter/${project.id}`;
    const paths = ["/", p, `${p}/budget`, `${p}/borgere`, `${p}/forloeb`, "/styregruppe", `${p}/styregruppe`, "/brugere", "/adgangstokens", "/findes-ikke"];
    const page = await portal.loggedIn(user.email, "/");
    const headings: string[] = [];
    for (const path of paths) {
      await page.goto(`${portal.api.url}${path}`);
      const h1 = page.locator("main h1").first();
      await h1.waitFor();
      headings.push((await h1.innerText()).trim());
      expect(await footerLink(page), path).toBe("/was");
    }
    // Each page was itself (its own heading), not a loading screen or an error; the last one is the not-found page.
    expect(headings.slice(0, -1).filter((h) => /findes ikke|ingen adgang/i.test(h))).toEqual([]);
    expect(new Set(headings).size).toBeGreaterThanOrEqual(6);

    // The styregruppe's dashboard without a token: the benchmark says so, apart from the effect, and the rest loads.
    await page.goto(`${portal.api.url}${p}/styregruppe`);
    const benchmark = page.getByRole("region", { name: "Sammenligning med landstal (benchmark)" });
    await expect.poll(() => benchmark.innerText()).toContain("ingen nøgle (JOBINDSATS_TOKEN)");
    expect(await benchmark.innerText()).toContain("Et landstal er ikke en effekt.");
    await page.getByRole("region", { name: "Fra målgruppe til resultat", exact: true }).waitFor();

    // The playground carries the link too.
    const playground = await portal.newPage();
    await playground.goto(`${portal.api.url}/graphql`);
    await playground.getByRole("link", { name: "Tilgængelighedserklæring" }).waitFor({ timeout: 20_000 });
    await playground.close();

    // Following the link: /was answers 302 and the browser asks for the statement (which this offline machine cannot reach).
    const [request] = await Promise.all([
      page.waitForRequest(STATEMENT),
      page.getByRole("contentinfo").getByRole("link", { name: "Tilgængelighedserklæring" }).click(),
    ]);
    expect(request.redirectedFrom()?.url()).toBe(`${portal.api.url}/was`);
    expect(request.isNavigationRequest()).toBe(true);
    await page.close();
  });
});
