// Who may do what with the participants (every operation × every role, and the caseworker's own citizens), and the
// access log every look at a citizen writes: one row per citizen listed and per reveal, append-only, purged by age.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql } from "../support/api.js";
import {
  CLASSIFY,
  COLOUR,
  EXTRACT,
  FIND,
  LOG,
  ONE,
  PREVIEW,
  REVEAL,
  ROLES,
  STATS,
  csvFile,
  startParticipantsWorld,
  type ParticipantsWorld,
} from "../support/participants-world.js";

let api: ParticipantsWorld["api"];
let projectId: ParticipantsWorld["projectId"];
let tokens: ParticipantsWorld["tokens"];
let assignedIds: ParticipantsWorld["assignedIds"];
let list: ParticipantsWorld["list"];
beforeAll(async () => {
  ({ api, projectId, tokens, assignedIds, list } = await startParticipantsWorld());
});
afterAll(() => api?.close());

describe("role scopes for every operation on participants", () => {
  it("lets each role do exactly what its scope allows", async () => {
    const all = dataOf(await list("tovholder", { take: 200 })).participants;
    const target = all.items.find((p) => p.colour === "ORANGE");
    if (!target) throw new Error("no orange participant");
    const ops: Record<string, (role: string) => Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>> = {
      list: (r) => list(r),
      read: (r) => gql(api.url, ONE, { id: target.id }, { token: tokens[r] }),
      reveal: (r) => gql(api.url, REVEAL, { input: { participantId: target.id, purpose: "Matrixtest af adgang" } }, { token: tokens[r] }),
      find: (r) => gql(api.url, FIND, { input: { projectId: projectId, cpr: "010165-1234", purpose: "Matrixtest af adgang" } }, { token: tokens[r] }),
      classify: (r) => gql(api.url, CLASSIFY, { input: { participantId: target.id, profiles: [], expectedVersion: 999 } }, { token: tokens[r] }),
      colour: (r) =>
        gql(api.url, COLOUR, { input: { participantId: target.id, colour: "GROEN", reason: "Matrixtest", expectedVersion: 999 } }, { token: tokens[r] }),
      preview: (r) => gql(api.url, PREVIEW, { input: { projectId: projectId, fileName: "x.csv", contentBase64: csvFile([]) } }, { token: tokens[r] }),
      stats: (r) => gql(api.url, STATS, { projectId: projectId }, { token: tokens[r] }),
      accessLog: (r) => gql(api.url, LOG, {}, { token: tokens[r] }),
      extract: (r) => gql(api.url, EXTRACT, { participantId: target.id }, { token: tokens[r] }),
    };
    // OK = allowed; CONFLICT where the operation is allowed but the matrix sends a stale version on purpose.
    const expected: Record<string, Record<(typeof ROLES)[number], string>> = {
      list: {
        styregruppe: "FORBIDDEN",
        leder: "FORBIDDEN",
        tovholder: "OK",
        sagsbehandler: "OK",
        team: "FORBIDDEN",
        admin: "FORBIDDEN",
        udvikler: "FORBIDDEN",
      },
      read: {
        styregruppe: "FORBIDDEN",
        leder: "FORBIDDEN",
        tovholder: "OK",
        sagsbehandler: "NOT_FOUND",
        team: "FORBIDDEN",
        admin: "FORBIDDEN",
        udvikler: "FORBIDDEN",
      },
      reveal: {
        styregruppe: "FORBIDDEN",
        leder: "FORBIDDEN",
        tovholder: "OK",
        sagsbehandler: "NOT_FOUND",
        team: "FORBIDDEN",
        admin: "FORBIDDEN",
        udvikler: "FORBIDDEN",
      },
      find: {
        styregruppe: "FORBIDDEN",
        leder: "FORBIDDEN",
        tovholder: "OK",
        sagsbehandler: "OK",
        team: "FORBIDDEN",
        admin: "FORBIDDEN",
        udvikler: "FORBIDDEN",
      },
      classify: {
        styregruppe: "FORBIDDEN",
        leder: "FORBIDDEN",
        tovholder: "CONFLICT",
        sagsbehandler: "NOT_FOUND",
        team: "FORBIDDEN",
        admin: "FORBIDDEN",
        udvikler: "FORBIDDEN",
      },
      colour: {
        styregruppe: "FORBIDDEN",
        leder: "FORBIDDEN",
        tovholder: "CONFLICT",
        sagsbehandler: "FORBIDDEN",
        team: "FORBIDDEN",
        admin: "FORBIDDEN",
        udvikler: "FORBIDDEN",
      },
      preview: {
        styregruppe: "FORBIDDEN",
        leder: "FORBIDDEN",
        tovholder: "OK",
        sagsbehandler: "FORBIDDEN",
        team: "FORBIDDEN",
        admin: "FORBIDDEN",
        udvikler: "FORBIDDEN",
      },
      stats: { styregruppe: "OK", leder: "OK", tovholder: "OK", sagsbehandler: "FORBIDDEN", team: "FORBIDDEN", admin: "FORBIDDEN", udvikler: "OK" },
      accessLog: {
        styregruppe: "FORBIDDEN",
        leder: "FORBIDDEN",
        tovholder: "FORBIDDEN",
        sagsbehandler: "FORBIDDEN",
        team: "FORBIDDEN",
        admin: "OK",
        udvikler: "FORBIDDEN",
      },
      extract: {
        styregruppe: "FORBIDDEN",
        leder: "FORBIDDEN",
        tovholder: "FORBIDDEN",
        sagsbehandler: "FORBIDDEN",
        team: "FORBIDDEN",
        admin: "OK",
        udvikler: "FORBIDDEN",
      },
    };
    const actual: Record<string, Record<string, string>> = {};
    for (const [op, run] of Object.entries(ops)) {
      actual[op] = {};
      for (const role of ROLES) {
        const res = await run(role);
        actual[op][role] = res.errors?.[0]?.extensions?.code ?? "OK";
      }
    }
    expect(actual).toEqual(expected);
  });

  it("shows a caseworker only the citizens assigned to them", async () => {
    const own = dataOf(await list("sagsbehandler", { take: 200 })).participants;
    expect(own.totalCount).toBe(3);
    expect(own.items.map((p) => p.id).sort()).toEqual([...assignedIds].sort());
  });
});

