import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { LoginDocument } from "@overblik/graphql-client";
import { dataOf, DEMO_PASSWORD, gql, startTestApi, type TestApi } from "./api.js";
import { launchChromium, type TestBrowser } from "./browser.js";
import { FIXTURE_PASSWORD } from "./fixtures.js";

export interface PortalSuite {
  readonly api: TestApi;
  /** Brug for alle's id in this suite's database. */
  readonly bfaId: string;
  /** A new page, logged in through the portal's own login form as the demo user, at `path`. */
  loggedIn: (email: string, path: string) => Promise<Page>;
  /** A new page in a browser context of its own: no session cookie, nobody logged in. */
  newPage: () => Promise<Page>;
}

export interface EmptyPortalSuite {
  readonly api: TestApi;
  /**
   * A new page with the portal's login form filled in and sent; it does not wait for what comes next (a user
   * with a one-time password is asked for their own first).
   */
  logIn: (email: string, password: string) => Promise<Page>;
  /** A new page at `path`, with the session of a fixture user (FIXTURE_PASSWORD) logged in through the API. */
  loggedIn: (email: string, path: string) => Promise<Page>;
  /** A new page in a browser context of its own: no session cookie, nobody logged in. */
  newPage: () => Promise<Page>;
}

/**
 * The portal served by a test API started by `start`, and Chromium, for one browser test file: started before
 * its tests (before the file's own beforeAll, which may add to the database), stopped after them.
 */
function browserSuite(start: () => Promise<TestApi>, viewport: { width: number; height: number }) {
  let api: TestApi | undefined;
  let chrome: TestBrowser | undefined;
  beforeAll(async () => {
    api = await start();
    chrome = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await chrome?.close();
    await api?.close();
  });
  const started = () => {
    if (!api || !chrome) throw new Error("The test API and Chromium start in beforeAll");
    return { api, chrome };
  };
  const newPage = (): Promise<Page> => started().chrome.browser.newPage({ locale: "da-DK", viewport });
  const logIn = async (email: string, password: string): Promise<Page> => {
    const page = await newPage();
    await page.goto(started().api.url);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Adgangskode").fill(password);
    await page.getByRole("button", { name: "Log ind" }).click();
    return page;
  };
  const loggedIn = async (email: string, password: string, path: string): Promise<Page> => {
    const page = await logIn(email, password);
    await page.getByRole("heading", { name: "Projekter" }).waitFor();
    await page.goto(`${started().api.url}${path}`);
    return page;
  };
  /**
   * A new page at `path`, logged in by the API's login mutation with the session cookie it sets put in the page's
   * own browser context: one page load instead of three (the login form, the project list, `path`); a load of the
   * portal costs Chromium seconds of CPU on a loaded 2-core machine. The form itself is walked in portal.test.ts
   * and new-project.test.ts, with a one-time password too.
   */
  const withSession = async (email: string, password: string, path: string): Promise<Page> => {
    const { url } = started().api;
    const response = await gql(url, LoginDocument, { input: { email, password } });
    dataOf(response);
    const [pair = ""] = (response.headers.get("set-cookie") ?? "").split(";");
    const split = pair.indexOf("=");
    if (split < 1) throw new Error(`The login set no session cookie: ${pair}`);
    const context = await started().chrome.browser.newContext({ locale: "da-DK", viewport });
    await context.addCookies([{ name: pair.slice(0, split), value: pair.slice(split + 1), url, httpOnly: true, sameSite: "Lax" }]);
    const page = await context.newPage();
    // The context is the page's alone, as with browser.newPage: it closes with the page.
    page.once("close", () => void context.close());
    await page.goto(`${url}${path}`);
    return page;
  };
  return { api: () => started().api, logIn, loggedIn, withSession, newPage };
}

/** The portal on the demo data (Brug for alle and its users, who log in with DEMO_PASSWORD). Call it inside the file's describe block. */
export function portalSuite(): PortalSuite {
  const suite = browserSuite(() => startTestApi({ portalDist: DEFAULT_PORTAL_DIST }), { width: 1400, height: 1000 });
  let bfaId = "";
  beforeAll(async () => {
    const rows: Array<{ id: string }> = await suite.api().dataSource.query(`SELECT id FROM project WHERE code = 'BFA'`);
    bfaId = rows[0]?.id ?? "";
  });
  return {
    get api() {
      return suite.api();
    },
    get bfaId() {
      return bfaId;
    },
    loggedIn: (email, path) => suite.loggedIn(email, DEMO_PASSWORD, path),
    newPage: suite.newPage,
  };
}

/**
 * The portal on an EMPTY migrated database (no demo data): the file builds its own world with the fixtures in
 * its own beforeAll. Call it inside the file's describe block.
 */
export function emptyPortalSuite(options: { viewportWidth?: number; accessibilityStatementUrl?: string } = {}): EmptyPortalSuite {
  const start = () => startTestApi({ seed: false, portalDist: DEFAULT_PORTAL_DIST, accessibilityStatementUrl: options.accessibilityStatementUrl });
  const suite = browserSuite(start, { width: options.viewportWidth ?? 1400, height: 1000 });
  return {
    get api() {
      return suite.api();
    },
    logIn: suite.logIn,
    loggedIn: (email, path) => suite.withSession(email, FIXTURE_PASSWORD, path),
    newPage: suite.newPage,
  };
}
