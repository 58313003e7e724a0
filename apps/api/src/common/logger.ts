import { pino, type Logger } from "pino";

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "overblik-api" },
    // Never log credentials, tokens or personal identifiers.
    redact: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token", "*.cpr"],
  });
}
