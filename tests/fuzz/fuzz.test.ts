import { type GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApi } from "../support/api.js";
import { startFuzzWorld } from "../support/fuzz-world.js";
import { hostileFiles } from "./hostile-files.js";
import { HOSTILE_PURPOSES, hasPurpose, operation, pick, useKnownIds, withPurpose } from "./operations.js";

/**
 * Generates operations and variables from the schema — valid and invalid: wrong types, huge strings,
 * negative and enormous amounts, malformed CPR numbers, unknown ids, unicode — and sends them to a running
 * API as different users. No response may be a 500, the process must survive, and the database must hold
 * no partial write afterwards.
 */
const OPERATIONS = 10_000;
const CONCURRENCY = 4;

let api: TestApi;
let schema: GraphQLSchema;
let tokens: Array<string | undefined>;
/** The running project the imports are fuzzed against, and its budget. */
let projectId: string;
let budgetId: string;

beforeAll(async () => {
  const world = await startFuzzWorld();
  ({ api, schema, tokens, projectId, budgetId } = world);
  const { ids, built } = world;
  useKnownIds(ids.map((r) => r.id));
  // Every kind of id the operations pick from is there: 2 projects, 2 budgets, 12 lines, 10 citizens, 3 meetings, 3 interventions.
  expect(ids).toHaveLength(2 + 2 + 12 + 10 + 3 + 3);
  expect(built.refused).toEqual([]);
});
afterAll(() => api?.close());

/** A GraphQL request as sent, its answer read as text: a hostile operation may get any answer, even one that is not JSON. */
async function postRaw(query: string, variables: unknown, token: string | undefined): Promise<{ res: Response; text: string }> {
  const res = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { res, text: await res.text() };
}

describe("fuzzing the schema", () => {
  it(`sends ${OPERATIONS} generated operations: no 500, the server survives, no partial write`, async () => {
    const fields = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ["query", f] as const),
      ...Object.values(schema.getMutationType()?.getFields() ?? {})
        .filter((f) => f.name !== "logout")
        .map((f) => ["mutation", f] as const),
    ];
    const statuses = { ok: 0, clientError: 0, serverError: 0, internal: [] as string[] };
    let sent = 0;
    async function worker() {
      while (sent < OPERATIONS) {
        sent++;
        const [kind, field] = pick(fields);
        const { query, variables } = operation(kind, field);
        const token = pick(tokens);
        const { res, text } = await postRaw(query, variables, token);
        if (res.status >= 500) statuses.serverError++;
        else if (res.status >= 400) statuses.clientError++;
        else statuses.ok++;
        if (/INTERNAL_SERVER_ERROR/.test(text) && statuses.internal.length < 10)
          statuses.internal.push(`${field.name} ${JSON.stringify(variables).slice(0, 300)}: ${text.slice(0, 200)}`);
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    process.stdout.write(`Fuzz: ${sent} operationer sendt; 2xx ${statuses.ok}, 4xx ${statuses.clientError}, 5xx ${statuses.serverError}\n`);
    expect(statuses.internal).toEqual([]);
    expect(statuses.serverError).toBe(0);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);

    // No partial writes: every applied change has before/after on all its entries, no pending one has any,
    // each import counts exactly the postings that carry it, and the budgets still add up from their lines.
    const partial: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM budget_change c JOIN budget_change_entry e ON e.change_id = c.id
        WHERE (c.status = 'APPLIED' AND e.after_ore IS NULL) OR (c.status <> 'APPLIED' AND e.after_ore IS NOT NULL)`,
    );
    expect(partial[0]?.n).toBe(0);
    const imports: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM posting_import i WHERE i.postings_added <> (SELECT count(*) FROM budget_posting p WHERE p.import_id = i.id)`,
    );
    expect(imports[0]?.n).toBe(0);
    const moved: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM budget_line_amount a
        WHERE a.original_amount_ore IS NOT NULL AND a.amount_ore <> a.original_amount_ore + COALESCE(
          (SELECT sum(e.delta_ore) FROM budget_change_entry e JOIN budget_change c ON c.id = e.change_id
            WHERE c.status = 'APPLIED' AND e.budget_line_id = a.budget_line_id AND e.year = a.year), 0)`,
    );
    expect(moved[0]?.n).toBe(0);
    // Team meetings: no agenda over its limit (a cancelled meeting's agenda moves only where it fits), none left on a cancelled meeting.
    const agendas: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM team_meeting m
        WHERE (SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id) > m.max_items
           OR (m.status = 'CANCELLED' AND EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = m.id))`,
    );
    expect(agendas[0]?.n).toBe(0);
  }, 600_000);
});

