import { describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { portalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("the coordination flow in Chromium", () => {
  const portal = portalSuite();


  it("shows the tovholder every citizen by urgency, and a citizen's timeline where a plan item is added", async () => {
    const page = await portal.loggedIn("tovholder@overblik.demo", `/projekter/${portal.bfaId}/forloeb`);
    await page.getByRole("heading", { name: "Tovholderens overblik" }).waitFor();
    const rows = page.locator("main table tbody tr");
    await expect.poll(() => rows.count()).toBe(221);
    // A grøn citizen without plan or outcome (the API test's choice), opened from the list.
    const [p]: Array<{ id: string; code: string }> = await portal.api.dataSource.query(
      `SELECT p.id, p.code FROM participant p WHERE p.project_id = $1 AND p.colour = 'GROEN'
          AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id) ORDER BY p.code LIMIT 1`,
      [portal.bfaId],
    );
    await page.getByRole("link", { name: p?.code ?? "?" }).click();
    await page.getByRole("heading", { name: "Tidslinje" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("Indledende samtale");

    await page.getByRole("button", { name: "Tilføj indsats" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Indsats fra ydelseskataloget").selectOption({ label: "Social mentor (Jobcenter)" });
    await dialog.getByLabel("Ansvarlig enhed").fill("Jobcenter");
    await dialog.getByLabel("Første måned").fill("2013-08");
    await dialog.getByLabel("Sidste måned").fill("2013-10");
    await dialog.getByRole("button", { name: "Tilføj til planen" }).click();
    await dialog.waitFor({ state: "hidden" });
    const saved: Array<{ n: number }> = await portal.api.dataSource.query(`SELECT count(*)::int AS n FROM action_plan_item WHERE participant_id = $1`, [p?.id]);
    expect(saved[0]?.n).toBe(1);
    await expect.poll(() => page.locator("main").innerText()).toContain("Social mentor");
    await page.close();
  });

  it("lets the tovholder create the extra meetings, fill an agenda and hold it, the doctor's hours landing on his line", async () => {
    // The demo's 22 meetings are held; a month longer team period gives two more.
    await portal.api.dataSource.query(`UPDATE project_flow_plan SET team_end = '2013-09-01' WHERE project_id = $1`, [portal.bfaId]);
    const page = await portal.loggedIn("tovholder@overblik.demo", `/projekter/${portal.bfaId}/moeder`);
    await page.getByRole("heading", { name: "Teammøder" }).waitFor();
    await page.getByRole("button", { name: "Opret møder efter forløbsplanen" }).click();
    await page.getByRole("link", { name: "05.08.2013" }).click();
    await page.getByRole("heading", { name: "Dagsorden", exact: true }).waitFor();

    const waiting: Array<{ code: string }> = await portal.api.dataSource.query(
      `SELECT p.code FROM participant p WHERE p.project_id = $1 AND p.colour = 'GROEN'
          AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id) ORDER BY p.code DESC LIMIT 2`,
      [portal.bfaId],
    );
    for (const w of waiting) {
      await page.getByLabel("Borgerens deltagerkode").fill(w.code);
      await page.getByRole("button", { name: "Sæt på dagsordenen" }).click();
      await expect.poll(() => page.locator("main").innerText()).toContain(`${w.code} er sat på dagsordenen`);
    }
    const doctorLine = `SELECT coalesce(sum(e.quantity), 0)::text AS q FROM activity_entry e JOIN budget_line l ON l.id = e.budget_line_id WHERE l.name LIKE 'Lægekonsulent%'`;
    const before: Array<{ q: string }> = await portal.api.dataSource.query(doctorLine);

    await page.getByRole("button", { name: "Registrér afholdt møde" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("checkbox", { name: /Torben Teammedlem/ }).check();
    await dialog.getByLabel("Timer for Torben Teammedlem").fill("2");
    // Whether each citizen came must be chosen; the meeting is held either way.
    await dialog.getByRole("button", { name: "Registrér mødet som afholdt" }).click();
    await expect.poll(() => dialog.innerText()).toContain("Vælg, om borgeren mødte op.");
    await dialog.getByRole("radio", { name: "Mødte op", exact: true }).nth(0).check();
    await dialog.getByRole("radio", { name: "Mødte ikke op" }).nth(1).check();
    await dialog.getByLabel(`Teamets anbefalinger for ${waiting[0]?.code}`).fill("Praktik i 13 uger");
    await dialog.getByRole("button", { name: "Registrér mødet som afholdt" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.locator("main").innerText()).toContain("Bogført som aktivitet på budgetlinjerne");
    const after: Array<{ q: string }> = await portal.api.dataSource.query(doctorLine);
    expect(Number(after[0]?.q) - Number(before[0]?.q)).toBe(2);
    await page.close();
  });

  it("shows the capacity plan from the project's own figures, with the pace chart and its table", async () => {
    const page = await portal.loggedIn("tovholder@overblik.demo", `/projekter/${portal.bfaId}/kapacitet`);
    await page.getByRole("heading", { name: "Kapacitetsplan" }).waitFor();
    await expect.poll(() => page.locator("main").innerText()).toContain("14 samtaler pr. uge");
    const text = await page.locator("main").innerText();
    expect(text).toContain("109,5 teamtimer");
    expect(text).toContain("uge 36 2012");
    expect(await page.locator("main svg").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("turns units of social mentor into activity on the line the leader set to count delivered units", async () => {
    const line = "Virksomhedskonsulent honorar v/ca. 219 timer";
    const leader = await portal.loggedIn("leder@overblik.demo", `/projekter/${portal.bfaId}/budget`);
    await leader.getByRole("button", { name: `Skift kilde til aktivitet for ${line}` }).click();
    const sourceDialog = leader.getByRole("dialog");
    await sourceDialog.getByRole("radio", { name: "Leverede indsatsenheder" }).check();
    // The effect before saving: nothing in the catalogue is tied to the line yet.
    await expect.poll(() => sourceDialog.innerText()).toContain("Tovholderen knytter indsatser til linjen i ydelseskataloget");
    await sourceDialog.getByRole("button", { name: "Gem kilden" }).click();
    await sourceDialog.waitFor({ state: "hidden" });
    await expect.poll(() => leader.locator("main").innerText()).toContain("Kilde: Leverede indsatsenheder");
    await leader.close();

    const page = await portal.loggedIn("tovholder@overblik.demo", `/projekter/${portal.bfaId}/katalog`);
    await page.getByRole("button", { name: "Skift budgetlinje for Social mentor" }).click();
    const lineDialog = page.getByRole("dialog");
    await lineDialog.getByLabel("Betales af budgetlinjen").selectOption({ label: line });
    await expect.poll(() => lineDialog.innerText()).toContain("Leverede enheder bliver aktivitet på linjen");
    await lineDialog.getByRole("button", { name: "Gem budgetlinjen" }).click();
    await lineDialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.locator("main").innerText()).toContain(`Social mentor betales nu af »${line}«`);

    const [p]: Array<{ id: string; code: string }> = await portal.api.dataSource.query(
      `SELECT p.id, p.code FROM participant p WHERE p.project_id = $1 AND p.colour = 'GROEN'
          AND NOT EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id) ORDER BY p.code DESC LIMIT 1`,
      [portal.bfaId],
    );
    await page.goto(`${portal.api.url}/projekter/${portal.bfaId}/borgere/${p?.id}/forloeb`);
    await page.getByRole("button", { name: "Tilføj indsats" }).click();
    const addDialog = page.getByRole("dialog");
    await addDialog.getByLabel("Indsats fra ydelseskataloget").selectOption({ label: "Social mentor (Jobcenter)" });
    await addDialog.getByRole("button", { name: "Tilføj til planen" }).click();
    await addDialog.waitFor({ state: "hidden" });

    const activity = `SELECT coalesce(sum(e.quantity), 0)::text AS q FROM activity_entry e JOIN budget_line l ON l.id = e.budget_line_id WHERE l.name = $1`;
    const before: Array<{ q: string }> = await portal.api.dataSource.query(activity, [line]);
    await page.getByRole("button", { name: "Registrér leverede enheder af Social mentor" }).click();
    const unitsDialog = page.getByRole("dialog");
    await unitsDialog.getByLabel("Antal leverede enheder").fill("3");
    await expect.poll(() => unitsDialog.innerText()).toContain("Leveret i alt bliver 3 timer.");
    await unitsDialog.getByRole("button", { name: "Registrér enhederne" }).click();
    await unitsDialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.locator("main").innerText()).toContain(`De er bogført som aktivitet på budgetlinjen »${line}«.`);
    expect(await page.locator("main").innerText()).toContain("Leveret: 3 timer");
    const after: Array<{ q: string }> = await portal.api.dataSource.query(activity, [line]);
    expect(Number(after[0]?.q) - Number(before[0]?.q)).toBe(3);
    await page.close();
  });

  it("lists the catalogue and the open alerts; a team member gets no overview", async () => {
    const page = await portal.loggedIn("tovholder@overblik.demo", `/projekter/${portal.bfaId}/katalog`);
    await expect.poll(() => page.locator("main").innerText()).toContain("Virksomhedspraktik i 13 uger");
    await page.goto(`${portal.api.url}/projekter/${portal.bfaId}/advarsler`);
    const open: Array<{ code: string }> = await portal.api.dataSource.query(
      `SELECT p.code FROM plan_alert a JOIN participant p ON p.id = a.participant_id WHERE a.project_id = $1 AND a.resolved_at IS NULL`,
      [portal.bfaId],
    );
    expect(open.length).toBeGreaterThan(0);
    for (const a of open) await expect.poll(() => page.locator("main").innerText()).toContain(a.code);
    await page.close();

    const team = await portal.loggedIn("team@overblik.demo", `/projekter/${portal.bfaId}/forloeb`);
    await expect.poll(() => team.locator("main").innerText()).not.toMatch(/BFA-\d{4}/);
    await team.close();
  });
});