describe("the access log", () => {
  it("writes one row per citizen listed, one per reveal with its purpose, and the extract returns them", async () => {
    const before = dataOf(await gql<{ accessLog: { totalCount: number } }, object>(api.url, LOG, { action: "LIST" }, { token: tokens.admin })).accessLog
      .totalCount;
    const page = dataOf(await list("tovholder", { take: 20, purpose: "Forberedelse af teammøde" })).participants.items;
    expect(page).toHaveLength(20);
    const after = dataOf(
      await gql<{ accessLog: { totalCount: number; items: Array<{ purpose: string }> } }, object>(api.url, LOG, { action: "LIST" }, { token: tokens.admin }),
    ).accessLog;
    expect(after.totalCount - before).toBe(20);
    expect(after.items[0]?.purpose).toBe("Forberedelse af teammøde");

    const someone = page[3];
    dataOf(await gql(api.url, REVEAL, { input: { participantId: someone?.id, purpose: "Finde sagen i sagssystemet" } }, { token: tokens.tovholder }));
    const reveals = dataOf(
      await gql<{ accessLog: { items: Array<{ action: string; purpose: string; user: { name: string } }> } }, object>(
        api.url,
        LOG,
        { participantId: someone?.id, action: "REVEAL" },
        { token: tokens.admin },
      ),
    ).accessLog.items;
    expect(reveals).toEqual([
      { action: "REVEAL", purpose: "Finde sagen i sagssystemet", participantId: someone?.id, criterion: null, user: { name: "Tine Tovholder" } },
    ]);

    const extract = dataOf(
      await gql<{ participantAccessExtract: Array<{ action: string; purpose: string }> }, object>(
        api.url,
        EXTRACT,
        { participantId: someone?.id },
        { token: tokens.admin },
      ),
    ).participantAccessExtract;
    expect(extract.map((e) => e.purpose)).toContain("Forberedelse af teammøde");
    expect(extract.map((e) => [e.action, e.purpose])).toContainEqual(["Navn/CPR-nummer vist", "Finde sagen i sagssystemet"]);
  });

  it("cannot be changed by anyone, and the retention job deletes only rows older than the setting", async () => {
    await expect(api.dataSource.query(`UPDATE access_log SET purpose = 'x'`)).rejects.toThrow(/append-only/);
    await expect(api.dataSource.query(`DELETE FROM access_log`)).rejects.toThrow(/append-only/);
    const { purgeAccessLog } = await import("@overblik/api");
    dataOf(await list("tovholder", { take: 5, purpose: "Forberedelse af teammøde" }));
    const total: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log`);
    expect(total[0]?.n).toBeGreaterThanOrEqual(5);
    const deletedNow = await purgeAccessLog(api.dataSource);
    expect(deletedNow).toBe(0);
    const inTenYears = new Date(Date.now() + 10 * 365 * 86_400_000);
    expect(await purgeAccessLog(api.dataSource, inTenYears)).toBe(total[0]?.n);
  });
});
