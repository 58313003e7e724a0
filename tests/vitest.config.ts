import { defineConfig } from "vitest/config";

export default defineConfig({
  // One graphql module for everyone: type-graphql and Apollo load its CommonJS build.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["api/**/*.test.ts", "db/**/*.test.ts", "browser/**/*.test.ts", "fuzz/**/*.test.ts", "invariants/**/*.test.ts"],
    globalSetup: ["./support/global-setup.ts"],
    testTimeout: 30_000,
    // A screen that answers in 100 ms alone can take seconds on a loaded 2-core CI machine (Chromium, the API and
    // PostgreSQL share it): expect.poll waits up to 10 s by default instead of vitest's 1 s, which failed
    // browser tests under load. A poll that passes returns at once, so a fast run is not slowed.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
