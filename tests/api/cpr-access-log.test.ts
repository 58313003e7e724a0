import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type GraphQLResponse, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeProject, makeUser } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";

/**
 * Issue #14, finding 5: every use of a CPR number (and every filter that singles citizens out) leaves an access-log
 * row with the citizen's id, and a purpose is required, short and non-empty. Its own world on an empty database.
 */

const LIST = `query L($projectId: ID!, $take: Int, $code: String, $purpose: String) { participants(projectId: $projectId, take: $take, code: $code, purpose: $purpose) { totalCount items { id code } } }`;
const ONE = `query O($id: ID!, $purpose: String) { participant(id: $id, purpose: $purpose) { id } }`;
const REVEAL = `mutation R($input: RevealIdentityInput!) { revealParticipantIdentity(input: $input) { code } }`;
const FIND = `mutation F($input: FindByCprInput!) { findParticipantByCpr(input: $input) { id } }`;
const PREVIEW = `mutation P($input: ParticipantImportInput!) { previewParticipantImport(input: $input) { rowCount newCount errors { row column message } } }`;
const IMPORT = `mutation I($input: ParticipantImportInput!) { importParticipants(input: $input) { added firstCode lastCode } }`;
const EXTRACT = `query E($participantId: ID!) { participantAccessExtract(participantId: $participantId) { action purpose } }`;

const csvFile = (rows: string[]) =>
  Buffer.from(["Kommune;Køn;Fødselsår;Herkomst;Måneder på ydelse;Matchgruppe;Indskrivningsdato;CPR;Navn", ...rows].join("\n"), "utf8").toString("base64");
const KAREN = "Ishøj;K;;Dansk oprindelse;18;3;01-09-2012;010165-1234;Karen Testesen";
const OTHER = "Ishøj;M;1990;Øvrige;2;3;2012-09-01;;";

let api: TestApi;
let projectId: string;
let projectCode: string;
let tovholder: string;
let admin: string;
let karenId: string;
let otherId: string;

