import { discloseCount } from "@overblik/domain";
import { pino } from "pino";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeProject } from "../support/fixtures.js";
import { makeCitizens, makePeople, times, type CitizenSpec } from "../support/fixtures-api-b.js";

const logLines: string[] = [];
let api: TestApi;
/** The project whose citizens the tests read and change; the imports write to a project of their own. */
let projectId: string;
let importProjectId: string;
const tokens: Record<string, string> = {};
const ROLES = ["styregruppe", "leder", "tovholder", "sagsbehandler", "team", "admin", "udvikler"] as const;
/** The citizens assigned to the caseworker. */
let assignedIds: string[];

const LIST = `query L($projectId: ID!, $take: Int, $colour: Colour, $purpose: String) { participants(projectId: $projectId, take: $take, colour: $colour, purpose: $purpose) { totalCount items { id code colour version caseworker { name } } } }`;
const ONE = `query O($id: ID!) { participant(id: $id) { id code colour version colourHistory { from to reason changedBy { name } } } }`;
const STATS = `query S($projectId: ID!) { participantStatistics(projectId: $projectId) { total totalDisplay targetSize suppressed warnings breakdowns { dimension cells { key count display suppressed } } } }`;
const REVEAL = `mutation R($input: RevealIdentityInput!) { revealParticipantIdentity(input: $input) { code name cpr } }`;
const FIND = `mutation F($input: FindByCprInput!) { findParticipantByCpr(input: $input) { id code } }`;
const COLOUR = `mutation C($input: ChangeColourInput!) { changeParticipantColour(input: $input) { colour version } }`;
const CLASSIFY = `mutation K($input: ClassifyParticipantInput!) { classifyParticipant(input: $input) { profiles version } }`;
const PREVIEW = `mutation P($input: ParticipantImportInput!) { previewParticipantImport(input: $input) { rowCount newCount errors { row column message } } }`;
const IMPORT = `mutation I($input: ParticipantImportInput!) { importParticipants(input: $input) { added firstCode lastCode } }`;
const LOG = `query A($participantId: ID, $action: String) { accessLog(participantId: $participantId, action: $action, take: 500) { totalCount items { action purpose participantId criterion user { name } } } }`;
const EXTRACT = `query E($participantId: ID!) { participantAccessExtract(participantId: $participantId) { at action purpose } }`;

type Stats = {
  total: number | null;
  totalDisplay: string;
  targetSize: number;
  suppressed: boolean;
  warnings: string[];
  breakdowns: Array<{ dimension: string; cells: Array<{ key: string; count: number | null; display: string; suppressed: string | null }> }>;
};
const cells = (s: Stats, dimension: string) =>
  Object.fromEntries((s.breakdowns.find((b) => b.dimension === dimension)?.cells ?? []).map((c) => [c.key, c.display]));

function csvFile(rows: string[]): string {
  return Buffer.from(["Kommune;Køn;Fødselsår;Herkomst;Måneder på ydelse;Matchgruppe;Indskrivningsdato;CPR;Navn", ...rows].join("\n"), "utf8").toString(
    "base64",
  );
}

/** Screened on 2 February 2026, the day after they were enrolled. */
const ENROLLED = "2026-02-01";
const SCREENED = "2026-02-02";
/**
 * 22 citizens against a stated target group of 21: 9 grøn (3 of them the caseworker's), 9 orange, 4 blå;
 * Ishøj 15 and Vallensbæk 7; 10 men and 12 women; origin not stated for 2.
 */
