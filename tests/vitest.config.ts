import { defineConfig } from "vitest/config";

export default defineConfig({
  // One graphql module for everyone: type-graphql and Apollo load its CommonJS build.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["api/**/*.test.ts", "architecture/**/*.test.ts", "db/**/*.test.ts", "browser/**/*.test.ts", "fuzz/**/*.test.ts", "invariants/**/*.test.ts"],
    globalSetup: ["./support/global-setup.ts"],
    // A browser test clicks through a whole task; on a loaded 2-core CI machine that has taken over 30 s.
    testTimeout: 60_000,
    // A screen that answers in 100 ms alone can take seconds on a loaded 2-core CI machine (Chromium, the API and
    // PostgreSQL share it): expect.poll waits up to 10 s by default instead of vitest's 1 s, which failed
    // browser tests under load. A poll that passes returns at once, so a fast run is not slowed.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    hookTimeout: 60_000,
    pool: "forks",
    // The workspace's built packages (the API and what it uses) load as Node loads them, like node_modules: not
    // transformed again by Vite's module runner, whose source-map stack traces cost every error the API makes.
    server: { deps: { external: [/\/node_modules\//, /\/(apps\/api|packages\/(domain|db|graphql-client))\/dist\//] } },
    maxWorkers: 2,
    // Each file starts its own API on its own database, so the files share nothing but the modules' code: loading
    // the API's modules once per worker instead of once per file halved the run (import time 51 s → 16 s for six
    // files on a loaded machine). No test file sets process.env.
    isolate: false,
  },
});
