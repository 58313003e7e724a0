// The world of the participant tests (tests/api/participants-*.test.ts): its own API, logging at debug level into
// `logLines`, with a project of 22 screened citizens against a target group of 21 and a project for the imports,
// and a person with each role in both.
import { pino } from "pino";
import { Writable } from "node:stream";
import { expect } from "vitest";
import { gql, startTestApi, type GraphQLResponse, type TestApi } from "./api.js";
import { makeProject } from "./fixtures.js";
import { makeCitizens, makePeople, times, type CitizenSpec } from "./fixtures-api-b.js";

export const ROLES = ["styregruppe", "leder", "tovholder", "sagsbehandler", "team", "admin", "udvikler"] as const;

export const LIST = `query L($projectId: ID!, $take: Int, $colour: Colour, $purpose: String) { participants(projectId: $projectId, take: $take, colour: $colour, purpose: $purpose) { totalCount items { id code colour version caseworker { name } } } }`;
export const ONE = `query O($id: ID!) { participant(id: $id) { id code colour version colourHistory { from to reason changedBy { name } } } }`;
export const STATS = `query S($projectId: ID!) { participantStatistics(projectId: $projectId) { total totalDisplay targetSize suppressed warnings breakdowns { dimension cells { key count display suppressed } } } }`;
export const REVEAL = `mutation R($input: RevealIdentityInput!) { revealParticipantIdentity(input: $input) { code name cpr } }`;
export const FIND = `mutation F($input: FindByCprInput!) { findParticipantByCpr(input: $input) { id code } }`;
export const COLOUR = `mutation C($input: ChangeColourInput!) { changeParticipantColour(input: $input) { colour version } }`;
export const CLASSIFY = `mutation K($input: ClassifyParticipantInput!) { classifyParticipant(input: $input) { profiles version } }`;
export const PREVIEW = `mutation P($input: ParticipantImportInput!) { previewParticipantImport(input: $input) { rowCount newCount errors { row column message } } }`;
export const IMPORT = `mutation I($input: ParticipantImportInput!) { importParticipants(input: $input) { added firstCode lastCode } }`;
export const LOG = `query A($participantId: ID, $action: String) { accessLog(participantId: $participantId, action: $action, take: 500) { totalCount items { action purpose participantId criterion user { name } } } }`;
export const EXTRACT = `query E($participantId: ID!) { participantAccessExtract(participantId: $participantId) { at action purpose } }`;

/** The answer to PREVIEW. */
export type ImportPreview = {
  previewParticipantImport: { rowCount: number; newCount: number; errors: Array<{ row: number; column: string; message: string }> };
};

/** A target-group file with the import's header and `rows`, as the API takes it (base64). */
export function csvFile(rows: string[]): string {
  return Buffer.from(["Kommune;Køn;Fødselsår;Herkomst;Måneder på ydelse;Matchgruppe;Indskrivningsdato;CPR;Navn", ...rows].join("\n"), "utf8").toString(
    "base64",
  );
}

/** Screened on 2 February 2026, the day after they were enrolled. */
export const ENROLLED = "2026-02-01";
export const SCREENED = "2026-02-02";
/**
 * 22 citizens against a stated target group of 21: 9 grøn (3 of them the caseworker's), 9 orange, 4 blå;
 * Ishøj 15 and Vallensbæk 7; 10 men and 12 women; origin not stated for 2.
 */
export const TOTAL = 22;
export const TARGET_SIZE = 21;
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

export type ParticipantPage = { totalCount: number; items: Array<{ id: string; code: string; colour: string; version: number }> };

export interface ParticipantsWorld {
  api: TestApi;
  /** Everything the API logged, line by line. */
  logLines: string[];
  /** The project whose citizens the tests read and change; the imports write to a project of their own. */
  projectId: string;
  importProjectId: string;
  tokens: Record<string, string>;
  /** The citizens assigned to the caseworker (none without the citizens). */
  assignedIds: string[];
  /** The participants list as `role` sees it, of the citizens' project unless `variables` name another. */
  list: (role: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<{ participants: ParticipantPage }>>;
}

/** The world; `citizens: false` leaves the citizens' project empty (for tests of the import alone). */
export async function startParticipantsWorld({ citizens: withCitizens = true } = {}): Promise<ParticipantsWorld> {
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const api = await startTestApi({ logger: pino({ level: "debug" }, sink), seed: false });
  const project = await makeProject(api.dataSource, { code: "MGR", targetSize: TARGET_SIZE, startDate: "2026-01-01", municipalityCodes: ["183", "187"] });
  const importProject = await makeProject(api.dataSource, { code: "IMP", startDate: "2012-01-01", municipalityCodes: ["183", "187"] });
  const people = await makePeople(api.url, api.dataSource, [project.id, importProject.id], {
    styregruppe: { name: "Susanne Styregruppe", role: "STYREGRUPPE" },
    leder: { name: "Lars Leder", role: "LEADER" },
    tovholder: { name: "Tine Tovholder", role: "TOVHOLDER" },
    sagsbehandler: { name: "Sara Sagsbehandler", role: "CASEWORKER" },
    team: { name: "Torben Teammedlem", role: "TEAM_MEMBER" },
    admin: { name: "Anna Administrator", globalRoles: ["ADMIN"] },
    udvikler: { name: "Ulrik Udvikler", role: "STYREGRUPPE", globalRoles: ["DEVELOPER"] },
  });
  const tokens: Record<string, string> = {};
  for (const r of ROLES) tokens[r] = people[r].token;
  let assignedIds: string[] = [];
  if (withCitizens) {
    const made = await makeCitizens(api.dataSource, project.id, citizens(people.sagsbehandler.id), {
      prefix: "MGR",
      screening: { at: SCREENED, by: people.tovholder.id, reason: "Screening i uge 6" },
    });
    expect(made).toHaveLength(TOTAL);
    assignedIds = made.filter((p) => p.caseworkerId === people.sagsbehandler.id).map((p) => p.id);
  }
  const list: ParticipantsWorld["list"] = (role, variables = {}) =>
    gql<{ participants: ParticipantPage }, object>(api.url, LIST, { projectId: project.id, ...variables }, { token: tokens[role] });
  return { api, logLines, projectId: project.id, importProjectId: importProject.id, tokens, assignedIds, list };
}
