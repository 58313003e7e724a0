import { DEFAULT_PORTAL_DIST } from "@overblik/api";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../support/api.js";
import { seriousViolations } from "../support/axe.js";
import { chromiumAvailable, launchChromium, type TestBrowser } from "../support/browser.js";
import { makeUser } from "../support/fixtures.js";
import { freePort, IDP_PASSWORD, oidcSettingsFor, startOidcProvider, type TestIdp } from "../support/oidc-provider.js";

const ADMIN_GROUP = "9d41-overblik-administratorer";

describe.skipIf(!chromiumAvailable)("Log ind med din organisation (OpenID Connect) in Chromium", () => {
  let idp: TestIdp;
  let api: TestApi;
  let chrome: TestBrowser;

  beforeAll(async () => {
    const [idpPort, apiPort] = await Promise.all([freePort(), freePort()]);
    idp = await startOidcProvider({
      port: idpPort,
      apiUrls: [`http://localhost:${apiPort}`],
      accounts: [
        { login: "gitte", subject: "sub-gitte", email: "gitte@kommune.test", emailVerified: true, name: "Gitte fra IdP", groups: [ADMIN_GROUP] },
        { login: "henrik", subject: "sub-henrik", email: "henrik@kommune.test", emailVerified: true, name: "Henrik Ukendt", groups: [] },
      ],
    });
    [api, chrome] = await Promise.all([
      startTestApi({
        seed: false,
        portalDist: DEFAULT_PORTAL_DIST,
        port: apiPort,
        oidc: oidcSettingsFor(idp, apiPort, { OIDC_UNKNOWN_USERS: "refuse", OIDC_ROLE_MAPPING: JSON.stringify({ [ADMIN_GROUP]: "ADMIN" }) }),
      }),
      launchChromium(),
    ]);
    // Known to Overblik without any global role: the organisation's group makes her an administrator.
    await makeUser(api.dataSource, { email: "gitte@kommune.test", name: "Gitte Lokal" });
  }, 60_000);
  afterAll(async () => {
    await chrome?.close();
    await api?.close();
    await idp?.close();
  });

  /** From the portal's login page through the organisation's login form, as the person would. */
  async function signInAtOrganisation(login: string): Promise<Page> {
    const page = await chrome.browser.newPage({ locale: "da-DK", viewport: { width: 1400, height: 1000 } });
    await page.goto(api.url);
    await page.getByRole("link", { name: "Log ind med din organisation" }).click();
    await page.getByRole("heading", { name: "Organisationens login" }).waitFor();
    await page.getByLabel("Brugernavn").fill(login);
    await page.getByLabel("Adgangskode").fill(IDP_PASSWORD);
    await page.getByRole("button", { name: "Log ind", exact: true }).click();
    return page;
  }

  it("signs a known user in through the organisation, with the global role their group maps to, and logs out", async () => {
    const page = await signInAtOrganisation("gitte");
    await page.getByRole("heading", { name: "Projekter", level: 1 }).waitFor();
    expect(new URL(page.url()).origin).toBe(api.url);
    await expect.poll(() => page.locator(".portal-user .user").innerText()).toContain("Gitte Lokal");
    // ADMIN from the group: the administrator's menu items are there.
    const menu = page.getByRole("navigation", { name: "Hovedmenu" });
    await menu.getByRole("link", { name: "Brugere" }).waitFor();
    await menu.getByRole("link", { name: "Adgangslog" }).waitFor();

    await page.getByRole("button", { name: "Log ud" }).click();
    // Sent on to the organisation's own logout page; the Overblik session is over.
    await page.waitForURL((url) => url.href.startsWith(`${idp.issuer}/session/end`));
    await page.goto(api.url);
    await page.getByRole("link", { name: "Log ind med din organisation" }).waitFor();
    await page.close();
  });

  it("shows a person the organisation signed in, but who has no access to Overblik, a Danish message on the login page (axe-core passes)", async () => {
    const page = await signInAtOrganisation("henrik");
    await page.getByRole("alert").filter({ hasText: "Din organisation har logget dig ind, men du har ikke adgang til Overblik." }).waitFor();
    await page.getByLabel("E-mail").waitFor();
    // The address is cleaned: a reload shows the plain login page.
    expect(new URL(page.url()).search).toBe("");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
