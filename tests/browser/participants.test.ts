import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startTestApi, type TestApi } from "../support/api.js";
import { chromiumAvailable, launchChromium, type TestBrowser } from "../support/browser.js";

describe.skipIf(!chromiumAvailable)("citizens in Chromium", () => {
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

  it("lets the tovholder move a card on the colour board with a reason, which lands in the history", async () => {
    const page = await loggedIn("tovholder@overblik.demo", `/projekter/${bfaId}/farver`);
    await page.getByRole("heading", { name: "Farvetavle" }).waitFor();
    const before: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM participant_colour_change WHERE reason = 'Flyttet i browsertest'`);
    await page.getByRole("button", { name: /^Flyt .* til en anden farve$/ }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Rød").check();
    await dialog.getByLabel("Begrundelse").fill("Flyttet i browsertest");
    await dialog.getByRole("button", { name: "Flyt borgeren" }).click();
    await dialog.waitFor({ state: "hidden" });
    const after: Array<{ n: number; to: string }> = await api.dataSource.query(
      `SELECT count(*)::int AS n, max(to_colour) AS to FROM participant_colour_change WHERE reason = 'Flyttet i browsertest'`,
    );
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(1);
    expect(after[0]?.to).toBe("ROED");
    const logged: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE action = 'CHANGE' AND purpose = 'Farveskift'`);
    expect(logged[0]?.n).toBe(1);
    await page.close();
  });

  it("shows the styregruppe only numbers, with small counts as <5, and no list of citizens", async () => {
    const page = await loggedIn("styregruppe@overblik.demo", `/projekter/${bfaId}/statistik`);
    await page.getByRole("heading", { name: "Borgere i tal" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("<5");
    const text = await page.locator("main").innerText();
    expect(text).toContain("Tal under 5 vises som <5");
    expect(text).not.toMatch(/BFA-\d{4}/);
    const listLogged: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM access_log l JOIN app_user u ON u.id = l.user_id WHERE u.email = 'styregruppe@overblik.demo'`,
    );
    expect(listLogged[0]?.n).toBe(0);
    await page.close();
  });
});
