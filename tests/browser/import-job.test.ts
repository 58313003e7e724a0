import { beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

/**
 * Issue #14, finding 1, in the portal: the target-group import hands the file to the server as a job, shows a
 * labelled progress bar while it follows the job, and then the preview. Its own world on an empty database.
 */
describe.skipIf(!chromiumAvailable)("the target-group import follows its job", () => {
  const portal = emptyPortalSuite();
  let projectId = "";
  let email = "";

  beforeAll(async () => {
    const ds = portal.api.dataSource;
    const user = await makeUser(ds, { name: "Tove Tovholder" });
    email = user.email;
    const project = await makeProject(ds, { code: "IMP" });
    projectId = project.id;
    await addMember(ds, projectId, user.id, "TOVHOLDER");
    await ds.query(`INSERT INTO project_municipality (project_id, municipality_code) VALUES ($1, '183')`, [projectId]);
  });

  it("shows the progress bar with the server's phase, then the preview and its import button", async () => {
    const page = await portal.loggedIn(email, `/projekter/${projectId}/borgere/import`);
    // The job's answers are held back a little, so the progress bar is on screen long enough to be seen.
    let polls = 0;
    await page.route("**/graphql", async (route) => {
      if (route.request().postData()?.includes("query ImportJob")) {
        polls++;
        await new Promise((r) => setTimeout(r, 300));
      }
      await route.continue();
    });
    const rows = Array.from({ length: 40 }, (_, i) => `Ishøj;${i % 2 ? "K" : "M"};${1970 + i};Dansk oprindelse;${12 + i};3;01-02-2026;;`);
    await page.getByLabel("Målgruppefil (.csv eller .xlsx)").setInputFiles({
      name: "maalgruppe.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(["Kommune;Køn;Fødselsår;Herkomst;Måneder på ydelse;Matchgruppe;Indskrivningsdato;CPR;Navn", ...rows].join("\n")),
    });
    const bar = page.getByRole("progressbar", { name: /Kontrol på serveren/ });
    await bar.waitFor();
    expect(await bar.evaluate((el) => el.tagName)).toBe("PROGRESS");
    await page.getByRole("heading", { name: "Kontrol af maalgruppe.csv" }).waitFor();
    await expect.poll(() => bar.count()).toBe(0);
    expect(polls).toBeGreaterThan(0);
    expect(await page.locator("main").innerText()).toContain("40 nye deltagere");
    await page.getByRole("button", { name: "Importér 40 deltagere" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("IMP-0001 – IMP-0040 oprettet");
  }, 60_000);
});
