import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import type { Middleware } from "./app.js";
import { pingDatabase } from "./health.repository.js";

/** GET /healthz: 200 while the database answers, 503 when it does not. */
export function health(dataSource: DataSource, logger: Logger): Middleware {
  return async (_req, res) => {
    try {
      await pingDatabase(dataSource.manager);
      res.status(200).json({ status: "ok", database: "ok" });
    } catch (error) {
      logger.warn({ err: error }, "health check: database unreachable");
      res.status(503).json({ status: "unavailable", database: "unreachable" });
    }
  };
}