const TOTAL = 22;
const TARGET_SIZE = 21;
function citizens(caseworkerId: string): CitizenSpec[] {
  const at = { enrolmentDate: ENROLLED };
  return [
    ...times(3, { ...at, colour: "GROEN", gender: "M", caseworkerId }),
    ...times(2, { ...at, colour: "GROEN", gender: "M" }),
    ...times(4, { ...at, colour: "GROEN", gender: "K" }),
    ...times(3, { ...at, colour: "ORANGE", gender: "M", municipality: "Vallensbæk" }),
    ...times(2, { ...at, colour: "ORANGE", gender: "K", municipality: "Vallensbæk", origin: null }),
    ...times(4, { ...at, colour: "ORANGE", gender: "K" }),
    ...times(2, { ...at, colour: "BLAA", gender: "M", municipality: "Vallensbæk" }),
    ...times(2, { ...at, colour: "BLAA", gender: "K" }),
  ];
}

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  api = await startTestApi({ logger: pino({ level: "debug" }, sink), seed: false });
  const project = await makeProject(api.dataSource, { code: "MGR", targetSize: TARGET_SIZE, startDate: "2026-01-01", municipalityCodes: ["183", "187"] });
  const importProject = await makeProject(api.dataSource, { code: "IMP", startDate: "2012-01-01", municipalityCodes: ["183", "187"] });
  projectId = project.id;
  importProjectId = importProject.id;
  const people = await makePeople(api.url, api.dataSource, [project.id, importProject.id], {
    styregruppe: { name: "Susanne Styregruppe", role: "STYREGRUPPE" },
    leder: { name: "Lars Leder", role: "LEADER" },
    tovholder: { name: "Tine Tovholder", role: "TOVHOLDER" },
    sagsbehandler: { name: "Sara Sagsbehandler", role: "CASEWORKER" },
    team: { name: "Torben Teammedlem", role: "TEAM_MEMBER" },
    admin: { name: "Anna Administrator", globalRoles: ["ADMIN"] },
    udvikler: { name: "Ulrik Udvikler", role: "STYREGRUPPE", globalRoles: ["DEVELOPER"] },
  });
  for (const r of ROLES) tokens[r] = people[r].token;
  const made = await makeCitizens(api.dataSource, project.id, citizens(people.sagsbehandler.id), {
    prefix: "MGR",
    screening: { at: SCREENED, by: people.tovholder.id, reason: "Screening i uge 6" },
  });
  expect(made).toHaveLength(TOTAL);
  assignedIds = made.filter((p) => p.caseworkerId === people.sagsbehandler.id).map((p) => p.id);
});
afterAll(() => api?.close());

async function list(role: string, variables: Record<string, unknown> = {}) {
  return gql<{ participants: { totalCount: number; items: Array<{ id: string; code: string; colour: string; version: number }> } }, object>(
    api.url,
    LIST,
    { projectId: projectId, ...variables },
    { token: tokens[role] },
  );
}

describe("the target group's statistics", () => {
  it("shows the styregruppe the 4 blå as <5 and the rest rounded to 5, as of the latest month end, with no complementary cells", async () => {
    const s = dataOf(
      await gql<{ participantStatistics: Stats }, object>(api.url, STATS, { projectId: projectId }, { token: tokens.styregruppe }),
    ).participantStatistics;
    expect(s.suppressed).toBe(true);
    const colour = s.breakdowns.find((b) => b.dimension === "COLOUR")?.cells ?? [];
    expect(colour.find((c) => c.key === "BLAA")).toEqual({ key: "BLAA", count: null, display: "<5", suppressed: "PRIMARY" });
    expect(colour.filter((c) => c.suppressed === "COMPLEMENTARY")).toHaveLength(0);
    // The built breakdown (Ishøj 15, Vallensbæk 7; 10 men, 12 women), through the domain's rounding.
    expect(cells(s, "MUNICIPALITY")).toEqual({ Ishøj: discloseCount(15).display, Vallensbæk: discloseCount(7).display });
    expect(cells(s, "GENDER")).toEqual({ M: discloseCount(10).display, K: discloseCount(12).display });
    expect(s.totalDisplay).toBe("20");
    // The warnings give no exact number: 22 against 21 is 20 against 20 when rounded, so no warning on the target size,
    // and the unknown origins rounded.
    expect(s.warnings.some((w) => w.startsWith("Målgruppen er angivet"))).toBe(false);
    expect(s.warnings).toContain(`Herkomst er uoplyst for ${discloseCount(2).display} deltagere: fordelingen på herkomst summer ikke til totalen uden dem.`);
    // The tovholder is told the exact difference.
    const exact = dataOf(
      await gql<{ participantStatistics: Stats }, object>(api.url, STATS, { projectId: projectId }, { token: tokens.tovholder }),
    ).participantStatistics;
    expect(exact.total).toBe(TOTAL);
    expect(exact.warnings[0]).toBe(`Målgruppen er angivet til ${TARGET_SIZE} borgere, men der er ${TOTAL} deltagere i projektet (forskel 1).`);
  });
});

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
        (actual[op])[role] = res.errors?.[0]?.extensions?.code ?? "OK";
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

