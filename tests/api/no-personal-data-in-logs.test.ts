import { startServer, type RunningServer } from "@overblik/api";
import { Budget } from "@overblik/db";
import { pino } from "pino";
import { Writable } from "node:stream";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSeededDatabase, TEST_KEYS, type TestDatabase } from "../support/database.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";
import { gql, login, TEST_LOGIN_ATTEMPTS_PER_MINUTE } from "../support/api.js";

/**
 * Issue #14, finding 4: a database error logged the failed query's parameters (free text that can hold health
 * information and CPR numbers), both in the application's log and on stdout through TypeORM's own error logging.
 * The API here runs as in production: the data source of `openDatabase` without a query listener (TypeORM logs
 * its errors), and a pino logger at debug level whose lines the test reads.
 */

const appLog: string[] = [];
const consoleOut: string[] = [];
let db: TestDatabase;
let dataSource: DataSource;
let server: RunningServer;
let admin: string;
let leader: string;
let tovholder: string;
let projectId: string;
let budgetId: string;
let participantId: string;

/** Text no log may ever hold: health information and a CPR number. */
const SECRET = "Hemmelig diagnose skizofreni 010203-1234";

const CREATE_USER = `mutation U($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword } }`;
const COLOUR = `mutation C($input: ChangeColourInput!) { changeParticipantColour(input: $input) { colour version } }`;
const CREATE_PROJECT = `mutation P($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const PREVIEW_POSTINGS = `mutation I($input: PostingImportInput!) { previewPostingImport(input: $input) { rowCount } }`;
const PARTICIPANTS = `query L($projectId: ID!, $code: String, $purpose: String) { participants(projectId: $projectId, code: $code, purpose: $purpose) { totalCount } }`;

const everything = () => [...appLog, ...consoleOut].join("\n");

beforeAll(async () => {
  // TypeORM prints through console (vitest's own console), pino-less code through process.stdout/stderr: catch both.
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleOut.push(args.map(String).join(" ")));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation((chunk: unknown, ...rest: unknown[]) => {
      consoleOut.push(String(chunk));
      return (write as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
    });
  }
  ({ db, dataSource } = await createSeededDatabase(undefined, false));
  const sink = new Writable({
    write(chunk, _enc, done) {
      appLog.push(String(chunk));
      done();
    },
  });
  server = await startServer(
    {
      dataSource,
      logger: pino({ level: "debug" }, sink),
      sessionSecret: "test-secret-test-secret-test-secret-0123",
      personalDataKeys: TEST_KEYS,
      portalDist: "/nonexistent",
      loginAttemptsPerMinute: TEST_LOGIN_ATTEMPTS_PER_MINUTE,
    },
    0,
  );
  const adminUser = await makeUser(dataSource, { globalRoles: ["ADMIN"] });
  const leaderUser = await makeUser(dataSource);
  const tovholderUser = await makeUser(dataSource);
  const project = await makeProject(dataSource);
  projectId = project.id;
  await addMember(dataSource, projectId, leaderUser.id, "LEADER");
  await addMember(dataSource, projectId, tovholderUser.id, "TOVHOLDER");
  participantId = (await makeParticipant(dataSource, projectId)).id;
  budgetId = (
    await dataSource.manager.save(dataSource.manager.create(Budget, { projectId, name: "Budget", startYear: 2026, endYear: 2028, status: "APPROVED" }))
  ).id;
  admin = await login(server.url, adminUser.email, FIXTURE_PASSWORD);
  leader = await login(server.url, leaderUser.email, FIXTURE_PASSWORD);
  tovholder = await login(server.url, tovholderUser.email, FIXTURE_PASSWORD);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await server?.close();
  await dataSource?.destroy();
  await db?.drop();
});

describe("a database error with personal data in its parameters", () => {
  it("an unexpected database error (a check the API does not know) is logged with its code and operation only", async () => {
    // Any database error outside the mapped codes will do; a check constraint's "Failing row contains (…)" detail
    // holds the whole row.
    await dataSource.query(`ALTER TABLE app_user ADD CONSTRAINT ck_test_no_secret CHECK (name NOT LIKE '%skizofreni%') NOT VALID`);
    try {
      const res = await gql(server.url, CREATE_USER, { input: { email: "ny.bruger@example.dk", name: SECRET, globalRoles: [] } }, { token: admin });
      expect(res.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(res.errors?.[0]?.message).not.toContain("skizofreni");
    } finally {
      await dataSource.query(`ALTER TABLE app_user DROP CONSTRAINT ck_test_no_secret`);
    }
    const text = everything();
    expect(text).not.toContain("skizofreni");
    expect(text).not.toContain("010203-1234");
    expect(text).not.toContain("ny.bruger");
    // What is logged: the SQLSTATE, the constraint and the operation, with the request's id.
    const line = appLog.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === "unexpected error in GraphQL request");
    expect(line).toMatchObject({ level: 50, code: "23514", constraint: "ck_test_no_secret", operation: "mutation U", path: ["createUser"] });
    expect(line?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(line).not.toHaveProperty("err");
    // TypeORM still reports the failed statement, by code, constraint and kind.
    const typeorm = consoleOut.filter((l) => l.includes('"source":"typeorm"')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(typeorm).toContainEqual(expect.objectContaining({ code: "23514", constraint: "ck_test_no_secret", table: "app_user", operation: "INSERT" }));
  });
});

describe("NUL bytes are refused at the door", () => {
  const nul = (s: string) => `${s}\u0000${SECRET}`;
  const cases: Array<[string, string, Record<string, unknown>, () => string]> = [
    ["createUser's name", CREATE_USER, { input: { email: "a@example.dk", name: nul("Navn"), globalRoles: [] } }, () => admin],
    ["createUser's e-mail", CREATE_USER, { input: { email: nul("b@example.dk"), name: "Navn", globalRoles: [] } }, () => admin],
    ["a colour change's reason", COLOUR, { input: { participantId: "", colour: "ROED", expectedVersion: 1, reason: nul("Begrundelse") } }, () => tovholder],
    [
      "a new project's description",
      CREATE_PROJECT,
      { input: { code: "NULX", name: "Projekt", description: nul("Beskrivelse"), startDate: "2026-01-01", endDate: "2027-12-31", municipalityCodes: ["183"] } },
      () => admin,
    ],
    ["a posting import's file name", PREVIEW_POSTINGS, { input: { budgetId: "", contentBase64: "", fileName: nul("poster.csv") } }, () => leader],
    ["a plain string argument (participants' purpose)", PARTICIPANTS, { projectId: "", code: "P-0001", purpose: nul("Opfølgning") }, () => tovholder],
  ];
  for (const [what, query, variables, token] of cases) {
    it(`${what} → BAD_USER_INPUT`, async () => {
      const filled = JSON.parse(
        JSON.stringify(variables)
          .replace(/"participantId":""/, `"participantId":"${participantId}"`)
          .replace(/"budgetId":""/, `"budgetId":"${budgetId}"`)
          .replace(/"projectId":""/, `"projectId":"${projectId}"`),
      ) as Record<string, unknown>;
      const res = await gql(server.url, query, filled, { token: token() });
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toBe("Teksten indeholder et ugyldigt tegn (NUL).");
      expect(res.status).toBeLessThan(500);
      // Nothing of the refused text reached a log (checked here, so each case stands alone).
      expect(everything()).not.toContain("skizofreni");
    });
  }
});

describe("files that are not text the import can read", () => {
  const preview = (bytes: Buffer) =>
    gql(server.url, PREVIEW_POSTINGS, { input: { budgetId, fileName: "poster.csv", contentBase64: bytes.toString("base64") } }, { token: leader });
  const csv = "Dato;Bilag;Tekst;Beløb;Linje\n01-02-2026;1;Kaffe;100,00;Drift\n";

  it("a UTF-16 postings file (Excel's »Unicode-tekst«, with its byte-order mark) → BAD_USER_INPUT in Danish", async () => {
    const res = await preview(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]));
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain("UTF-16");
  });

  it("a UTF-16 postings file without a byte-order mark → BAD_USER_INPUT in Danish", async () => {
    const res = await preview(Buffer.from(csv, "utf16le"));
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain("UTF-16");
  });
});

describe("an export route's parameters", () => {
  for (const asOf of ["2026-13-45", "\u0000", "x"]) {
    it(`asOf=${JSON.stringify(asOf)} on the follow-up export → 4xx with a Danish text, not 500`, async () => {
      const res = await fetch(`${server.url}/export/budgets/${budgetId}/follow-up.xlsx?asOf=${encodeURIComponent(asOf)}`, {
        headers: { authorization: `Bearer ${leader}` },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });
    it(`dato=${JSON.stringify(asOf)} on the dashboard export → 4xx, not 500`, async () => {
      const res = await fetch(`${server.url}/export/dashboard/${projectId}.xlsx?dato=${encodeURIComponent(asOf)}`, {
        headers: { authorization: `Bearer ${leader}` },
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    });
  }
});

describe("a query over the token limit", () => {
  it("answers HTTP 400 with a GraphQL error, not 500", async () => {
    const res = await gql(server.url, `{ ${"__typename ".repeat(5000)}}`, {}, { token: leader });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(res.errors?.[0]?.message).toContain("for stor");
  });
});
