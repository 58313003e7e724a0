// node scripts/check-dev-loop.mjs: proves `npm run dev` picks up a change without a restart by hand.
//
// Starts `npm run dev` on free ports with a throwaway DATA_DIR, waits until the API (through Vite's proxy) and the
// portal answer, then
//   1. changes the description of Query.projects in project.resolver.ts and waits until the API, through the
//      portal's proxy, serves the new description (tsc --watch rebuilt, node --watch restarted);
//   2. opens the login page in Chromium, changes its lead text in login-page.tsx and waits until the open page
//      shows it with no reload (a marker set on `window` before the change is still there: hot module
//      replacement, not a new page load). Without Chromium (CHROMIUM_PATH) it fetches the module from Vite.
// Both files are put back as they were, and the put-back is seen served too. Prints what it saw and the times.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const RESOLVER = join(root, "apps/api/src/modules/projects/project.resolver.ts");
const RESOLVER_TEXT = "De projekter, brugeren har en rolle i (alle for ADMIN).";
const PAGE = join(root, "apps/portal/src/pages/login-page.tsx");
const PAGE_TEXT = "Budget og overblik for kommunens beskæftigelsesprojekter.";
// As tests/support/env.ts: Debian's headless shell, or its desktop chromium.
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"].find((p) => existsSync(p)) ?? "/usr/bin/chromium";
// Generous for a loaded 2-core machine: the first start builds the packages and initialises a cluster.
const START_TIMEOUT_MS = 300_000;
const CHANGE_TIMEOUT_MS = 120_000;

const freePort = () =>
  new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `probe` until it returns something truthy; the time it took in seconds with the value. */
async function until(what, probe, timeoutMs) {
  const started = Date.now();
  for (;;) {
    if (dev.exitCode !== null) throw new Error(`npm run dev stopped (${dev.exitCode}) while waiting for ${what}`);
    const value = await probe().catch(() => null);
    if (value) return { value, seconds: (Date.now() - started) / 1000 };
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(250);
  }
}

const apiPort = await freePort();
const portalPort = await freePort();
const portal = `http://127.0.0.1:${portalPort}`;
const dataDir = await mkdtemp(join(tmpdir(), "overblik-dev-loop-"));
// Run as root, the embedded PostgreSQL runs as the user postgres, who must be able to enter the directory.
await chmod(dataDir, 0o755);
const log = [];
const dev = spawn("npm", ["run", "dev"], {
  cwd: root,
  env: { ...process.env, PORT: String(apiPort), PORTAL_DEV_PORT: String(portalPort), DATA_DIR: dataDir, LOG_LEVEL: "warn" },
  stdio: ["ignore", "pipe", "pipe"],
  // Its own process group: stopped below as Ctrl-C stops it in a terminal.
  detached: true,
});
for (const stream of [dev.stdout, dev.stderr]) stream.on("data", (chunk) => log.push(chunk.toString()));
const apiStarts = () => log.join("").split("Overblik kører.").length - 1;

const description = async () => {
  const res = await fetch(`${portal}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ __type(name: "Query") { fields { name description } } }` }),
  });
  const body = await res.json();
  return body.data.__type.fields.find((f) => f.name === "projects").description;
};

