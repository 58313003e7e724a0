// Its subject is the demo data: the leader sees Brug for alle's budget as the domain brief states it (1.193 t.kr.).
import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { portalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("the demo's budget in the portal in Chromium", () => {
  const portal = portalSuite();

  it("logs the leader in and shows the Brug for alle budget: 1.193.000 kr. on both sides, in balance", async () => {
    const page = await portal.loggedIn("leder@overblik.demo", "/");
    await page.getByRole("heading", { name: "Projekter" }).waitFor();
    await page.getByRole("link", { name: "Brug for alle" }).click();
    await page.getByRole("heading", { name: "Brug for alle", level: 1 }).waitFor();

    const body = await page.locator("main").innerText();
    expect(body).toContain("1.193.000 kr.");
    expect(body).toContain("Budgettet er i balance");
    expect(body).toContain("Kompetenceudvikling");
    expect(body).toMatch(/185\.000 kr\./);
    expect(await page.getByRole("table").count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
