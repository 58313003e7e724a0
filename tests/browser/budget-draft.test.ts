import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestApi } from "../support/api.js";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

/**
 * The draft budget from an empty database, only through the portal: a leader creates the økonomioverslag, types
 * its lines in the grid with the keyboard, pastes a column from Excel, sees the balance before saving, saves and
 * sends it to the styregruppe, whose member approves it. The stored øre are checked in SQL.
 */
describe.skipIf(!chromiumAvailable)("the draft budget in Chromium, from an empty database", () => {
  const portal = emptyPortalSuite({ viewportWidth: 1600 });
  let api: TestApi;
  let projectId: string;
  const leaderEmail = "leder@nyt-projekt.dk";
  const styregruppeEmail = "styregruppe@nyt-projekt.dk";

  beforeAll(async () => {
    api = portal.api;
    const project = await makeProject(api.dataSource, { name: "Nyt projekt", startDate: "2026-01-01", endDate: "2028-12-31" });
    projectId = project.id;
    const leader = await makeUser(api.dataSource, { email: leaderEmail, name: "Lene Leder" });
    const styregruppe = await makeUser(api.dataSource, { email: styregruppeEmail, name: "Sofie Styregruppe" });
    await addMember(api.dataSource, projectId, leader.id, "LEADER");
    await addMember(api.dataSource, projectId, styregruppe.id, "STYREGRUPPE");
  });

  async function loggedIn(email: string): Promise<Page> {
    const page = await portal.loggedIn(email, `/projekter/${projectId}/budget`);
    await page.getByRole("heading", { name: "Budgetlinjer og justeringer" }).waitFor();
    return page;
  }

  const cell = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");

  /** What Excel puts on the clipboard for a column of three cells, pasted into the focused cell. */
  async function pasteFromExcel(page: Page, label: string, text: string) {
    await cell(page, label).focus();
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData("text/plain", t);
      document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  it("a leader writes the budget with the keyboard, sees it balance as they type, saves and sends it; the styregruppe approves", async () => {
    const page = await loggedIn(leaderEmail);
    await expect.poll(() => page.locator("main").innerText()).toContain("Projektet har ikke et budget endnu.");
    await page.getByRole("button", { name: "Opret budget" }).click();
    await page.getByLabel("Budgettets navn").fill("Økonomioverslag");
    await page.getByLabel("Første budgetår").selectOption("2026");
    await page.getByLabel("Sidste budgetår").selectOption("2028");
    await page.getByRole("button", { name: "Opret budget" }).click();
    await cell(page, "Indtægter 1: Tekst").waitFor();

    // Income line 1: the name, Tab over kategori and kontonummer, then the years.
    await cell(page, "Indtægter 1: Tekst").click();
    await page.keyboard.type("Puljetilskud");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("Indtægter 1: Kategori");
    await page.keyboard.type("Tilskud");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("Indtægter 1: 2026");
    await page.keyboard.type("1.234,50");
    await page.keyboard.press("Tab");
    await page.keyboard.type("1000");
    await page.keyboard.press("Tab");
    await page.keyboard.type("600");

    // Expense line 1: negative; Enter moves down, Shift+Tab back.
    await cell(page, "Udgifter 1: Tekst").click();
    await page.keyboard.type("Overførsel til Socialforvaltningen");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("Udgifter 1: 2026");
    await page.keyboard.type("-200");

    // A column of three numbers from Excel into 2027 fills Udgifter 1–3 (two new lines).
    await pasteFromExcel(page, "Udgifter 1: 2027", "100\r\n200\r\n300\r\n");
    await expect.poll(() => cell(page, "Udgifter 3: 2027").inputValue()).toBe("300");
    expect(await cell(page, "Udgifter 2: 2027").inputValue()).toBe("200");
    // The pasted lines have no name yet: marked invalid until they get one.
    expect(await cell(page, "Udgifter 2: Tekst").getAttribute("aria-invalid")).toBe("true");
    await cell(page, "Udgifter 2: Tekst").click();
    await page.keyboard.type("Mentor");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toBe("Udgifter 3: Tekst");
    await page.keyboard.type("Kørsel");
    expect(await cell(page, "Udgifter 2: Tekst").getAttribute("aria-invalid")).toBeNull();

    // An invalid amount is marked at once, and the balance counts it as 0 until it is fixed.
    await cell(page, "Udgifter 3: 2028").fill("12,345");
    expect(await cell(page, "Udgifter 3: 2028").getAttribute("aria-invalid")).toBe("true");
    await cell(page, "Udgifter 3: 2028").fill("600");
    expect(await cell(page, "Udgifter 3: 2028").getAttribute("aria-invalid")).toBeNull();

    // The balance per year and in total before anything is saved.
    const balance = (key: string) => page.locator(`[data-balance="${key}"]`).innerText();
    expect(await balance("2026")).toBe("1.434,50"); // 1.234,50 − (−200)
    expect(await balance("2027")).toBe("400"); // 1.000 − 600
    expect(await balance("2028")).toBe("0");
    expect(await balance("total")).toBe("1.834,50");
    await expect.poll(() => page.locator("main").innerText()).toContain("Der er ændringer, som ikke er gemt.");
    expect(await page.locator("main").innerText()).toContain("Budgettet balancerer ikke");

    await page.getByRole("button", { name: "Gem udkast" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Udkastet er gemt.");
    await expect.poll(() => page.locator("main").innerText()).toContain("Alt er gemt.");

    const stored: Array<{ name: string; year: number; ore: string }> = await api.dataSource.query(
      `SELECT l.name, a.year, a.amount_ore::text AS ore FROM budget_line l JOIN budget_line_amount a ON a.budget_line_id = l.id
        JOIN budget b ON b.id = l.budget_id WHERE b.project_id = $1 ORDER BY l.sort_order, a.year`,
      [projectId],
    );
    expect(stored.map((s) => [s.name, s.year, s.ore])).toEqual([
      ["Puljetilskud", 2026, "123450"],
      ["Puljetilskud", 2027, "100000"],
      ["Puljetilskud", 2028, "60000"],
      ["Overførsel til Socialforvaltningen", 2026, "-20000"],
      ["Overførsel til Socialforvaltningen", 2027, "10000"],
      ["Overførsel til Socialforvaltningen", 2028, "0"],
      ["Mentor", 2026, "0"],
      ["Mentor", 2027, "20000"],
      ["Mentor", 2028, "0"],
      ["Kørsel", 2026, "0"],
      ["Kørsel", 2027, "30000"],
      ["Kørsel", 2028, "60000"],
    ]);

    await page.getByRole("button", { name: "Send til godkendelse" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Sendt til godkendelse d.");
    const [submitted] = await api.dataSource.query<[{ status: string }]>(`SELECT status FROM budget WHERE project_id = $1`, [projectId]);
    expect(submitted.status).toBe("SUBMITTED");
    await page.close();

    const member = await loggedIn(styregruppeEmail);
    await member.getByRole("button", { name: "Godkend budget" }).click();
    const dialog = member.getByRole("dialog");
    await dialog.getByRole("button", { name: "Godkend budget" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => member.locator("main").innerText()).toContain("er godkendt");
    const [approved] = await api.dataSource.query<Array<{ status: string; original: string; corrected: string }>>(
      `SELECT b.status, sum(a.original_amount_ore)::text AS original, sum(a.amount_ore)::text AS corrected
         FROM budget b JOIN budget_line l ON l.budget_id = b.id JOIN budget_line_amount a ON a.budget_line_id = l.id
        WHERE b.project_id = $1 GROUP BY b.status`,
      [projectId],
    );
    expect(approved).toEqual({ status: "APPROVED", original: "383450", corrected: "383450" });
    await member.close();
  });

  it("a second budget is imported from a sheet after a preview of its row errors; the styregruppe sends it back with a comment the leader sees", async () => {
    const page = await loggedIn(leaderEmail);
    await page.getByRole("button", { name: "Opret budget" }).click();
    await page.getByLabel("Budgettets navn").fill("Kompetenceudvikling");
    await page.getByLabel("Sidste budgetår").selectOption("2026");
    await page.getByRole("button", { name: "Opret budget" }).click();
    await page.getByRole("button", { name: "Importér økonomioverslag" }).click();
    const dialog = page.getByRole("dialog");
    const csv = (rows: string[]) => ({ name: "overslag.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\r\n")) });
    await dialog
      .getByLabel("Fil med økonomioverslaget")
      .setInputFiles(csv(["Tekst;2026 (t.kr.)", "Indtægter;", "Pulje;18x", "Udgifter;", "Kursus;185", "I alt;185"]));
    // The file is read by the API's import worker thread at nice 10, which gets little CPU while the other test worker
    // and its Chromium keep both cores busy (twice seen at "Læser filen (0 %)" after 10 s): 30 s, as in the fuzz test.
    const READ = { timeout: 30_000 };
    await expect.poll(() => dialog.innerText(), READ).toContain("Række 3: 2026:");
    expect(await dialog.getByRole("button", { name: "Importér" }).isDisabled()).toBe(true);
    await dialog
      .getByLabel("Fil med økonomioverslaget")
      .setInputFiles(csv(["Tekst;2026 (t.kr.)", "Indtægter;", "Pulje;185", "Udgifter;", "Kursus;185", "I alt;185"]));
    await expect.poll(() => dialog.innerText(), READ).toContain("2 linjer kan importeres");
    await dialog.getByRole("button", { name: "Importér" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => cell(page, "Indtægter 1: Tekst").inputValue()).toBe("Pulje");
    expect(await cell(page, "Udgifter 1: 2026").inputValue()).toBe("185.000");
    await page.getByRole("button", { name: "Send til godkendelse" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Sendt til godkendelse d.");
    const [budget]: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM budget WHERE project_id = $1 AND name = 'Kompetenceudvikling'`, [
      projectId,
    ]);
    await page.close();

    const member = await loggedIn(styregruppeEmail);
    await member.goto(`${api.url}/projekter/${projectId}/budget?budget=${budget!.id}`);
    await member.getByRole("button", { name: "Afvis med kommentar" }).click();
    const reject = member.getByRole("dialog");
    await reject.getByLabel("Kommentar til lederen").fill("Kurset skal deles på to hold.");
    await reject.getByRole("button", { name: "Send tilbage til lederen" }).click();
    await reject.waitFor({ state: "hidden" });
    await member.close();

    const again = await loggedIn(leaderEmail);
    await again.goto(`${api.url}/projekter/${projectId}/budget?budget=${budget!.id}`);
    await expect.poll(() => again.locator("main").innerText()).toContain("Styregruppen har sendt budgettet tilbage");
    expect(await again.locator("main").innerText()).toContain("Kurset skal deles på to hold.");
    expect(await cell(again, "Udgifter 1: Tekst").inputValue()).toBe("Kursus");
    await again.close();
  });
});
