// A second API process on the database of a running test API, with its own connection pool and nothing shared in
// memory: what two processes must share goes through the database (tests/api/scale-out.test.ts, login-rate-limit.test.ts).
import { createLogger, startServer, type RunningServer } from "@overblik/api";
import { openDatabase } from "@overblik/db";
import type { DataSource } from "typeorm";
import { TEST_KEYS, type TestApi } from "./api.js";

export interface SecondApi {
  dataSource: DataSource;
  server: RunningServer;
}

/** The second process, silent, with `options` on top of the test API's own (e.g. its login limit). */
export async function startSecondApi(first: TestApi, options: Partial<Parameters<typeof startServer>[0]> = {}): Promise<SecondApi> {
  const dataSource = await openDatabase({ url: first.db.url, poolSize: 2 });
  const server = await startServer(
    {
      dataSource,
      logger: createLogger("silent"),
      sessionSecret: "test-secret-test-secret-test-secret-0123",
      personalDataKeys: TEST_KEYS,
      portalDist: "/nonexistent",
      ...options,
    },
    0,
  );
  return { dataSource, server };
}
