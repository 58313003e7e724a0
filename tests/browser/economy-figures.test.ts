import { AddPostingDocument, BudgetFollowUpDocument, type BudgetDraftLineInput } from "@overblik/graphql-client";
import { DRAFT_NOT_JUDGED, formatKr } from "@overblik/domain";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login } from "../support/api.js";
import { chromiumAvailable } from "../support/browser.js";
import { addMember, FIXTURE_PASSWORD, makeBudgetThroughApi, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

/**
 * Issue #15's economy examples on screen: the postings page shows income, expense and net (never one sum), the
 * follow-up after the project's end expects what was spent, the grant dialog says where the grant is booked before
 * saving, and no page says "kr..".
 */
describe.skipIf(!chromiumAvailable)("economy figures in Chromium, from an empty database", () => {
  const portal = emptyPortalSuite({ viewportWidth: 1600 });
  let projectId: string;
  let draftProjectId: string;
  const leaderEmail = "leder@oekonomi.dk";

  const kr = (n: number) => `${n}.00`;
  const LINES: BudgetDraftLineInput[] = [
    { side: "INCOME", name: "Puljetilskud", amounts: [{ year: 2026, amount: kr(80_000) }] },
    { side: "EXPENSE", name: "Mentor", amounts: [{ year: 2026, amount: kr(100_000) }] },
    { side: "EXPENSE", name: "Overførsel til Socialforvaltningen", amounts: [{ year: 2026, amount: kr(-20_000) }] },
  ];

  beforeAll(async () => {
    const api = portal.api;
    const project = await makeProject(api.dataSource, { name: "Økonomiprojekt", startDate: "2026-01-01", endDate: "2026-12-31" });
    projectId = project.id;
    const leader = await makeUser(api.dataSource, { email: leaderEmail, name: "Lene Leder" });
    const styregruppe = await makeUser(api.dataSource, { name: "Sofie Styregruppe" });
    await addMember(api.dataSource, projectId, leader.id, "LEADER");
    await addMember(api.dataSource, projectId, styregruppe.id, "STYREGRUPPE");
    const tokens = { leader: await login(api.url, leader.email, FIXTURE_PASSWORD), styregruppe: await login(api.url, styregruppe.email, FIXTURE_PASSWORD) };
    await makeBudgetThroughApi(api.url, projectId, LINES, tokens, { startYear: 2026, endYear: 2026 });
    // The same lines as a draft in a second project of the same leader: figures to discuss, not to judge.
    draftProjectId = (await makeProject(api.dataSource, { name: "Udkastprojekt", startDate: "2026-01-01", endDate: "2026-12-31" })).id;
    await addMember(api.dataSource, draftProjectId, leader.id, "LEADER");
    await makeBudgetThroughApi(api.url, draftProjectId, LINES, tokens, { startYear: 2026, endYear: 2026, draft: true });
    const budget = dataOf(await gql(api.url, BudgetFollowUpDocument, { projectId }, { token: tokens.leader })).project.budgets[0];
    const lineId = (name: string) => budget?.lines.find((l) => l.name === name)?.id ?? "";
    for (const input of [
      { budgetLineId: lineId("Mentor"), date: "2026-05-31", amount: kr(105_000), text: "Mentor", voucher: "B-1" },
      { budgetLineId: lineId("Puljetilskud"), date: "2026-02-01", amount: kr(80_000), text: "Tilskud udbetalt", voucher: "I-1" },
    ]) {
      dataOf(await gql(api.url, AddPostingDocument, { input }, { token: tokens.leader }));
    }
  });

  const mainText = (page: Page) => page.locator("main").innerText();

  it("the postings page sums income and expense apart, with the net, and never says kr..", async () => {
    const page = await portal.loggedIn(leaderEmail, `/projekter/${projectId}/posteringer`);
    await page.getByRole("heading", { name: "Posteringer", exact: true }).waitFor();
    await expect.poll(() => mainText(page)).toContain("2 posteringer.");
    const sides = page.locator("dl.postings-sides");
    const pairs = await sides.evaluate((dl) => Array.from(dl.querySelectorAll("dt"), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(pairs).toEqual([
      ["Indtægter", formatKr(8_000_000n)],
      ["Udgifter", formatKr(10_500_000n)],
      ["Netto (indtægter minus udgifter)", formatKr(8_000_000n - 10_500_000n)],
    ]);
    expect(await mainText(page)).not.toContain("kr..");
    expect(await mainText(page)).not.toContain("i alt");
  });

  it("the follow-up on the project's last day expects what was spent, and never says kr..", async () => {
    const page = await portal.loggedIn(leaderEmail, `/projekter/${projectId}/opfoelgning?dato=2026-12-31`);
    await page.getByRole("heading", { name: "Budgetopfølgning" }).waitFor();
    await expect.poll(() => mainText(page)).toContain("Mentor");
    const text = await mainText(page);
    expect(text).not.toContain("kr..");
    // The transfer line (negative budget) is not judged red for spending nothing.
    expect(text).not.toContain("på en linje med budget");
  });

  it("a draft budget's follow-up says it is not judged, and shows no red for its transfer line", async () => {
    const page = await portal.loggedIn(leaderEmail, `/projekter/${draftProjectId}/opfoelgning?dato=2026-06-30`);
    await page.getByRole("heading", { name: "Budgetopfølgning" }).waitFor();
    await expect.poll(() => mainText(page)).toContain(DRAFT_NOT_JUDGED);
    const text = await mainText(page);
    expect(text).not.toContain("på en linje med budget");
    expect(text).not.toContain("kr..");
  });

  it("the grant dialog says before saving that the grant is booked as income on the chosen line", async () => {
    const page = await portal.loggedIn(leaderEmail, `/projekter/${projectId}/budget`);
    await page.getByRole("button", { name: "Ændr linje", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Linje", { exact: true }).selectOption({ label: "Mentor" });
    await dialog.getByLabel("Beløb (kr.)").fill("60.000");
    await dialog.getByLabel("En ny bevilling (tillægsbevilling)").check();
    await dialog.getByLabel("Bevillingen").fill("Tillægsbevilling fra puljen");
    await dialog.getByLabel("Bogføres som indtægt på").selectOption({ label: "Puljetilskud" });
    await expect.poll(() => dialog.innerText()).toContain(`Tillægsbevillingen på ${formatKr(6_000_000n)} bogføres som indtægt på linjen Puljetilskud.`);
    expect(await dialog.innerText()).not.toContain("kr..");
  });
});
