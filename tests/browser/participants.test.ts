import { DISCLOSURE_FOOTNOTE } from "@overblik/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("citizens in Chromium", () => {
  const portal = emptyPortalSuite();
  let projectId = "";
  let tovholder = "";
  let styregruppe = "";

  // One project with nine citizens (codes FV-0001 …): six grønne and three orange, so the orange group is small
  // enough (1–4) to be shown as <5 to the styregruppe. No test changes what another test reads.
  beforeAll(async () => {
    const { dataSource } = portal.api;
    const project = await makeProject(dataSource, { name: "Farver i Ishøj", startDate: "2026-01-01", endDate: "2027-12-31", municipalityCodes: ["183"] });
    projectId = project.id;
    const t = await makeUser(dataSource, { name: "Tina Tovholder" });
    const s = await makeUser(dataSource, { name: "Sofie Styregruppe" });
    await addMember(dataSource, project.id, t.id, "TOVHOLDER");
    await addMember(dataSource, project.id, s.id, "STYREGRUPPE");
    tovholder = t.email;
    styregruppe = s.email;
    for (let i = 1; i <= 9; i++) {
      await makeParticipant(dataSource, project.id, {
        code: `FV-${String(i).padStart(4, "0")}`,
        colour: i <= 6 ? "GROEN" : "ORANGE",
        enrolmentDate: "2026-02-01",
      });
    }
  });

  it("lets the tovholder move a card on the colour board with a reason, which lands in the history", async () => {
    const page = await portal.loggedIn(tovholder, `/projekter/${projectId}/farver`);
    await page.getByRole("heading", { name: "Farvetavle" }).waitFor();
    const before: Array<{ n: number }> = await portal.api.dataSource.query(
      `SELECT count(*)::int AS n FROM participant_colour_change WHERE reason = 'Flyttet i browsertest'`,
    );
    await page
      .getByRole("button", { name: /^Flyt .* til en anden farve$/ })
      .first()
      .click();
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
    const logged: Array<{ n: number }> = await portal.api.dataSource.query(
      `SELECT count(*)::int AS n FROM access_log WHERE action = 'CHANGE' AND purpose = 'Farveskift'`,
    );
    expect(logged[0]?.n).toBe(1);
    await page.close();
  });

  it("shows the styregruppe only numbers, with small counts as <5, and no list of citizens", async () => {
    const page = await portal.loggedIn(styregruppe, `/projekter/${projectId}/statistik`);
    await page.getByRole("heading", { name: "Borgere i tal" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("<5");
    const text = await page.locator("main").innerText();
    expect(text).toContain(DISCLOSURE_FOOTNOTE);
    expect(text).toMatch(/Tal om borgere pr\. \d\d\.\d\d\.\d{4} \(seneste månedsafslutning\)/);
    expect(text).not.toMatch(/FV-\d{4}/);
    const listLogged: Array<{ n: number }> = await portal.api.dataSource.query(
      `SELECT count(*)::int AS n FROM access_log l JOIN app_user u ON u.id = l.user_id WHERE u.email = $1`,
      [styregruppe],
    );
    expect(listLogged[0]?.n).toBe(0);
    await page.close();
  });
});