const originalResolver = await readFile(RESOLVER, "utf8");
const originalPage = await readFile(PAGE, "utf8");
let browser;
let failed = false;
try {
  const t0 = Date.now();
  await until(
    "the API through the portal's proxy and the portal",
    async () => {
      const health = await fetch(`${portal}/healthz`);
      const page = await fetch(`${portal}/`);
      return health.ok && page.ok && (await page.text()).includes("/src/main.tsx");
    },
    START_TIMEOUT_MS,
  );
  console.log(
    `npm run dev: API (via Vite's proxy, /healthz) and portal answer after ${((Date.now() - t0) / 1000).toFixed(1)} s (ports ${apiPort}, ${portalPort})`,
  );
  console.log(`  served description of Query.projects: "${await description()}"`);

  // 1. The resolver.
  const marker = `Ændret af dev-loop-tjekket ${Date.now()}.`;
  const startsBefore = apiStarts();
  await writeFile(RESOLVER, originalResolver.replace(RESOLVER_TEXT, `${RESOLVER_TEXT} ${marker}`));
  const changed = await until(
    "the API to serve the new description",
    async () => ((await description()).includes(marker) ? await description() : null),
    CHANGE_TIMEOUT_MS,
  );
  console.log(`resolver changed: served after ${changed.seconds.toFixed(1)} s: "${changed.value}" (API starts in the log: ${startsBefore} → ${apiStarts()})`);
  await writeFile(RESOLVER, originalResolver);
  const back = await until(
    "the API to serve the old description",
    async () => ((await description()) === RESOLVER_TEXT ? RESOLVER_TEXT : null),
    CHANGE_TIMEOUT_MS,
  );
  console.log(`resolver put back: served after ${back.seconds.toFixed(1)} s`);

  // 2. The portal component.
  const pageMarker = `Ændret af dev-loop-tjekket ${Date.now()}.`;
  if (existsSync(CHROMIUM)) {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    const page = await browser.newPage();
    await page.goto(`${portal}/`);
    await page.getByText(PAGE_TEXT).waitFor({ timeout: CHANGE_TIMEOUT_MS });
    await page.evaluate(() => (globalThis.__devLoopMarker = "before the change"));
    console.log(`portal: login page open in Chromium, showing "${PAGE_TEXT}"`);
    await writeFile(PAGE, originalPage.replace(PAGE_TEXT, `${PAGE_TEXT} ${pageMarker}`));
    const shown = await until("the open page to show the new text", async () => ((await page.content()).includes(pageMarker) ? true : null), CHANGE_TIMEOUT_MS);
    const kept = await page.evaluate(() => globalThis.__devLoopMarker);
    console.log(
      `portal component changed: the open page shows "${pageMarker}" after ${shown.seconds.toFixed(1)} s; window marker "${kept ?? "gone"}" (${kept ? "hot module replacement, no reload" : "the page reloaded"})`,
    );
    if (!kept) failed = true;
    await writeFile(PAGE, originalPage);
    const restored = await until(
      "the open page to lose the new text",
      async () => (!(await page.content()).includes(pageMarker) ? true : null),
      CHANGE_TIMEOUT_MS,
    );
    console.log(`portal component put back: shown after ${restored.seconds.toFixed(1)} s`);
  } else {
    console.log(`portal: no Chromium at ${CHROMIUM}; checking the module Vite serves instead of an open page`);
    const source = async () => (await fetch(`${portal}/src/pages/login-page.tsx`)).text();
    await writeFile(PAGE, originalPage.replace(PAGE_TEXT, `${PAGE_TEXT} ${pageMarker}`));
    const served = await until("Vite to serve the new module", async () => ((await source()).includes(pageMarker) ? true : null), CHANGE_TIMEOUT_MS);
    console.log(`portal component changed: Vite serves it after ${served.seconds.toFixed(1)} s`);
    await writeFile(PAGE, originalPage);
  }
  console.log(`API starts in the log over the whole run: ${apiStarts()} (the first, and one per change the API saw); the dev process was never restarted`);
  console.log(failed ? "FAILED" : "OK");
} catch (error) {
  failed = true;
  console.error(`FAILED: ${error instanceof Error ? error.message : String(error)}\n--- npm run dev's output ---\n${log.join("").slice(-6000)}`);
} finally {
  await writeFile(RESOLVER, originalResolver);
  await writeFile(PAGE, originalPage);
  await browser?.close();
  if (dev.exitCode === null && dev.signalCode === null) {
    const exited = new Promise((done) => dev.once("exit", done));
    process.kill(-dev.pid, "SIGINT");
    await Promise.race([exited, sleep(30_000)]);
    if (dev.exitCode === null && dev.signalCode === null) process.kill(-dev.pid, "SIGKILL");
  }
  await rm(dataDir, { recursive: true, force: true });
  if (process.env.SHOW_DEV_LOG) console.log(log.join(""));
}
process.exit(failed ? 1 : 0);