type LogRow = { participant_id: string | null; action: string; purpose: string; criterion: string | null };
const logRows = (): Promise<LogRow[]> => api.dataSource.query(`SELECT participant_id, action, purpose, criterion FROM access_log ORDER BY at, id`);
const logCount = async () => (await api.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM access_log`))[0]?.n ?? -1;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const adminUser = await makeUser(api.dataSource, { globalRoles: ["ADMIN"] });
  const tov = await makeUser(api.dataSource);
  const project = await makeProject(api.dataSource);
  projectId = project.id;
  projectCode = project.code;
  await addMember(api.dataSource, projectId, tov.id, "TOVHOLDER");
  await api.dataSource.query(`INSERT INTO project_municipality (project_id, municipality_code) VALUES ($1, '183')`, [projectId]);
  tovholder = await login(api.url, tov.email, FIXTURE_PASSWORD);
  admin = await login(api.url, adminUser.email, FIXTURE_PASSWORD);
  const imported = dataOf(
    await gql<{ importParticipants: { added: number; firstCode: string } }, object>(
      api.url,
      IMPORT,
      { input: { projectId, fileName: "maalgruppe.csv", contentBase64: csvFile([KAREN, OTHER]) } },
      { token: tovholder },
    ),
  ).importParticipants;
  expect(imported.added).toBe(2);
  const ids: Array<{ id: string; code: string }> = await api.dataSource.query(`SELECT id, code FROM participant WHERE project_id = $1 ORDER BY code`, [
    projectId,
  ]);
  karenId = ids.find((r) => r.code === `${projectCode}-0001`)?.id ?? "";
  otherId = ids.find((r) => r.code === `${projectCode}-0002`)?.id ?? "";
  expect(karenId).not.toBe("");
  expect(otherId).not.toBe("");
});
afterAll(() => api?.close());

describe("a CPR number matched by the target-group import", () => {
  it("the preview's 'already a participant' writes an access-log row for that participant with its purpose", async () => {
    const before = (await logRows()).length;
    const input = { projectId, fileName: "igen.csv", contentBase64: csvFile(["Ishøj;;;;4;3;01-09-2012;0101651234;"]) };
    const preview = dataOf(
      await gql<{ previewParticipantImport: { errors: Array<{ row: number; column: string; message: string }> } }, object>(
        api.url,
        PREVIEW,
        { input },
        { token: tovholder },
      ),
    ).previewParticipantImport;
    expect(preview.errors).toEqual([{ row: 2, column: "cpr", message: "Personen er allerede deltager i projektet." }]);
    const added = (await logRows()).slice(before);
    expect(added).toEqual([
      { participant_id: karenId, action: "SEARCH", purpose: "Import af målgruppe: match på CPR-nummer", criterion: "CPR-nummer i en målgruppefil" },
    ]);

    // The import of the same file says the same and logs the same (the refused import's transaction rolls back, the log row stays).
    const res = await gql(api.url, IMPORT, { input }, { token: tovholder });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    const afterImport = (await logRows()).slice(before + 1);
    expect(afterImport).toEqual([
      { participant_id: karenId, action: "SEARCH", purpose: "Import af målgruppe: match på CPR-nummer", criterion: "CPR-nummer i en målgruppefil" },
    ]);

    const extract = dataOf(
      await gql<{ participantAccessExtract: Array<{ purpose: string }> }, object>(api.url, EXTRACT, { participantId: karenId }, { token: admin }),
    ).participantAccessExtract;
    expect(extract.filter((e) => e.purpose === "Import af målgruppe: match på CPR-nummer")).toHaveLength(2);
  });
});

describe("a filtered list", () => {
  it("logs every participant the filter matched (not only the page shown), and each citizen's extract shows it", async () => {
    const before = (await logRows()).length;
    const page = dataOf(
      await gql<{ participants: { totalCount: number; items: Array<{ id: string }> } }, object>(
        api.url,
        LIST,
        { projectId, take: 1, code: "-000", purpose: "Søg efter deltager" },
        { token: tovholder },
      ),
    ).participants;
    expect(page.totalCount).toBe(2);
    expect(page.items).toHaveLength(1);
    const added = (await logRows()).slice(before);
    expect(added.map((r) => r.participant_id).sort()).toEqual([karenId, otherId].sort());
    expect(added.every((r) => r.action === "SEARCH" && r.purpose === "Søg efter deltager" && r.criterion === "Filter: deltagerkode")).toBe(true);
    for (const id of [karenId, otherId]) {
      const extract = dataOf(
        await gql<{ participantAccessExtract: Array<{ purpose: string }> }, object>(api.url, EXTRACT, { participantId: id }, { token: admin }),
      ).participantAccessExtract;
      expect(extract.map((e) => e.purpose)).toContain("Søg efter deltager");
    }
  });
});

describe("a purpose", () => {
  const bad: Array<[string, string]> = [
    ["empty", ""],
    ["only spaces", "   "],
    ["two characters", " ab "],
    ["1 MB", "x".repeat(1024 * 1024)],
  ];
  it.each(bad)("%s is refused with BAD_USER_INPUT by every operation that takes one, and nothing is logged", async (_name, purpose) => {
    const before = await logCount();
    const calls: Array<[string, Promise<GraphQLResponse<unknown>>]> = [
      ["participants", gql(api.url, LIST, { projectId, purpose }, { token: tovholder })],
      ["participant", gql(api.url, ONE, { id: karenId, purpose }, { token: tovholder })],
      ["reveal", gql(api.url, REVEAL, { input: { participantId: karenId, purpose } }, { token: tovholder })],
      ["findByCpr", gql(api.url, FIND, { input: { projectId, cpr: "010165-1234", purpose } }, { token: tovholder })],
    ];
    for (const [name, call] of calls) {
      const res = await call;
      expect([name, codeOf(res)]).toEqual([name, "BAD_USER_INPUT"]);
      expect(JSON.stringify(res.errors)).toContain("formål");
    }
    expect(await logCount()).toBe(before);
    const longest: Array<{ n: number | null }> = await api.dataSource.query(`SELECT max(length(purpose))::int AS n FROM access_log`);
    expect(longest[0]?.n ?? 0).toBeLessThanOrEqual(300);
  });

  it("of 14 MB is refused at the door with BAD_USER_INPUT and not stored", async () => {
    const before = await logCount();
    const res = await gql(api.url, ONE, { id: karenId, purpose: "z".repeat(14 * 1024 * 1024) }, { token: tovholder });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(await logCount()).toBe(before);
  });

  it("of 3 to 300 characters is accepted and stored trimmed", async () => {
    dataOf(await gql(api.url, ONE, { id: karenId, purpose: "  Tjek  " }, { token: tovholder }));
    const rows = await logRows();
    expect(rows[rows.length - 1]).toEqual({ participant_id: karenId, action: "READ", purpose: "Tjek", criterion: null });
    dataOf(await gql(api.url, ONE, { id: karenId, purpose: "y".repeat(300) }, { token: tovholder }));
  });
});