describe("colour screening", () => {
  it("keeps the screening as the baseline: the distribution at the screening date is unchanged by later moves", async () => {
    const BASE = `query B($projectId: ID!, $asOf: String) { participantStatistics(projectId: $projectId, asOf: $asOf) { total breakdowns { dimension cells { key count } } } }`;
    const colours = async (asOf?: string) =>
      Object.fromEntries(
        (
          dataOf(
            await gql<{ participantStatistics: Stats }, object>(api.url, BASE, { projectId: projectId, asOf }, { token: tokens.tovholder }),
          ).participantStatistics.breakdowns.find((b) => b.dimension === "COLOUR")?.cells ?? []
        ).map((c) => [c.key, c.count]),
      );
    const baseline = await colours(SCREENED);
    expect(baseline).toMatchObject({ GROEN: 9, ORANGE: 9, BLAA: 4 });
    const beforeScreening = await colours(ENROLLED);
    expect(beforeScreening).toMatchObject({ UOPLYST: TOTAL });
    const p = dataOf(await list("tovholder", { colour: "BLAA", take: 1 })).participants.items[0];
    dataOf(
      await gql(
        api.url,
        COLOUR,
        { input: { participantId: p?.id, colour: "ORANGE", reason: "STU afsluttet", expectedVersion: p?.version } },
        { token: tokens.tovholder },
      ),
    );
    expect(await colours(SCREENED)).toEqual(baseline);
    expect((await colours()).BLAA).toBe(3);
  });

  it("records the history of a change, and a stale change gets CONFLICT", async () => {
    const p = dataOf(await list("tovholder", { colour: "GROEN", take: 1 })).participants.items[0];
    if (!p) throw new Error("no green participant");
    const changed = dataOf(
      await gql<{ changeParticipantColour: { colour: string; version: number } }, object>(
        api.url,
        COLOUR,
        { input: { participantId: p.id, colour: "ORANGE", reason: "Udeblev fra samtalen", expectedVersion: p.version } },
        { token: tokens.tovholder },
      ),
    );
    expect(changed.changeParticipantColour).toEqual({ colour: "ORANGE", version: p.version + 1 });
    const stale = await gql(
      api.url,
      COLOUR,
      { input: { participantId: p.id, colour: "ROED", reason: "Fraflyttet", expectedVersion: p.version } },
      { token: tokens.tovholder },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const one = dataOf(
      await gql<
        { participant: { colour: string; colourHistory: Array<{ from: string | null; to: string; reason: string; changedBy: { name: string } | null }> } },
        object
      >(api.url, ONE, { id: p.id }, { token: tokens.tovholder }),
    );
    expect(one.participant.colour).toBe("ORANGE");
    expect(one.participant.colourHistory.map((h) => [h.from, h.to, h.reason])).toEqual([
      ["GROEN", "ORANGE", "Udeblev fra samtalen"],
      [null, "GROEN", "Screening i uge 6"],
    ]);
  });
});

describe("target-group import with CPR numbers", () => {
  const good = [
    "Ishøj;K;;Dansk oprindelse;18;3;01-09-2012;010165-1234;Karen Testesen",
    "Vallensbæk;;;;6;3;01-09-2012;0212794321;",
    "Ishøj;M;1990;Øvrige;2;3;2012-09-01;;",
  ];

  it("writes nothing when one CPR number has an impossible date, and names the row", async () => {
    const before = dataOf(await list("tovholder", { take: 1, projectId: importProjectId })).participants.totalCount;
    const input = { projectId: importProjectId, fileName: "maalgruppe.csv", contentBase64: csvFile([...good, "Ishøj;;;;4;3;01-09-2012;310265-1234;"]) };
    const preview = dataOf(
      await gql<{ previewParticipantImport: { errors: Array<{ row: number; column: string; message: string }> } }, object>(
        api.url,
        PREVIEW,
        { input },
        { token: tokens.tovholder },
      ),
    ).previewParticipantImport;
    expect(preview.errors).toEqual([{ row: 5, column: "cpr", message: "Ugyldigt CPR-nummer: CPR-nummerets fødselsdato findes ikke i kalenderen." }]);
    const res = await gql(api.url, IMPORT, { input }, { token: tokens.tovholder });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(dataOf(await list("tovholder", { take: 1, projectId: importProjectId })).participants.totalCount).toBe(before);
  });

  it("accepts a valid CPR that fails modulus 11, stores no plain CPR, finds it by CPR and reveals it on purpose", async () => {
    const input = { projectId: importProjectId, fileName: "maalgruppe.csv", contentBase64: csvFile(good) };
    const result = dataOf(
      await gql<{ importParticipants: { added: number; firstCode: string; lastCode: string } }, object>(
        api.url,
        IMPORT,
        { input },
        { token: tokens.tovholder },
      ),
    ).importParticipants;
    expect(result).toEqual({ added: 3, firstCode: "IMP-0001", lastCode: "IMP-0003" });
    const again = await gql(api.url, IMPORT, { input }, { token: tokens.tovholder });
    expect(JSON.stringify(again.errors)).toContain("allerede deltager");

    // No plain CPR anywhere in the participant table, in any representation.
    const dump: Array<{ t: string }> = await api.dataSource.query(`SELECT p::text AS t FROM participant p`);
    const text = dump.map((r) => r.t).join("\n");
    for (const needle of ["0101651234", "010165-1234", "0212794321", "Karen Testesen", "\\x30313031363531323334"]) expect(text).not.toContain(needle);

    const found = dataOf(
      await gql<{ findParticipantByCpr: { code: string } | null }, object>(
        api.url,
        FIND,
        { input: { projectId: importProjectId, cpr: "0101651234", purpose: "Opslag i sagssystemet" } },
        { token: tokens.tovholder },
      ),
    );
    expect(found.findParticipantByCpr?.code).toBe("IMP-0001");
    const shown = dataOf(
      await gql<{ revealParticipantIdentity: { cpr: string; name: string } }, object>(
        api.url,
        REVEAL,
        { input: { participantId: await idOf("IMP-0001"), purpose: "Opslag i sagssystemet" } },
        { token: tokens.tovholder },
      ),
    );
    expect(shown.revealParticipantIdentity).toEqual({ code: "IMP-0001", cpr: "010165-1234", name: "Karen Testesen" });
  });

  it("never writes a CPR number to the application log", async () => {
    const from = logLines.length;
    // A preview and a search by CPR number: both carry CPR numbers in their input.
    const input = {
      projectId: importProjectId,
      fileName: "maalgruppe.csv",
      contentBase64: csvFile(["Ishøj;K;;Dansk oprindelse;18;3;01-09-2012;070761-4285;Kim Logtest"]),
    };
    expect(
      dataOf(await gql<{ previewParticipantImport: { rowCount: number } }, object>(api.url, PREVIEW, { input }, { token: tokens.tovholder }))
        .previewParticipantImport.rowCount,
    ).toBe(1);
    dataOf(
      await gql(api.url, FIND, { input: { projectId: importProjectId, cpr: "0707614285", purpose: "Opslag i sagssystemet" } }, { token: tokens.tovholder }),
    );
    expect(logLines.length).toBeGreaterThan(from);
    const all = logLines.join("");
    expect(all).not.toMatch(/\b\d{6}-?\d{4}\b/);
    expect(all).not.toContain("Kim Logtest");
  });
});

async function idOf(code: string): Promise<string> {
  const res = dataOf(await list("tovholder", { take: 200, purpose: "Find deltager i test", projectId: importProjectId }));
  let found = res.participants.items.find((p) => p.code === code);
  if (!found) {
    const more = dataOf(
      await gql<{ participants: { items: Array<{ id: string; code: string }> } }, object>(
        api.url,
        `query($p: ID!) { participants(projectId: $p, code: "${code}") { items { id code } } }`,
        { p: importProjectId },
        { token: tokens.tovholder },
      ),
    );
    found = more.participants.items.find((p) => p.code === code) as typeof found;
  }
  if (!found) throw new Error(`no ${code}`);
  return found.id;
}
