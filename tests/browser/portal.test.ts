import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, INSTALL_HINT } from "../support/browser.js";
import { testEnv } from "../support/env.js";
import { FIXTURE_PASSWORD, makeBudgetThroughApi, makeProject } from "../support/fixtures.js";
import { makeMembers, type Member } from "../support/fixtures-browser.js";
import { emptyPortalSuite } from "../support/portal.js";

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
  const portal = emptyPortalSuite();
  let leader: Member;

  // A project with an approved budget of 250.000 kr. on each side (the demo's own figures are portal.demo.test.ts's).
  beforeAll(async () => {
    const { dataSource, url } = portal.api;
    const project = await makeProject(dataSource, { name: "Balance i Ishøj", startDate: "2026-01-01", endDate: "2026-12-31", municipalityCodes: ["183"] });
    const [l, styregruppe] = (await makeMembers(dataSource, url, project.id, [
      { name: "Lars Leder", role: "LEADER" },
      { name: "Sofie Styregruppe", role: "STYREGRUPPE" },
    ])) as [Member, Member];
    leader = l;
    await makeBudgetThroughApi(
      url,
      project.id,
      [
        { side: "INCOME", name: "Puljetilskud", amounts: [{ year: 2026, amount: "250000.00" }] },
        { side: "EXPENSE", name: "Tovholder frikøb", amounts: [{ year: 2026, amount: "250000.00" }] },
      ],
      { leader: leader.token, styregruppe: styregruppe.token },
      { startYear: 2026, endYear: 2026 },
    );
  });

  /** A new page that collects every request it sends to a host other than the portal's own into `foreign`. */
  async function newPage(foreign: string[]): Promise<Page> {
    const page = await portal.newPage();
    page.on("request", (request) => {
      const host = new URL(request.url()).hostname;
      if (!["localhost", "127.0.0.1"].includes(host) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    return page;
  }

  it("refuses a wrong password with the server's Danish message, then logs the leader in to the project's budget in balance, with no request to any other host", async () => {
    const foreign: string[] = [];
    const page = await newPage(foreign);
    await page.goto(portal.api.url);
    await page.getByRole("heading", { name: "Log ind på Overblik" }).waitFor();
    await page.getByLabel("E-mail").fill(leader.email);
    await page.getByLabel("Adgangskode").fill("forkert");
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("Forkert e-mail eller adgangskode, eller kontoen er midlertidigt låst");

    await page.getByLabel("Adgangskode").fill(FIXTURE_PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("heading", { name: "Projekter" }).waitFor();
    await page.getByRole("link", { name: "Balance i Ishøj" }).click();
    await page.getByRole("heading", { name: "Balance i Ishøj", level: 1 }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("250.000 kr.");
    expect(await page.locator("main").innerText()).toContain("Budgettet er i balance");
    await page.close();
    expect(foreign).toEqual([]);
  });

  it("serves the GraphQL playground from our own build under a strict CSP, runs a query, with no request to any other host", async () => {
    const foreign: string[] = [];
    const page = await newPage(foreign);
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    const response = await page.goto(`${portal.api.url}/graphql`);
    expect(response?.status()).toBe(200);
    const csp = response?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    await page.locator(".graphiql-container").waitFor({ timeout: 20_000 });
    expect(await page.title()).toContain("GraphQL-legeplads");
    await page.getByLabel("E-mail").fill(leader.email);
    await page.getByLabel("Adgangskode").fill(FIXTURE_PASSWORD);
    await page.getByRole("button", { name: "Hent token" }).click();
    await expect.poll(() => page.locator("body").innerText()).toContain("Logget ind som Lars Leder");
    await page.locator(".graphiql-execute-button").click();
    // The default query lists the user's projects with their budget totals: 250.000 kr. on each side.
    await expect.poll(() => page.locator(".graphiql-response").innerText(), { timeout: 20_000 }).toContain("250000.00");
    expect(violations).toEqual([]);
    await page.close();
    expect(foreign).toEqual([]);
  });
});
