// `npm run dev`: the development loop in one command.
//
//   db      the embedded PostgreSQL in DATA_DIR/pg (the same cluster and demo data as `npm start`), started once
//   tsc     `tsc --watch` on apps/api: rebuilds dist/ on a change (tsx and esbuild emit no decorator metadata,
//           which type-graphql and TypeORM need, so the API always runs from tsc's output)
//   api     `node --watch dist/main.js`: restarts when tsc writes a file it imports; the database stays up
//   portal  Vite's dev server with hot reload, proxying /graphql, /export, /auth/oidc and /healthz to the API
//
// Environment (all optional): PORT (API, default 4000), PORTAL_DEV_PORT (Vite, default 5173), DATA_DIR (.data),
// DATABASE_URL (an existing PostgreSQL instead of the embedded one), LOG_LEVEL. Ctrl-C stops everything.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => join(root, "node_modules", ".bin", name);
const apiPort = Number(process.env.PORT ?? 4000);
const portalPort = Number(process.env.PORTAL_DEV_PORT ?? 5173);
const dataDir = resolve(process.env.DATA_DIR ?? ".data");

const children = [];
let embedded;
let stopping = false;

/** Each line of a child's output, prefixed with its name. */
function prefixed(name, stream, onLine) {
  let rest = "";
  stream.on("data", (chunk) => {
    const lines = (rest + chunk.toString()).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) {
      process.stdout.write(`[${name}] ${line}\n`);
      onLine?.(line);
    }
  });
}

function start(name, command, args, { cwd = root, env = {}, onLine } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: "1" } : {}), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  prefixed(name, child.stdout, onLine);
  prefixed(name, child.stderr, onLine);
  child.on("exit", (code, signal) => {
    if (!stopping) {
      process.stdout.write(`[${name}] stopped (${signal ?? code}); stopping the rest\n`);
      void stop(1);
    }
  });
  children.push(child);
  return child;
}

function run(name, command, args) {
  return new Promise((done, fail) => {
    const child = start(name, command, args);
    child.removeAllListeners("exit");
    child.on("exit", (code) => {
      children.splice(children.indexOf(child), 1);
      if (code === 0) done();
      else fail(new Error(`${name} failed (${code})`));
    });
  });
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once("exit", done);
          child.kill("SIGTERM");
        }),
    ),
  );
  try {
    await embedded?.stop();
  } catch {
    // Ctrl-C reached PostgreSQL itself too: it is already stopping.
  }
  process.exit(code);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

try {
  const started = Date.now();
  // What the API and the portal import (domain, db, graphql-client), built once; the portal itself is not built:
  // Vite serves its source.
  await run("build", bin("turbo"), ["run", "build", "--filter=@overblik/api^...", "--filter=@overblik/portal^...", "--output-logs=errors-only"]);

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const { ensureDatabase, startEmbeddedPostgres } = await import("@overblik/db");
    process.stdout.write(`[db] indlejret PostgreSQL i ${join(dataDir, "pg")}\n`);
    embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, "pg"), persistent: true });
    await ensureDatabase(embedded.urlFor("postgres"), "overblik");
    databaseUrl = embedded.urlFor("overblik");
  }

  // The API starts after tsc's first full build, or node --watch would restart it for every file tsc writes.
  let apiStarted = false;
  let apiStarts = 0;
  start("tsc", bin("tsc"), ["-p", "apps/api/tsconfig.build.json", "--watch", "--preserveWatchOutput"], {
    onLine: (line) => {
      if (apiStarted || !/Watching for file changes/.test(line)) return;
      apiStarted = true;
      start("api", process.execPath, ["--watch", "--watch-preserve-output", "--enable-source-maps", "apps/api/dist/main.js"], {
        env: { DATABASE_URL: databaseUrl, PORT: String(apiPort), PORTAL_PORT: String(apiPort), DATA_DIR: dataDir },
        // main.ts names the API's own addresses (its "Portal" is the last build); the one to open is Vite's.
        onLine: (apiLine) => {
          if (!apiLine.includes("Overblik kører.")) return;
          const first = apiStarts++ === 0;
          process.stdout.write(
            (first ? `[dev] API klar efter ${((Date.now() - started) / 1000).toFixed(1)} s. ` : "[dev] API genstartet. ") +
              `Åbn portalen med hot reload: http://localhost:${portalPort}/  (API: http://localhost:${apiPort}/graphql). Stop med Ctrl-C.\n`,
          );
        },
      });
    },
  });
  start("portal", bin("vite"), ["--clearScreen", "false"], {
    cwd: join(root, "apps", "portal"),
    env: { OVERBLIK_API_URL: `http://127.0.0.1:${apiPort}`, PORTAL_DEV_PORT: String(portalPort) },
  });
} catch (error) {
  process.stderr.write(`[dev] ${error instanceof Error ? error.message : String(error)}\n`);
  await stop(1);
}
