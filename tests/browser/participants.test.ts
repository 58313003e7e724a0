import { DISCLOSURE_FOOTNOTE } from "@overblik/domain";
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { portalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("citizens in Chromium", () => {
  const portal = portalSuite();


  it("lets the tovholder move a card on the colour board with a reason, which lands in the history", async () => {
    const page = await portal.loggedIn("tovholder@overblik.demo", `/projekter/${portal.bfaId}/farver`);
    await page.getByRole("heading", { name: "Farvetavle" }).waitFor();
    const before: Array<{ n: number }> = await portal.api.dataSource.query(`SELECT count(*)::int AS n FROM participant_colour_change WHERE reason = 'Flyttet i browsertest'`);
    await page.getByRole("button", { name: /^Flyt .* til en anden farve$/ }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Rød").check();
    await dialog.getByLabel("Begrundelse").fill("Flyttet i browsertest");
    await dialog.getByRole("button", { name: "Flyt borgeren" }).click();
    await dialog.waitFor({ state: "hidden" });
    const after: Array<{ n: number; to: string }> = await portal.api.dataSource.query(
      `SELECT count(*)::int AS n, max(to_colour) AS to FROM participant_colour_change WHERE reason = 'Flyttet i browsertest'`,
    );
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(1);
    expect(after[0]?.to).toBe("ROED");
    const logged: Array<{ n: number }> = await portal.api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE action = 'CHANGE' AND purpose = 'Farveskift'`);
    expect(logged[0]?.n).toBe(1);
    await page.close();
  });

  it("shows the styregruppe only numbers, with small counts as <5, and no list of citizens", async () => {
    const page = await portal.loggedIn("styregruppe@overblik.demo", `/projekter/${portal.bfaId}/statistik`);
    await page.getByRole("heading", { name: "Borgere i tal" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("<5");
    const text = await page.locator("main").innerText();
    expect(text).toContain(DISCLOSURE_FOOTNOTE);
    expect(text).toMatch(/Tal om borgere pr\. \d\d\.\d\d\.\d{4} \(seneste månedsafslutning\)/);
    expect(text).not.toMatch(/BFA-\d{4}/);
    const listLogged: Array<{ n: number }> = await portal.api.dataSource.query(
      `SELECT count(*)::int AS n FROM access_log l JOIN app_user u ON u.id = l.user_id WHERE u.email = 'styregruppe@overblik.demo'`,
    );
    expect(listLogged[0]?.n).toBe(0);
    await page.close();
  });
});
