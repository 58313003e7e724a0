import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { DEMO_PASSWORD, startTestApi, type TestApi } from "./api.js";
import { launchChromium, type TestBrowser } from "./browser.js";

export interface PortalSuite {
  readonly api: TestApi;
  /** Brug for alle's id in this suite's database. */
  readonly bfaId: string;
  /** A new page, logged in through the portal's own login form as the demo user, at `path`. */
  loggedIn(email: string, path: string): Promise<Page>;
}

/**
 * The portal served by a test API on its own database, and Chromium, for one browser test file: started
 * before its tests, stopped after them. Call it inside the file's describe block.
 */
export function portalSuite(): PortalSuite {
  let api: TestApi | undefined;
  let chrome: TestBrowser | undefined;
  let bfaId = "";
  beforeAll(async () => {
    api = await startTestApi({ portalDist: DEFAULT_PORTAL_DIST });
    chrome = await launchChromium();
    const rows: Array<{ id: string }> = await api.dataSource.query(`SELECT id FROM project WHERE code = 'BFA'`);
    bfaId = rows[0]?.id ?? "";
  });
  afterAll(async () => {
    await chrome?.close();
    await api?.close();
  });
  const started = () => {
    if (!api || !chrome) throw new Error("portalSuite: the API and Chromium start in beforeAll");
    return { api, chrome };
  };
  return {
    get api() {
      return started().api;
    },
    get bfaId() {
      return bfaId;
    },
    async loggedIn(email: string, path: string) {
      const { api: a, chrome: c } = started();
      const page = await c.browser.newPage({ locale: "da-DK", viewport: { width: 1400, height: 1000 } });
      await page.goto(a.url);
      await page.getByLabel("E-mail").fill(email);
      await page.getByLabel("Adgangskode").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Log ind" }).click();
      await page.getByRole("heading", { name: "Projekter" }).waitFor();
      await page.goto(`${a.url}${path}`);
      return page;
    },
  };
}
