import { defineConfig } from "vitest/config";

export default defineConfig({
  // One graphql module for everyone: type-graphql and Apollo load its CommonJS build.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    include: ["api/**/*.test.ts", "db/**/*.test.ts", "browser/**/*.test.ts", "fuzz/**/*.test.ts"],
    globalSetup: ["./support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
