import { beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable } from "../support/browser.js";
import { FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";
import { emptyPortalSuite } from "../support/portal.js";

describe.skipIf(!chromiumAvailable)("the playground's examples in Chromium", () => {
  const portal = emptyPortalSuite();
  let adminEmail = "";

  // The new project's examples need an administrator and one project already there (the pane fills the examples'
  // ids from the projects the user sees, and opens none with ids when there is none); the municipalities come
  // with the migrations.
  beforeAll(async () => {
    adminEmail = (await makeUser(portal.api.dataSource, { name: "Anna Administrator", globalRoles: ["ADMIN"] })).email;
    await makeProject(portal.api.dataSource, { name: "Et projekt i forvejen" });
  });

  it("sets a new project up from the pane: the next step is opened with the project the previous one created", async () => {
    const page = await portal.newPage();
    await page.goto(`${portal.api.url}/graphql`);
    await page.locator(".graphiql-container").waitFor({ timeout: 20_000 });
    await page.getByLabel("E-mail").fill(adminEmail);
    await page.getByLabel("Adgangskode").fill(FIXTURE_PASSWORD);
    await page.getByRole("button", { name: "Hent token" }).click();
    await expect.poll(() => page.locator("body").innerText()).toContain("Logget ind som Anna Administrator");

    /** Opens an example from the pane, runs it, and answers the response's text once it has one. */
    async function runExample(title: string, tabName: string): Promise<string> {
      await page.getByRole("button", { name: `Åbn ${title} i en ny fane` }).click();
      await expect
        .poll(() =>
          page
            .getByRole("status")
            .filter({ hasText: `"${title}" er åbnet i en ny fane med id'er` })
            .count(),
        )
        .toBe(1);
      await expect.poll(() => page.locator(".graphiql-tab-active").innerText()).toContain(tabName);
      await page.locator(".graphiql-execute-button").click();
      await expect.poll(() => page.locator(".graphiql-response").innerText(), { timeout: 20_000 }).toContain(`"data"`);
      // The editor wraps long lines and may space with no-break spaces: one plain space for every run.
      return (await page.locator(".graphiql-response").innerText()).replace(/\s+/g, " ");
    }

    const created = await runExample("Opret et projekt", "OpretProjekt");
    expect(created).not.toContain("errors");
    expect(created).toMatch(/"code": "EKS[0-9A-Z]{6,7}"/);
    expect(created).toContain(`"myRoles": [ "LEADER", "ADMIN" ]`);
    // The next step is opened with the new project's id, found by its code with the administrator's token (a
    // placeholder would be refused): the budget is created there, for the project's three years.
    const year = new Date().getFullYear() + 1;
    const budget = await runExample("Opret budgettet", "OpretBudget");
    expect(budget).not.toContain("errors");
    expect(budget).toContain(`"years": [ ${year}, ${year + 1}, ${year + 2} ], "status": "DRAFT"`);
    await page.close();
  });
});
