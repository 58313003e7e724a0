import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, startTestApi, type TestApi } from "../support/api.js";
import { chromiumAvailable, launchChromium, type TestBrowser } from "../support/browser.js";

describe.skipIf(!chromiumAvailable)("the budget planner in Chromium", () => {
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

  async function loggedIn(email: string): Promise<Page> {
    const page = await chrome.browser.newPage({ locale: "da-DK", viewport: { width: 1400, height: 1000 } });
    await page.goto(api.url);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("heading", { name: "Projekter" }).waitFor();
    await page.getByRole("link", { name: "Brug for alle" }).click();
    await page.getByRole("heading", { name: "Brug for alle", level: 1 }).waitFor();
    return page;
  }

  it("lets a leader move 10.000 kr., showing the effect before saving and the corrected budget after", async () => {
    const page = await loggedIn("leder@overblik.demo");
    await page.getByRole("link", { name: "Budgetlinjer" }).click();
    await page.getByRole("button", { name: "Flyt beløb" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Fra linje").selectOption({ label: "Andre udgifter" });
    await dialog.getByLabel("Til linje").selectOption({ label: "Lægekonsulent honorar v/ca. 50 timer" });
    await dialog.getByLabel("Beløb (kr.)").fill("10.000");
    await dialog.getByLabel("Begrundelse").fill("Flere timer hos lægekonsulenten");
    await expect.poll(() => dialog.innerText()).toContain("98.000 kr.");
    await dialog.getByRole("button", { name: "Gem omplacering" }).click();
    await dialog.waitFor({ state: "hidden" });

    const rows: Array<{ original: string; corrected: string }> = await api.dataSource.query(
      `SELECT a.original_amount_ore::text AS original, a.amount_ore::text AS corrected
         FROM budget_line_amount a JOIN budget_line l ON l.id = a.budget_line_id WHERE l.name = 'Lægekonsulent honorar v/ca. 50 timer'`,
    );
    expect(rows).toEqual([{ original: "4000000", corrected: "5000000" }]);
    await expect.poll(() => page.locator("main").innerText()).toContain("50.000");
    await page.close();
  });

  it("imports a finance-system CSV after a preview: errors by row first, then the corrected file", async () => {
    const page = await loggedIn("leder@overblik.demo");
    await page.getByRole("link", { name: "Posteringer" }).click();
    await page.getByRole("heading", { name: "Posteringer", exact: true }).first().waitFor();
    const file = (rows: string[]) => ({
      name: "posteringer.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(["Dato;Bilag;Tekst;Beløb;Linje;Antal", ...rows].join("\r\n"), "latin1"),
    });
    await page.getByLabel("CSV-fil").setInputFiles(file(["01-02-2013;B-1;Honorar;12,345;Andre udgifter;"]));
    await expect.poll(() => page.getByRole("alert").first().innerText()).toContain("intet er importeret");
    expect(await page.locator("main").innerText()).toContain("12,345");

    await page.getByLabel("CSV-fil").setInputFiles(file(["01-02-2013;B-1;Honorar;1.234,50;Andre udgifter;", "02-02-2013;B-2;Lægekonsulent;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2"]));
    await page.getByRole("button", { name: "Importér 2 posteringer" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Importen er gennemført");
    const rows: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM budget_posting WHERE voucher IN ('B-1', 'B-2')`);
    expect(rows[0]?.n).toBe(2);
    await page.close();
  });

  it("shows the styregruppe the follow-up with a status and the rule behind it", async () => {
    const page = await loggedIn("styregruppe@overblik.demo");
    await page.getByRole("link", { name: "Opfølgning" }).click();
    await page.getByRole("heading", { name: "Budgetopfølgning" }).waitFor();
    await page.getByLabel("Opfølgningsdato").fill("2013-01-31");
    await page.getByLabel("Opfølgningsdato").press("Enter");
    await expect.poll(() => page.locator("main").innerText()).toContain("Forventet forbrug 140 % af korrigeret budget");
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/Rød/);
    expect(await page.getByRole("link", { name: /Hent som Excel/ }).getAttribute("href")).toMatch(/\/export\/budgets\/[0-9a-f-]+\/follow-up\.xlsx\?asOf=2013-01-31/);
    await page.close();
  });
});
