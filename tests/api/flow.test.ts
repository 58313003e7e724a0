import { ProjectsDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
const tokens: Record<string, string> = {};
let bfaId: string;

const PARTICIPANTS = `query L($p: ID!, $colour: Colour) { participants(projectId: $p, colour: $colour, take: 200, purpose: "Test af forløbet") { items { id code colour version } } }`;
const SCHEDULE = `mutation S($input: ScheduleConversationInput!) { scheduleConversation(input: $input) { id holderKind status version } }`;
const RECORD = `mutation R($input: RecordConversationInput!) { recordConversation(input: $input) { id holderKind status scheduledDate } }`;
const ONE = `query O($id: ID!) { participant(id: $id) { colour colourHistory { from to reason changedBy { name } } } }`;
const FORM = `mutation F($input: SavePreparationFormInput!) { savePreparationForm(input: $input) { themes version } }`;
const GENERATE = `mutation G($p: ID!) { generateTeamMeetings(projectId: $p) }`;
const MEETINGS = `query M($p: ID!) { project(id: $p) { teamMembers { id name competence budgetLineId } teamMeetings { id date status version maxItems neededCompetences invited { name } items { participantId participantCode themes } } } }`;
const ADD = `mutation A($input: AddToAgendaInput!) { addToAgenda(input: $input) }`;
const HOLD = `mutation H($input: HoldMeetingInput!) { holdTeamMeeting(input: $input) }`;
const FOLLOW_UP = `query F($p: ID!) { project(id: $p) { budgets { followUp(asOf: "2013-12-31") { lines { name deliveredQuantity activityPercent } } } } }`;

type P = { id: string; code: string; colour: string; version: number };
type Meeting = { id: string; date: string; status: string; version: number; maxItems: number; neededCompetences: string[]; invited: Array<{ name: string }>; items: Array<{ participantId: string; participantCode: string; themes: string[] }> };
type Meetings = { project: { teamMembers: Array<{ id: string; name: string; competence: string; budgetLineId: string | null }>; teamMeetings: Meeting[] } };

async function participants(colour?: string): Promise<P[]> {
  return dataOf(await gql<{ participants: { items: P[] } }, object>(api.url, PARTICIPANTS, { p: bfaId, colour }, { token: tokens.tovholder })).participants.items;
}

beforeAll(async () => {
  api = await startTestApi();
  for (const r of ["tovholder", "team", "leder", "sagsbehandler"]) tokens[r] = await login(api.url, `${r}@overblik.demo`);
  const p = dataOf(await gql(api.url, ProjectsDocument, {}, { token: tokens.leder })).projects.items.find((x) => x.code === "BFA");
  bfaId = p?.id ?? "";
});
afterAll(() => api?.close());

describe("the initial conversation", () => {
  it("is held by the JC caseworker for grøn; a no-show makes the citizen orange and the next one a tovholder's", async () => {
    const green = (await participants("GROEN"))[0];
    if (!green) throw new Error("no green participant");
    // After the demo's period, so the demo's own conversation with this citizen stays apart.
    const scheduled = dataOf(await gql<{ scheduleConversation: { id: string; holderKind: string; version: number } }, object>(api.url, SCHEDULE, { input: { participantId: green.id, date: "2013-09-02" } }, { token: tokens.tovholder })).scheduleConversation;
    expect(scheduled.holderKind).toBe("JC_CASEWORKER");
    const after = dataOf(await gql<{ recordConversation: Array<{ holderKind: string; status: string; scheduledDate: string }> }, object>(api.url, RECORD, { input: { conversationId: scheduled.id, outcome: "NO_SHOW", date: "2013-09-02", expectedVersion: scheduled.version } }, { token: tokens.tovholder })).recordConversation;
    expect(after.filter((c) => c.scheduledDate >= "2013-09-01").map((c) => [c.holderKind, c.status, c.scheduledDate])).toEqual([
      ["JC_CASEWORKER", "NO_SHOW", "2013-09-02"],
      ["TOVHOLDER", "SCHEDULED", "2013-09-09"],
    ]);
    const one = dataOf(await gql<{ participant: { colour: string; colourHistory: Array<{ from: string; to: string; reason: string; changedBy: unknown }> } }, object>(api.url, ONE, { id: green.id }, { token: tokens.tovholder })).participant;
    expect(one.colour).toBe("ORANGE");
    expect(one.colourHistory[0]).toMatchObject({ from: "GROEN", to: "ORANGE", changedBy: null });
    expect(one.colourHistory[0]?.reason).toContain("Udeblev fra den indledende samtale d. 2013-09-02");
  });

  it("has none for a rød citizen", async () => {
    const red = (await participants("ROED"))[0];
    const res = await gql(api.url, SCHEDULE, { input: { participantId: red?.id, date: "2012-09-10" } }, { token: tokens.tovholder });
    expect(res.errors?.[0]?.message).toContain("Røde borgere");
  });
});

describe("team meetings", () => {
  it("never lets an agenda exceed its limit, and calls the competences the forms need", async () => {
    // The demo's 22 meetings are held; the team's period is extended by a month, which gives two new meetings.
    const { project: demo } = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.tovholder }));
    expect(demo.teamMeetings).toHaveLength(22);
    expect(demo.teamMeetings.filter((m) => m.status === "PLANNED")).toEqual([]);
    await api.dataSource.query(`UPDATE project_flow_plan SET team_end = '2013-09-01' WHERE project_id = $1`, [bfaId]);
    expect(dataOf(await gql<{ generateTeamMeetings: number }, object>(api.url, GENERATE, { p: bfaId }, { token: tokens.tovholder })).generateTeamMeetings).toBe(2);

    // Citizens without a form yet (grøn ones; the orange ones have the demo's forms).
    const fresh = (await participants("GROEN")).slice(1, 7);
    const themes = [["SUBSTANCE_ABUSE"], ["PHYSICAL_HEALTH"], [], ["YOUTH_EDUCATION"], ["SOCIAL"], ["MENTAL_HEALTH"]];
    for (const [i, p] of fresh.entries()) {
      dataOf(await gql(api.url, FORM, { input: { participantId: p.id, themes: themes[i], wishes: "Vil gerne arbejde med dyr" } }, { token: tokens.tovholder }));
    }
    const { project } = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.tovholder }));
    const meeting = project.teamMeetings.find((m) => m.status === "PLANNED") as Meeting;
    expect(meeting.date).toBe("2013-08-05");
    const results = [];
    for (const p of fresh) results.push(await gql<{ addToAgenda: number }, object>(api.url, ADD, { input: { meetingId: meeting.id, participantId: p.id } }, { token: tokens.tovholder }));
    expect(results.slice(0, 5).map((r) => r.data?.addToAgenda)).toEqual([1, 2, 3, 4, 5]);
    expect(results[5]?.errors?.[0]?.message).toBe("Dagsordenen er fuld (højst 5 borgere). Vælg et andet møde.");

    const again = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.tovholder })).project.teamMeetings.find((m) => m.id === meeting.id) as Meeting;
    expect(again.items).toHaveLength(5);
    expect(again.neededCompetences).toEqual(["EMPLOYMENT", "SOCIAL", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "YOUTH_EDUCATION"]);
    expect(again.invited.map((m) => m.name)).toContain("Torben Teammedlem");
  });

  it("turns the medical consultant's 2 hours at a held meeting into 2 hours of activity on his budget line", async () => {
    const lineOf = async () =>
      dataOf(await gql<{ project: { budgets: Array<{ followUp: { lines: Array<{ name: string; deliveredQuantity: string | null; activityPercent: number | null }> } }> } }, object>(api.url, FOLLOW_UP, { p: bfaId }, { token: tokens.leder }))
        .project.budgets[0]?.followUp.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    const before = await lineOf();
    const { project } = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.tovholder }));
    const meeting = project.teamMeetings.find((m) => m.status === "PLANNED") as Meeting;
    const doctor = project.teamMembers.find((m) => m.name === "Torben Teammedlem");
    dataOf(
      await gql(api.url, HOLD, {
        input: {
          meetingId: meeting.id,
          expectedVersion: meeting.version,
          attendance: [{ teamMemberId: doctor?.id, hours: "2" }],
          outcomes: meeting.items.map((i, n) => ({ participantId: i.participantId, present: n !== 1, recommendations: "Afklaring hos egen læge" })),
        },
      }, { token: tokens.tovholder }),
    );
    const after = await lineOf();
    expect(Number(after?.deliveredQuantity) - Number(before?.deliveredQuantity)).toBe(2);
    expect((after?.activityPercent ?? 0) - (before?.activityPercent ?? 0)).toBeCloseTo(4, 5); // 2 of 50 timer
    const twice = await gql(api.url, HOLD, { input: { meetingId: meeting.id, expectedVersion: meeting.version, attendance: [], outcomes: [] } }, { token: tokens.tovholder });
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("shows a team member only the agendas they are called to, logs it, and refuses them any other participant", async () => {
    const { project } = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.team }));
    const all = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.tovholder })).project.teamMeetings;
    // The team user is the medical consultant: called where a form names physical health (or where he sat in).
    const calling = all.filter((m) => m.neededCompetences.includes("PHYSICAL_HEALTH")).map((m) => m.id);
    const seen = project.teamMeetings.map((m) => m.id);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(all.length);
    expect(seen).toEqual(expect.arrayContaining(calling));
    expect(all.map((m) => m.id)).toEqual(expect.arrayContaining(seen));
    const item = project.teamMeetings[0]?.items[0];
    expect(item?.participantCode).toMatch(/^BFA-\d{4}$/);
    const logged: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM access_log l JOIN app_user u ON u.id = l.user_id WHERE u.email = 'team@overblik.demo' AND l.participant_id = $1`,
      [item?.participantId],
    );
    expect(logged[0]?.n).toBeGreaterThanOrEqual(1);
    const other = (await participants("ROED"))[0];
    const denied = await gql(api.url, ONE, { id: other?.id }, { token: tokens.team });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const onAgenda = await gql(api.url, ONE, { id: item?.participantId }, { token: tokens.team });
    expect(onAgenda.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses the styregruppe and leaders the meetings (participant-level data)", async () => {
    const res = await gql(api.url, MEETINGS, { p: bfaId }, { token: tokens.leder });
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

