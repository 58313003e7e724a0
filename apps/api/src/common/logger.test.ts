import { Writable } from "node:stream";
import { QueryFailedError } from "typeorm";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";

/** The logger as production builds it, writing to an array instead of stdout. */
function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger(
    "info",
    new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  return { lines, logger };
}

describe("createLogger", () => {
  it("logs a failed statement's name, SQLSTATE, constraint and table, never its query, parameters or detail", () => {
    const { lines, logger } = capturedLogger();
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "uq_app_user_email"'), {
      code: "23505",
      severity: "ERROR",
      constraint: "uq_app_user_email",
      table: "app_user",
      detail: "Key (email)=(borger@example.dk) already exists.",
    });
    const error = new QueryFailedError("INSERT INTO app_user (email, name) VALUES ($1, $2)", ["borger@example.dk", "Diagnose 010203-1234"], driverError);
    logger.error({ err: error }, "failed");
    const line = JSON.parse(lines.join("")) as { err: Record<string, unknown> };
    expect(line.err).toMatchObject({ type: "QueryFailedError", code: "23505", constraint: "uq_app_user_email", table: "app_user" });
    expect(lines.join("")).not.toMatch(/borger@example|010203|INSERT|Key \(email\)/);
  });

  it("keeps an ordinary error's message and stack", () => {
    const { lines, logger } = capturedLogger();
    logger.error({ err: new TypeError("x is not a function") }, "failed");
    expect((JSON.parse(lines.join("")) as { err: { message: string; stack: string } }).err).toMatchObject({
      type: "TypeError",
      message: "x is not a function",
    });
  });
});
