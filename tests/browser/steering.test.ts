import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startTestApi, type TestApi } from "../support/api.js";
import { chromiumAvailable, launchChromium, type TestBrowser } from "../support/browser.js";

// axe-core from our own node_modules, injected as a script: nothing is fetched from another host.
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it stands; the serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the portal's CSP (rightly) refuses inline scripts.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return { violations: result.violations, passes: result.passes.length };
  });
  // The check ran: axe found rules that apply and pass (colour contrast, labels, landmarks …).
  expect(result.passes).toBeGreaterThan(10);
  const violations = result.violations;
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe.skipIf(!chromiumAvailable)("the styregruppe's screens in Chromium", () => {
  let api: TestApi;
  let chrome: TestBrowser;
  let bfaId: string;

  beforeAll(async () => {
    api = await startTestApi({ portalDist: DEFAULT_PORTAL_DIST });
    chrome = await launchChromium();
    const rows: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM project WHERE code = 'BFA'`);
    bfaId = rows[0]?.id ?? "";
  });
  afterAll(async () => {
    await chrome?.close();
    await api?.close();
  });

  async function loggedIn(email: string, path: string): Promise<Page> {
    const page = await chrome.browser.newPage({ locale: "da-DK", viewport: { width: 1400, height: 1000 } });
    await page.goto(api.url);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("heading", { name: "Projekter" }).waitFor();
    await page.goto(`${api.url}${path}`);
    return page;
  }

  it("shows the portfolio with both lights and their rules, and passes axe-core", async () => {
    const page = await loggedIn("styregruppe@overblik.demo", "/styregruppe?dato=2013-08-01");
    await page.getByRole("heading", { name: "Portefølje" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("Brug for alle");
    const text = await page.locator("main").innerText();
    expect(text).toContain("JobFirst");
    expect(text).toMatch(/Samtale holdt med \d+ af \d+ borgere i forløbet/);
    expect(text).not.toMatch(/BFA-\d{4}/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows Brug for alle's dashboard with the planner's figures, <5 and no citizen, and passes axe-core", async () => {
    const page = await loggedIn("styregruppe@overblik.demo", `/projekter/${bfaId}/styregruppe?dato=2013-08-01`);
    await page.getByRole("heading", { name: "Styregruppens overblik" }).waitFor();
    await expect.poll(() => page.locator("main").innerText(), { timeout: 15_000 }).toContain("Fra målgruppe til resultat");
    const text = await page.locator("main").innerText();
    // The budget planner's own spend, in Danish kroner.
    const [spent]: Array<{ s: string }> = await api.dataSource.query(
      `SELECT sum(p.amount_ore)::text AS s FROM budget_posting p JOIN budget_line l ON l.id = p.budget_line_id JOIN budget b ON b.id = l.budget_id
        WHERE b.project_id = $1 AND l.side = 'EXPENSE' AND p.posting_date <= '2013-08-01'`,
      [bfaId],
    );
    const kroner = new Intl.NumberFormat("da-DK").format(BigInt(spent?.s ?? "0") / 100n);
    expect(text).toContain(kroner);
    expect(text).toMatch(/Målgruppe\s+221/);
    expect(text).toMatch(/Blå\s+<5\s+<5/);
    expect(text).not.toMatch(/BFA-\d{4}/);
    expect(await page.locator("main svg").count()).toBeGreaterThan(2);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("lets the tovholder close a meeting pack, which then shows its frozen figures", async () => {
    const page = await loggedIn("tovholder@overblik.demo", `/projekter/${bfaId}/styregruppe?dato=2013-03-01`);
    await page.getByRole("heading", { name: "Mødepakker" }).waitFor({ timeout: 15_000 });
    await page.getByLabel("Tovholderens kommentarer til mødet").fill("Forløbet følger planen.");
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "Luk pakke til møde d. 01.03.2013" }).click();
    await page.getByRole("link", { name: "Mødet d. 01.03.2013" }).click();
    await page.getByRole("heading", { name: "Mødepakke til mødet d. 01.03.2013" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("Forløbet følger planen.");
    // A pack is what the styregruppe sees, even when the tovholder closed it.
    expect(await page.locator("main").innerText()).toMatch(/Blå\s+<5\s+<5/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
