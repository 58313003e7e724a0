import { safeErrorFields } from "@overblik/db";
import { pino, type DestinationStream, type Logger } from "pino";

/** The API's logger: JSON lines on stdout (or `destination`, for tests). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "overblik-api" },
      // Never log credentials, tokens or personal identifiers.
      redact: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token", "*.cpr"],
      // pino's own err serializer copies every property: a failed statement's `parameters` and `query`, and
      // PostgreSQL's `detail` ("Key (email)=(…) already exists"). Name, SQLSTATE, constraint, table and frames only.
      serializers: { err: safeErrorFields },
    },
    destination,
  );
}