describe("fuzzing the imports with hostile files", () => {
  it("answers every import operation and import job without a 5xx or an internal error", async () => {
    const [, leader, tovholder] = tokens;
    const send = async (query: string, variables: Record<string, unknown>, token: string | undefined) => {
      const { res, text } = await postRaw(query, variables, token);
      expect(res.status, text.slice(0, 300)).toBeLessThan(500);
      expect(text).not.toContain("INTERNAL_SERVER_ERROR");
      return JSON.parse(text) as { data?: Record<string, { id?: string; status?: string; errorCode?: string | null } | null> | null };
    };
    for (const file of await hostileFiles()) {
      await send(
        `mutation P($input: ParticipantImportInput!) { previewParticipantImport(input: $input) { rowCount } }`,
        { input: { projectId, ...file } },
        tovholder,
      );
      await send(`mutation I($input: ParticipantImportInput!) { importParticipants(input: $input) { added } }`, { input: { projectId, ...file } }, tovholder);
      await send(
        `mutation B($input: PreviewBudgetImportInput!) { previewBudgetImport(input: $input) { lineCount } }`,
        { input: { budgetId, ...file } },
        leader,
      );
      await send(`mutation Q($input: PostingImportInput!) { previewPostingImport(input: $input) { rowCount } }`, { input: { budgetId, ...file } }, leader);
      for (const [kind, token] of [
        ["PARTICIPANTS", tovholder],
        ["BUDGET", leader],
        ["POSTINGS", leader],
      ] as const) {
        const started = await send(
          `mutation S($input: StartImportPreviewInput!) { startImportPreview(input: $input) { id } }`,
          { input: { kind, projectId, budgetId, ...file } },
          token,
        );
        const id = started.data?.startImportPreview?.id;
        if (!id) continue;
        let job: { status?: string; errorCode?: string | null } | null | undefined;
        // The job reads the file in the background (a 60 MB zip bomb among them): 30 s rather than the default 10 s
        // leaves room on a loaded 2-core machine.
        await expect
          .poll(async () => (job = (await send(`query J($id: ID!) { importJob(id: $id) { status errorCode } }`, { id }, token)).data?.importJob)?.status, {
            timeout: 30_000,
            interval: 100,
          })
          .toMatch(/^(DONE|FAILED)$/);
        expect(job?.errorCode ?? "BAD_USER_INPUT").toBe("BAD_USER_INPUT");
      }
    }
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  }, 120_000);
});

describe("fuzzing with hostile texts", () => {
  it("refuses bad purposes and texts with a 4xx or BAD_USER_INPUT everywhere a purpose is taken, and logs none of them", async () => {
    const fields = [
      ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ["query", f] as const),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => ["mutation", f] as const),
    ].filter(([, f]) => f.args.some((a) => a.name === "purpose" || hasPurpose(a.type)));
    expect(fields.length).toBeGreaterThan(3);
    const [, , tovholder] = tokens;
    const [participant] = await api.dataSource.query<Array<{ id: string }>>(`SELECT id FROM participant LIMIT 1`);
    const idFor = (name: string, value: unknown) => (name === "id" || name === "participantId" ? participant?.id : value);
    const before: Array<{ id: string }> = await api.dataSource.query(`SELECT coalesce(max(id), 0)::text AS id FROM access_log`);
    let sent = 0;
    for (const [kind, field] of fields) {
      for (const purpose of HOSTILE_PURPOSES) {
        const { query } = operation(kind, field);
        const variables = Object.fromEntries(field.args.map((a) => [a.name, a.name === "purpose" ? purpose : idFor(a.name, withPurpose(a.type, purpose))]));
        const res = await fetch(`${api.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${tovholder}` },
          body: JSON.stringify({ query, variables }),
        });
        const text = await res.text();
        sent++;
        expect(res.status, `${field.name}: ${text.slice(0, 300)}`).toBeLessThan(500);
        expect(text, field.name).not.toContain("INTERNAL_SERVER_ERROR");
        // Only a purpose the rule accepts (3–300 characters after trim) may lead to data; the others never do.
        if (purpose.trim().length < 3 || purpose.length > 300 || purpose.includes("\u0000"))
          expect((JSON.parse(text) as { data?: Record<string, unknown> | null }).data?.[field.name] ?? null, field.name).toBeNull();
      }
    }
    // The same read with a good purpose answers (so the refusals above are the purpose's doing) and is logged.
    const good = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tovholder}` },
      body: JSON.stringify({
        query: `query G($id: ID!, $purpose: String!) { participant(id: $id, purpose: $purpose) { id } }`,
        variables: { id: participant?.id, purpose: "Opfølgning på forløbet" },
      }),
    });
    expect(((await good.json()) as { data?: { participant?: { id: string } } }).data?.participant?.id).toBe(participant?.id);
    // A body over the server's limit is refused before it is parsed.
    const huge = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tovholder}` },
      body: JSON.stringify({ query: "{ me { id } }", variables: { padding: "x".repeat(20 * 1024 * 1024) } }),
    });
    expect(huge.status).toBe(413);
    process.stdout.write(`Fjendtlige formål: ${sent} operationer på ${fields.length} felter\n`);
    const logged: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM access_log WHERE id > $1
          AND (length(purpose) > 300 OR length(btrim(purpose)) < 3 OR purpose LIKE '%' || chr(65533) || '%')`,
      [before[0]?.id ?? "0"],
    );
    const bad: Array<{ purpose: string }> = await api.dataSource.query(
      `SELECT left(purpose, 40) AS purpose FROM access_log WHERE id > $1 AND (length(purpose) > 300 OR length(btrim(purpose)) < 3 OR purpose LIKE '%' || chr(65533) || '%')`,
      [before[0]?.id ?? "0"],
    );
    expect(bad.map((r) => JSON.stringify(r.purpose))).toEqual([]);
    expect(logged[0]?.n).toBe(0);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  }, 180_000);
});
