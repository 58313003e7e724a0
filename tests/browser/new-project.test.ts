import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import type { TestApi } from "../support/api.js";
import { chromiumAvailable } from "../support/browser.js";
import { firstAdminByCommand } from "../support/first-admin.js";
import { emptyPortalSuite } from "../support/portal.js";

/**
 * Issue #13's acceptance in Chromium: an EMPTY database (no demo data), the first administrator made with the
 * README's command, and from there only the portal — users, a three-year project with two municipalities, its
 * members, a budget of two income and five expense lines (one negative, one with a driver) that balances, sent to
 * the styregruppe and approved by its member, the target group imported, goals, milestones and the flow plan, the
 * plan's meetings, an extra meeting and a citizen on its agenda. What the screens did is checked in the database.
 */
describe.skipIf(!chromiumAvailable)("a new project from an empty database, only through the portal", () => {
  const portal = emptyPortalSuite({ viewportWidth: 1600 });
  let api: TestApi;
  beforeAll(() => {
    api = portal.api;
  });

  const main = (page: Page) => page.locator("main").innerText();

  /** Logs in through the form; with a one-time password the portal first asks for the user's own. */
  async function logIn(email: string, password: string, ownPassword?: string): Promise<Page> {
    const page = await portal.logIn(email, password);
    if (ownPassword) {
      await page.getByRole("heading", { name: "Vælg din egen adgangskode", level: 1 }).waitFor();
      await page.getByLabel("Engangsadgangskode").fill(password);
      await page.getByLabel("Ny adgangskode", { exact: true }).fill(ownPassword);
      await page.getByLabel("Gentag den nye adgangskode").fill(ownPassword);
      await page.getByRole("button", { name: "Gem og fortsæt" }).click();
    }
    await page.getByRole("heading", { name: "Projekter", level: 1 }).waitFor();
    return page;
  }

  it("is set up, budgeted, approved and planned by its people", async () => {
    // The README's command, then the administrator's own password.
    const adminPassword = await firstAdminByCommand(api.db.url, "it@ishoj.dk", "Ida IT");
    const admin = await logIn("it@ishoj.dk", adminPassword, "idas egen lange kode");

    // Three users, each with a one-time password read off the screen.
    const people = [
      { key: "leder", name: "Lone Leder", email: "lone@ishoj.dk", role: "Faglig leder" },
      { key: "styregruppe", name: "Sofie Styregruppe", email: "sofie@vallensbaek.dk", role: "Styregruppe" },
      { key: "tovholder", name: "Tove Tovholder", email: "tove@ishoj.dk", role: "Tovholder" },
    ] as const;
    const oneTime = new Map<string, string>();
    await admin.getByRole("link", { name: "Brugere" }).click();
    await admin.getByRole("heading", { name: "Brugere", level: 1 }).waitFor();
    for (const person of people) {
      await admin.getByRole("button", { name: "Opret bruger" }).click();
      const dialog = admin.getByRole("dialog");
      await dialog.getByLabel("Navn").fill(person.name);
      await dialog.getByLabel("E-mail").fill(person.email);
      await dialog.getByRole("button", { name: "Opret bruger" }).click();
      await dialog.waitFor({ state: "hidden" });
      await expect.poll(() => main(admin)).toContain(person.email);
      oneTime.set(person.key, (await admin.getByTestId("one-time-password").innerText()).trim());
    }
    expect(new Set(oneTime.values()).size).toBe(3);

    // The project: three years, Ishøj and Vallensbæk.
    await admin.getByRole("link", { name: "Projekter" }).first().click();
    await admin.getByRole("link", { name: "Nyt projekt" }).click();
    await admin.getByLabel("Projektets navn").fill("Flere i arbejde");
    await admin.getByLabel("Kode", { exact: true }).fill("fia");
    for (const [search, label] of [
      ["Ishøj", "Ishøj (183)"],
      ["vallens", "Vallensbæk (187)"],
    ] as const) {
      await admin.getByLabel("Søg kommune (navn eller kode)").fill(search);
      await admin.getByLabel(label).check();
    }
    await admin.getByLabel("Startdato").fill("2026-01-01");
    await admin.getByLabel("Slutdato").fill("2028-12-31");
    await admin.getByLabel("Størrelse (antal borgere)").fill("12");
    await admin.getByLabel("Matchgruppe").fill("Matchgruppe 3 (aktivitetsparate)");
    await admin.getByLabel("Pulje", { exact: true }).fill("Puljen til flere i job");
    await admin.getByLabel("Medfinansiering (%)").fill("20");
    await admin.getByLabel("P/l-år").fill("2026");
    await admin.getByRole("button", { name: "Opret projekt" }).click();
    await admin.getByRole("heading", { name: "Opsætning af Flere i arbejde" }).waitFor();
    const projectId = /\/projekter\/([^/]+)\/opsaetning/.exec(admin.url())?.[1] ?? "";
    expect(projectId).toMatch(/^[0-9a-f-]{36}$/);

    // Its members.
    await admin.getByRole("link", { name: "2. Medlemmer" }).click();
    for (const person of people) {
      await admin.getByLabel("Søg bruger (navn eller e-mail)").fill(person.email);
      await admin.getByLabel(`${person.name} (${person.email})`).check();
      await admin.getByLabel("Rolle", { exact: true }).selectOption({ label: person.role });
      await admin.getByRole("button", { name: "Tilføj medlem" }).click();
      await admin.getByText(`${person.name} er tilføjet som ${person.role.toLowerCase()}.`).waitFor();
    }
    await admin.close();

    // The leader writes the budget in the setup's budget step.
    const leader = await logIn("lone@ishoj.dk", oneTime.get("leder") ?? "", "lones egen lange kode");
    await leader.goto(`${api.url}/projekter/${projectId}/opsaetning/budget`);
    await leader.getByLabel("Budgettets navn").fill("Økonomioverslag");
    await leader.getByLabel("Første budgetår").selectOption("2026");
    await leader.getByLabel("Sidste budgetår").selectOption("2028");
    await leader.getByRole("button", { name: "Opret budget" }).click();
    const cell = (label: string) => leader.getByLabel(label, { exact: true });
    await cell("Indtægter 1: Tekst").waitFor();
    await leader.getByRole("button", { name: "Tilføj linje under indtægter" }).click();
    for (let i = 0; i < 4; i++) await leader.getByRole("button", { name: "Tilføj linje under udgifter" }).click();
    const lines: Array<[string, string, string[]]> = [
      ["Indtægter 1", "Puljetilskud", ["397.000", "397.000", "397.000"]],
      ["Indtægter 2", "Kommunal medfinansiering", ["100.000,50", "100.000", "99.999,50"]],
      ["Udgifter 1", "BSO tovholder frikøb", ["240.000", "240.000", "240.000"]],
      ["Udgifter 2", "JC tovholder/mentor frikøb", ["210.000", "210.000", "210.000"]],
      ["Udgifter 4", "Overførsel ml. BIF og SOF", ["-20.000", "-20.000", "-20.000"]],
      ["Udgifter 5", "Andre udgifter", ["53.667,16", "53.666,67", "53.666,17"]],
    ];
    for (const [row, name, amounts] of lines) {
      await cell(`${row}: Tekst`).fill(name);
      for (const [i, amount] of amounts.entries()) await cell(`${row}: ${2026 + i}`).fill(amount);
    }
    // The driver line with the keyboard: 50 timer at 800 kr.; its amount follows.
    await cell("Udgifter 3: Tekst").click();
    await leader.keyboard.type("Lægekonsulent honorar v/ca. 50 timer");
    await cell("Udgifter 3: Enhed").fill("timer");
    await cell("Udgifter 3: Antal").fill("50");
    // Tab selects the next cell's content (the rate the amount gave, 0), so typing replaces it, as in Excel.
    await leader.keyboard.press("Tab");
    await leader.keyboard.type("800");
    await leader.keyboard.press("Tab");
    expect(await cell("Udgifter 3: 2026").inputValue()).toBe("13.333,34");
    const balance = (key: string) => leader.locator(`[data-balance="${key}"]`).innerText();
    // Balanced per year and in total before anything is saved.
    await expect.poll(() => balance("total")).toBe("0");
    for (const year of ["2026", "2027", "2028"]) expect(await balance(year)).toBe("0");
    await leader.getByRole("button", { name: "Gem udkast" }).click();
    await expect.poll(() => main(leader)).toContain("Udkastet er gemt.");
    await leader.getByRole("button", { name: "Send til godkendelse" }).click();
    await expect.poll(() => main(leader)).toContain("Sendt til godkendelse d.");

    // The styregruppe's member approves it on the budget tab.
    const member = await logIn("sofie@vallensbaek.dk", oneTime.get("styregruppe") ?? "", "sofies egen lange kode");
    await member.goto(`${api.url}/projekter/${projectId}/budget`);
    await member.getByRole("button", { name: "Godkend budget" }).click();
    const approve = member.getByRole("dialog");
    await approve.getByRole("button", { name: "Godkend budget" }).click();
    await approve.waitFor({ state: "hidden" });
    await expect.poll(() => main(member)).toContain("er godkendt");
    await member.close();

    const stored: Array<{ side: string; total: string; original: string }> = await api.dataSource.query(
      `SELECT l.side, sum(a.amount_ore)::text AS total, sum(a.original_amount_ore)::text AS original
         FROM budget b JOIN budget_line l ON l.budget_id = b.id JOIN budget_line_amount a ON a.budget_line_id = l.id
        WHERE b.project_id = $1 AND b.status = 'APPROVED' GROUP BY l.side ORDER BY l.side`,
      [projectId],
    );
    // 3 × 397.000 + 300.000 on each side, in øre; the driver line 50 × 800 kr. = 40.000 kr.
    expect(stored).toEqual([
      { side: "EXPENSE", total: "149100000", original: "149100000" },
      { side: "INCOME", total: "149100000", original: "149100000" },
    ]);
    const driver: Array<{ ore: string }> = await api.dataSource.query(
      `SELECT sum(a.amount_ore)::text AS ore FROM budget_line l JOIN budget_line_amount a ON a.budget_line_id = l.id
         JOIN budget b ON b.id = l.budget_id WHERE b.project_id = $1 AND l.driver_unit = 'timer' AND l.driver_quantity = 50`,
      [projectId],
    );
    expect(driver).toEqual([{ ore: "4000000" }]);

    // Goals and milestones, in the setup's last step.
    await leader.goto(`${api.url}/projekter/${projectId}/opsaetning/plan`);
    await leader.getByRole("button", { name: "Tilføj mål" }).click();
    let dialog = leader.getByRole("dialog");
    await dialog.getByLabel("Målets navn").fill("I job eller uddannelse");
    await dialog.getByLabel("Indikator").selectOption({ label: "I job eller ordinær uddannelse" });
    await dialog.getByLabel("Mål i %").fill("25");
    await dialog.getByRole("button", { name: "Gem mål" }).click();
    await dialog.waitFor({ state: "hidden" });
    await leader.getByRole("button", { name: "Tilføj milepæl" }).click();
    dialog = leader.getByRole("dialog");
    await dialog.getByLabel("Milepælens navn").fill("Teamet i drift");
    await dialog.getByLabel("Frist").fill("2026-04-01");
    await dialog.getByRole("button", { name: "Gem milepæl" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => main(leader)).toContain("Milepælen »Teamet i drift« er oprettet.");
    await leader.close();

    // The tovholder imports the target group, sets the flow plan and plans the meetings.
    const tovholder = await logIn("tove@ishoj.dk", oneTime.get("tovholder") ?? "", "toves egen lange kode");
    await tovholder.goto(`${api.url}/projekter/${projectId}/borgere/import`);
    const rows = Array.from(
      { length: 12 },
      (_, i) => `${i % 3 === 0 ? "Vallensbæk" : "Ishøj"};${i % 2 ? "K" : "M"};${1970 + i};Dansk;${12 + i};3;01-02-2026;;`,
    );
    await tovholder.getByLabel("Målgruppefil (.csv eller .xlsx)").setInputFiles({
      name: "maalgruppe.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(["Kommune;Køn;Fødselsår;Herkomst;Måneder på ydelse;Matchgruppe;Indskrivningsdato;CPR;Navn", ...rows].join("\n")),
    });
    await tovholder.getByRole("button", { name: "Importér 12 deltagere" }).click();
    await expect.poll(() => main(tovholder)).toContain("FIA-0001");

    await tovholder.goto(`${api.url}/projekter/${projectId}/kapacitet`);
    await tovholder.getByRole("link", { name: "Ret mål og plan" }).click();
    await tovholder.getByLabel("Samtaleperiodens første dag").fill("2026-02-02");
    await tovholder.getByLabel("Samtaleperiodens sidste dag").fill("2026-03-27");
    await tovholder.getByLabel("Teamets første dag").fill("2026-04-01");
    await tovholder.getByLabel("Teamets sidste dag").fill("2026-06-30");
    await tovholder.getByLabel("Mødeinterval i dage").fill("14");
    await tovholder.getByLabel("Højst borgere pr. møde").fill("5");
    await tovholder.getByLabel("Minutter pr. borger").fill("30");
    await tovholder.getByRole("button", { name: "Gem forløbsplan" }).click();
    // 1.4.–30.6.2026 every 14 days: 7 meetings.
    await tovholder.getByRole("button", { name: "Opret 7 møder efter forløbsplanen" }).click();
    await expect.poll(() => main(tovholder)).toContain("7 møder er oprettet efter forløbsplanen.");

    await tovholder.goto(`${api.url}/projekter/${projectId}/moeder`);
    await tovholder.getByLabel("Dato for ekstra møde").fill("2026-07-07");
    await tovholder.getByRole("button", { name: "Tilføj ekstra møde" }).click();
    await expect.poll(() => main(tovholder)).toContain("Et ekstra møde d. 07.07.2026 er tilføjet.");
    await tovholder.getByRole("link", { name: "07.07.2026" }).click();
    await tovholder.getByLabel("Borgerens deltagerkode").fill("FIA-0003");
    await tovholder.getByRole("button", { name: "Sæt på dagsordenen" }).click();
    await expect.poll(() => main(tovholder)).toContain("FIA-0003 er sat på dagsordenen");
    await tovholder.close();

    const goals = await api.dataSource.query<Array<{ name: string; indicator: string; target_percent: number }>>(
      `SELECT name, indicator, target_percent FROM project_goal WHERE project_id = $1`,
      [projectId],
    );
    expect(goals).toEqual([{ name: "I job eller uddannelse", indicator: "JOB_OR_EDUCATION", target_percent: 25 }]);
    const milestones = await api.dataSource.query<Array<{ name: string; due: string }>>(
      `SELECT name, due_date::text AS due FROM milestone WHERE project_id = $1`,
      [projectId],
    );
    expect(milestones).toEqual([{ name: "Teamet i drift", due: "2026-04-01" }]);
    const meetings: Array<{ date: string; codes: string[] }> = await api.dataSource.query(
      `SELECT m.meeting_date::text AS date, coalesce(array_agg(p.code) FILTER (WHERE p.code IS NOT NULL), '{}') AS codes
         FROM team_meeting m LEFT JOIN agenda_item a ON a.meeting_id = m.id LEFT JOIN participant p ON p.id = a.participant_id
        WHERE m.project_id = $1 GROUP BY m.id, m.project_id ORDER BY m.meeting_date`,
      [projectId],
    );
    expect(meetings).toHaveLength(8);
    expect(meetings.at(-1)).toEqual({ date: "2026-07-07", codes: ["FIA-0003"] });
    const citizens = await api.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM participant WHERE project_id = $1`, [projectId]);
    expect(citizens).toEqual([{ n: 12 }]);
  }, 180_000);
});
