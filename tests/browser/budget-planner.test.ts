import { beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { makeBudgetThroughApi, makeProject } from "../support/fixtures.js";
import { addPosting, budgetLineIds, makeMembers, recordActivity, type Member } from "../support/fixtures-browser.js";
import { emptyPortalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("the budget planner in Chromium", () => {
  const portal = emptyPortalSuite();
  let leader: Member;
  let styregruppe: Member;

  /**
   * A one-year project (2013) with an approved budget of 188.000 kr. on each side. The tests below each touch
   * other lines: the move takes "Andre udgifter" and the doctor's line, the import posts on them with its own
   * vouchers, and the follow-up judges the psychologist's line, which nothing else touches: 28.000 kr. spent for
   * 15 of 50 timer by 31.01.2013, so 28.000 + 35 × 800 = 56.000 kr. is expected, 140 % of 40.000 kr. (red).
   */
  beforeAll(async () => {
    const { dataSource, url } = portal.api;
    const project = await makeProject(dataSource, { name: "Planlæg 2013", startDate: "2013-01-01", endDate: "2013-12-31", municipalityCodes: ["183"] });
    [leader, styregruppe] = (await makeMembers(dataSource, url, project.id, [
      { name: "Lise Leder", role: "LEADER" },
      { name: "Søren Styregruppe", role: "STYREGRUPPE" },
    ])) as [Member, Member];
    const amounts = (kr: string) => [{ year: 2013, amount: kr }];
    const hours = { unit: "timer", quantity: "50", rate: "800.00", fixed: "RATE" as const };
    await makeBudgetThroughApi(
      url,
      project.id,
      [
        { side: "INCOME", name: "Puljetilskud", amounts: amounts("188000.00") },
        { side: "EXPENSE", name: "Lægekonsulent honorar v/ca. 50 timer", amounts: amounts("40000.00"), driver: hours },
        { side: "EXPENSE", name: "Psykolog honorar v/ca. 50 timer", amounts: amounts("40000.00"), driver: hours },
        { side: "EXPENSE", name: "Andre udgifter", amounts: amounts("108000.00") },
      ],
      { leader: leader.token, styregruppe: styregruppe.token },
      { startYear: 2013, endYear: 2013 },
    );
    const psychologist = (await budgetLineIds(url, leader.token, project.id)).get("Psykolog honorar v/ca. 50 timer")?.id ?? "";
    await addPosting(url, leader.token, { budgetLineId: psychologist, date: "2013-01-15", amount: "28000.00", text: "Psykolog, januar", voucher: "P-1" });
    await recordActivity(url, leader.token, { budgetLineId: psychologist, date: "2013-01-15", quantity: "15" });
  });

  async function loggedIn(email: string) {
    const page = await portal.loggedIn(email, "/");
    await page.getByRole("link", { name: "Planlæg 2013" }).click();
    await page.getByRole("heading", { name: "Planlæg 2013", level: 1 }).waitFor();
    return page;
  }

  it("lets a leader move 10.000 kr., showing the effect before saving and the corrected budget after", async () => {
    const page = await loggedIn(leader.email);
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

    const rows: Array<{ original: string; corrected: string }> = await portal.api.dataSource.query(
      `SELECT a.original_amount_ore::text AS original, a.amount_ore::text AS corrected
         FROM budget_line_amount a JOIN budget_line l ON l.id = a.budget_line_id WHERE l.name = 'Lægekonsulent honorar v/ca. 50 timer'`,
    );
    expect(rows).toEqual([{ original: "4000000", corrected: "5000000" }]);
    await expect.poll(() => page.locator("main").innerText()).toContain("50.000");
    await page.close();
  });

  it("imports a finance-system CSV after a preview: errors by row first, then the corrected file", async () => {
    const page = await loggedIn(leader.email);
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

    await page
      .getByLabel("CSV-fil")
      .setInputFiles(file(["01-02-2013;B-1;Honorar;1.234,50;Andre udgifter;", "02-02-2013;B-2;Lægekonsulent;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2"]));
    await page.getByRole("button", { name: "Importér 2 posteringer" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("Importen er gennemført");
    const rows: Array<{ n: number }> = await portal.api.dataSource.query(`SELECT count(*)::int AS n FROM budget_posting WHERE voucher IN ('B-1', 'B-2')`);
    expect(rows[0]?.n).toBe(2);
    await page.close();
  });

  it("shows the styregruppe the follow-up with a status and the rule behind it", async () => {
    const page = await loggedIn(styregruppe.email);
    await page.getByRole("link", { name: "Opfølgning" }).click();
    await page.getByRole("heading", { name: "Budgetopfølgning" }).waitFor();
    await page.getByLabel("Opfølgningsdato").fill("2013-01-31");
    await page.getByLabel("Opfølgningsdato").press("Enter");
    await expect.poll(() => page.locator("main").innerText()).toContain("Forventet forbrug 140 % af korrigeret budget");
    const text = await page.locator("main").innerText();
    expect(text).toMatch(/Rød/);
    expect(await page.getByRole("link", { name: /Hent som Excel/ }).getAttribute("href")).toMatch(
      /\/export\/budgets\/[0-9a-f-]+\/follow-up\.xlsx\?asOf=2013-01-31/,
    );
    await page.close();
  });
});
