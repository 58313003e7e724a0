import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { testEnv } from "./env.js";

export const INSTALL_HINT =
  "Chromium mangler: installér det med `apt-get install -y chromium-headless-shell` (Debian; eller `chromium`), eller sæt CHROMIUM_PATH.";

export const chromiumAvailable = existsSync(testEnv.chromiumPath);

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Debian's Chromium (testEnv.chromiumPath), headless, with its background networking off (the network here is closed). */
function launch(): Promise<Browser> {
  return chromium.launch({
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
}

/** A launch that failed is tried again by the next file rather than failing it too. */
function launchShared(): Promise<Browser> {
  return launch().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
}

/** The test worker's Chromium: launched by the first browser test file the worker runs, and kept for the next. */
let shared: Promise<Browser> | undefined;

/**
 * Chromium for one test file. The browser is shared by the files one test worker runs (a launch and a close cost
 * about 2 s of waiting each, 22 browser files over); what a file opens is its own: every page it makes lives in a
 * browser context of its own (fresh cookies and storage, like a fresh profile), and `close` closes the contexts
 * the file made. Chromium ends with the worker (Playwright closes it when the process exits).
 */
export async function launchChromium(): Promise<TestBrowser> {
  let browser = await (shared ??= launchShared());
  if (!browser.isConnected()) {
    // A crash in an earlier file: this file gets a new Chromium.
    browser = await (shared = launchShared());
  }
  const before = new Set(browser.contexts());
  return {
    browser,
    async close() {
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !before.has(context))
          .map((context) => context.close()),
      );
    },
  };
}
