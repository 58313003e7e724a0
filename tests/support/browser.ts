import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { testEnv } from "./env.js";

export const INSTALL_HINT = "Chromium mangler: installér det med `apt-get install -y chromium` (Debian), eller sæt CHROMIUM_PATH.";

export const chromiumAvailable = existsSync(testEnv.chromiumPath);

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless, with its background networking off (the network here is closed).
 * Playwright gives each launch a fresh temporary profile of its own.
 */
export async function launchChromium(): Promise<TestBrowser> {
  const browser = await chromium.launch({
    executablePath: testEnv.chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}
