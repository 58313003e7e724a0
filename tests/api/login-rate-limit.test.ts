import { type RunningServer } from "@overblik/api";
import { LoginDocument } from "@overblik/graphql-client";
import { Writable } from "node:stream";
import { pino } from "pino";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gql, startTestApi, type TestApi } from "../support/api.js";
import { FIXTURE_PASSWORD as PASSWORD, makeUser } from "../support/fixtures.js";
import { startSecondApi } from "../support/second-api.js";

const LIMIT = 5;
const logLines: string[] = [];
let first: TestApi;
let secondData: DataSource;
let second: RunningServer;
/** The accounts the attempts name: real ones (right and wrong password) and one that does not exist. */
const DOMAIN = "loginloft.dk";
const email = (who: string) => `${who}@${DOMAIN}`;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  first = await startTestApi({ logger: pino({ level: "info" }, sink), loginAttemptsPerMinute: LIMIT, seed: false });
  for (const who of ["leder", "tovholder", "admin", "styregruppe", "sagsbehandler"]) await makeUser(first.dataSource, { email: email(who) });
  // A second API process on the same database: the count must be shared, not kept in memory.
  ({ dataSource: secondData, server: second } = await startSecondApi(first, { loginAttemptsPerMinute: LIMIT }));
});
afterAll(async () => {
  await second?.close();
  await secondData?.destroy();
  await first?.close();
});

// Each test starts on a fresh window and a fresh log, whichever ran before it.
beforeEach(async () => {
  await first.dataSource.query(`DELETE FROM login_rate_limit`);
  logLines.length = 0;
});

const attempt = (url: string, email: string, password: string) => gql(url, LoginDocument, { input: { email, password } });

describe("the login rate limit per client", () => {
  it("counts every attempt from one client across two API processes, refuses the one over the limit with TOO_MANY_REQUESTS, and lets it in again in the next window", async () => {
    // Five attempts, spread over both processes and over several accounts, right and wrong: all are answered normally.
    expect((await attempt(first.url, email("leder"), PASSWORD)).errors).toBeUndefined();
    expect((await attempt(second.url, email("tovholder"), "forkert")).errors?.[0]?.message).toMatch(
      /^Forkert e-mail eller adgangskode, eller kontoen er midlertidigt låst/,
    );
    expect((await attempt(first.url, email("ingen"), "forkert")).errors?.[0]?.message).toMatch(
      /^Forkert e-mail eller adgangskode, eller kontoen er midlertidigt låst/,
    );
    expect((await attempt(second.url, email("admin"), PASSWORD)).errors).toBeUndefined();
    expect((await attempt(first.url, email("styregruppe"), "forkert")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    // The sixth, with the right password, on either process, is refused before the password is looked at
    // (the first refusal lands on the process whose log this test reads).
    for (const url of [first.url, second.url]) {
      const refused = await attempt(url, email("leder"), PASSWORD);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe("TOO_MANY_REQUESTS");
      expect(refused.errors?.[0]?.message).toMatch(/^For mange loginforsøg fra denne klient\. Prøv igen om \d+ sekund(er)?\.$/);
      const retryAfter = Number(refused.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect((refused.errors?.[0]?.extensions?.details as { retryAfterSeconds: number }).retryAfterSeconds).toBe(retryAfter);
      expect(refused.headers.get("set-cookie")).toBeNull();
    }

    // A refused attempt never reached the account: a wrong password refused by the limit is not a failed login.
    await attempt(first.url, email("sagsbehandler"), "forkert");
    const state: unknown[] = await first.dataSource.query(`SELECT l.* FROM login_lockout l JOIN app_user u ON u.id = l.user_id WHERE u.email = $1`, [
      email("sagsbehandler"),
    ]);
    expect(state).toEqual([]);

    // Logged once as a warning with the client and the count, and never with an e-mail or a password.
    const warnings = logLines.filter((l) => l.includes("login rate limit exceeded"));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0] ?? "{}")).toMatchObject({ level: 40, client: "127.0.0.1", limit: LIMIT, attempts: LIMIT + 1 });
    expect(logLines.join("\n")).not.toMatch(/loginloft|fixture-adgangskode|forkert/);

    // When the minute has passed (moved back here rather than waited for), the client may try again.
    await first.dataSource.query(`UPDATE login_rate_limit SET window_start = now() - interval '61 seconds'`);
    expect((await attempt(second.url, email("leder"), PASSWORD)).errors).toBeUndefined();
    const rows: Array<{ client: string; attempts: number }> = await first.dataSource.query(`SELECT client, attempts FROM login_rate_limit`);
    expect(rows).toEqual([{ client: "127.0.0.1", attempts: 1 }]);
  });

  it("holds under a burst: of 30 concurrent attempts exactly the limit get through", async () => {
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(i % 2 === 0 ? first.url : second.url, email("ingen"), "forkert")));
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(LIMIT);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(30 - LIMIT);
  });
});
