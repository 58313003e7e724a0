// The portal's first load in Chromium (issue #17): per page the JavaScript it transfers (compressed, as the API
// sends it) beside the budget, and the time until the page's heading is visible, each in a fresh browser context
// (an empty cache). The demo data on an embedded PostgreSQL; the portal as built (npm run build).
// Prints figures; asserts nothing.
//
//   node bench/first-load.mjs          (also part of `npm run bench`)
import { createLogger, DEFAULT_PORTAL_DIST, startServer } from "@overblik/api";
import { openDatabase, seedDemoData, startEmbeddedPostgres } from "@overblik/db";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

/** Each page is opened this often; the median time is printed (the bytes are the same each time). */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KB = 1024;
/** Issue #17's budgets for compressed JavaScript. */
const LOGIN_BUDGET = 150 * KB;
const PAGE_BUDGET = 250 * KB;
// As tests/support/env.ts: Debian's headless shell, or its desktop chromium.
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? ["/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium"].find((p) => existsSync(p)) ?? "/usr/bin/chromium";
// As tests/support/browser.ts: the network here is closed, so Chromium's own traffic is off.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const DEMO_PASSWORD = "overblik-demo";

if (!existsSync(join(DEFAULT_PORTAL_DIST, "index.html"))) {
  console.log(`Første indlæsning: portalen er ikke bygget (${DEFAULT_PORTAL_DIST}). Kør "npm run build" først.`);
  process.exit(0);
}
if (!existsSync(CHROMIUM)) {
  console.log(`Første indlæsning: Chromium mangler (${CHROMIUM}). Installér det med "apt-get install -y chromium-headless-shell", eller sæt CHROMIUM_PATH.`);
  process.exit(0);
}

/**
 * Opens `path` in a fresh context (logged in as `email` when given, through the Login mutation, whose cookie the
 * context keeps) and waits for a visible h1. Returns the milliseconds from the start of navigation to then (the
 * page's own clock) and the scripts' and style sheets' bytes as transferred.
 */
async function firstLoad(browser, baseUrl, path, email) {
  const context = await browser.newContext({ locale: "da-DK", viewport: { width: 1366, height: 900 } });
  try {
    if (email) {
      const res = await context.request.post(`${baseUrl}/graphql`, {
        data: { query: `mutation L($input: LoginInput!) { login(input: $input) { token } }`, variables: { input: { email, password: DEMO_PASSWORD } } },
      });
      const body = await res.json();
      if (body.errors) throw new Error(`login as ${email}: ${JSON.stringify(body.errors)}`);
    }
    const page = await context.newPage();
    const transfers = [];
    page.on("requestfinished", (request) => {
      const type = request.resourceType();
      if (type !== "script" && type !== "stylesheet") return;
      transfers.push(
        Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
          type,
          bytes: sizes.responseBodySize,
          encoding: response?.headers()["content-encoding"] ?? "ingen",
        })),
      );
    });
    await page.goto(`${baseUrl}${path}`, { waitUntil: "commit" });
    const shown = await page.waitForFunction(
      /* global document -- this function runs in the page, in Chromium, not in Node */
      () => {
        const heading = document.querySelector("h1");
        return heading?.checkVisibility() && heading.textContent?.trim() ? performance.now() : false;
      },
      undefined,
      { polling: "raf", timeout: 30_000 },
    );
    const ms = await shown.jsonValue();
    // Whatever the page still loads for its first screen (its data's components) counts too.
    await page.waitForLoadState("networkidle");
    const files = await Promise.all(transfers);
    const sum = (type) => files.filter((f) => f.type === type).reduce((n, f) => n + f.bytes, 0);
    return {
      ms,
      js: sum("script"),
      css: sum("stylesheet"),
      scripts: files.filter((f) => f.type === "script").length,
      encodings: new Set(files.map((f) => f.encoding)),
    };
  } finally {
    await context.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${Math.round(bytes / KB)} KB`;

const dir = await mkdtemp(join(tmpdir(), "overblik-bench-"));
// The embedded PostgreSQL runs as the postgres user when started as root: it must reach the directory.
await chmod(dir, 0o755);
const pg = await startEmbeddedPostgres({ dataDir: join(dir, "data"), persistent: false });
let server;
let dataSource;
let browser;
try {
  await pg.createDatabase("bench");
  dataSource = await openDatabase({ url: pg.urlFor("bench") });
  await seedDemoData(dataSource);
  server = await startServer(
    {
      dataSource,
      logger: createLogger("silent"),
      sessionSecret: "bench-secret-bench-secret-bench-secret!",
      personalDataKeys: { encryptionKey: Buffer.alloc(32, 1), lookupKey: Buffer.alloc(32, 2) },
      portalDist: DEFAULT_PORTAL_DIST,
      loginAttemptsPerMinute: 10_000,
    },
    0,
  );
  const [bfa] = await dataSource.query(`SELECT id FROM project WHERE code = 'BFA'`);
  const [citizen] = await dataSource.query(`SELECT id FROM participant WHERE project_id = $1 AND colour = 'ORANGE' ORDER BY code LIMIT 1`, [bfa.id]);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

  const pages = [
    { name: "login", path: "/", budget: LOGIN_BUDGET },
    { name: "projekter (leder)", path: "/", email: "leder@overblik.demo", budget: PAGE_BUDGET },
    { name: "budget (leder)", path: `/projekter/${bfa.id}/budget`, email: "leder@overblik.demo", budget: PAGE_BUDGET },
    { name: "styregruppens portefølje", path: "/styregruppe", email: "styregruppe@overblik.demo", budget: PAGE_BUDGET },
    { name: "styregruppens overblik", path: `/projekter/${bfa.id}/styregruppe`, email: "styregruppe@overblik.demo", budget: PAGE_BUDGET },
    { name: "borgerens side (tovholder)", path: `/projekter/${bfa.id}/borgere/${citizen.id}`, email: "tovholder@overblik.demo", budget: PAGE_BUDGET },
  ];
  console.log(
    `\nFørste indlæsning i Chromium (${browser.version()}): komprimeret JavaScript pr. side og tid til indhold (til sidens h1 er synlig),\n` +
      `tom cache hver gang, median af ${RUNS} indlæsninger fra ${server.url} (samme maskine: ingen netværksforsinkelse).\n`,
  );
  for (const { name, path, email, budget } of pages) {
    await firstLoad(browser, server.url, path, email); // warm-up: the server's first answers and Chromium's
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstLoad(browser, server.url, path, email));
    const last = runs[runs.length - 1];
    const over = last.js > budget ? "  OVER BUDGET" : "";
    console.log(
      `${`${name}:`.padEnd(28)}${kb(last.js).padStart(7)} JS (budget ${kb(budget)}) i ${last.scripts} filer, ${kb(last.css)} CSS, ` +
        `${Math.round(median(runs.map((r) => r.ms)))} ms til indhold   [${[...last.encodings].join(", ")}]${over}`,
    );
  }
  console.log("");
} finally {
  await browser?.close();
  await server?.close();
  await dataSource?.destroy();
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
