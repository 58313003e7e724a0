import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeBudgetThroughApi, makeParticipant, makeProject } from "../support/fixtures.js";
import { makeLoggedInUser } from "../support/fixtures-api-a.js";

let api: TestApi;
const tokens: Record<string, string> = {};
let bfaId: string;
let teamEmail: string;
/** The citizen of the first test (grøn, nothing booked). */
let greenId: string;
/** Grøn citizens without a form: the agenda test fills a meeting with them. */
let fresh: P[];
/** Meetings outside the team's period, each with a citizen on its agenda: one calls the medical consultant (a form
 * naming physical health), one does not (a social form only). */
let doctorMeetingId: string;
let socialMeetingId: string;

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
type Meeting = {
  id: string;
  date: string;
  status: string;
  version: number;
  maxItems: number;
  neededCompetences: string[];
  invited: Array<{ name: string }>;
  items: Array<{ participantId: string; participantCode: string; themes: string[] }>;
};
type Meetings = { project: { teamMembers: Array<{ id: string; name: string; competence: string; budgetLineId: string | null }>; teamMeetings: Meeting[] } };

async function participants(colour?: string): Promise<P[]> {
  return dataOf(await gql<{ participants: { items: P[] } }, object>(api.url, PARTICIPANTS, { p: bfaId, colour }, { token: tokens.tovholder })).participants
    .items;
}

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  bfaId = (await makeProject(api.dataSource, { startDate: "2012-08-01", endDate: "2013-12-31" })).id;
  tokens.tovholder = (await makeLoggedInUser(api, { roles: [[bfaId, "TOVHOLDER"]] })).token;
  tokens.leder = (await makeLoggedInUser(api, { roles: [[bfaId, "LEADER"]] })).token;
  const styregruppe = (await makeLoggedInUser(api, { roles: [[bfaId, "STYREGRUPPE"]] })).token;
  const team = await makeLoggedInUser(api, { name: "Torben Teammedlem", roles: [[bfaId, "TEAM_MEMBER"]] });
  tokens.team = team.token;
  teamEmail = team.email;

  // The medical consultant's line: 50 timer planned, fed by the team's hours.
  const amounts = [2012, 2013].map((year) => ({ year, amount: "20000.00" }));
  await makeBudgetThroughApi(
    api.url,
    bfaId,
    [{ side: "EXPENSE", name: "Lægekonsulent honorar v/ca. 50 timer", amounts, driver: { fixed: "AMOUNT", quantity: "50", unit: "timer" } }],
    { leader: tokens.leder, styregruppe },
    { startYear: 2012, endYear: 2013 },
  );
  const line = dataOf(
    await gql<{ project: { budgets: Array<{ lines: Array<{ id: string; version: number }> }> } }, object>(
      api.url,
      `query L($p: ID!) { project(id: $p) { budgets { lines { id version } } } }`,
      { p: bfaId },
      { token: tokens.leder },
    ),
  ).project.budgets[0]?.lines[0];
  dataOf(
    await gql(
      api.url,
      `mutation S($input: SetLineActivitySourceInput!) { setLineActivitySource(input: $input) { version } }`,
      { input: { budgetLineId: line?.id, source: "TEAM_HOURS", expectedVersion: line?.version } },
      { token: tokens.leder },
    ),
  );
  const ADD_MEMBER = `mutation T($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`;
  dataOf(
    await gql(
      api.url,
      ADD_MEMBER,
      {
        input: {
          projectId: bfaId,
          name: "Torben Teammedlem",
          title: "Lægekonsulent",
          competence: "PHYSICAL_HEALTH",
          userId: team.user.id,
          budgetLineId: line?.id,
        },
      },
      { token: tokens.tovholder },
    ),
  );
  dataOf(
    await gql(
      api.url,
      ADD_MEMBER,
      { input: { projectId: bfaId, name: "Vera Virksomhedskonsulent", title: "Virksomhedskonsulent", competence: "EMPLOYMENT" } },
      { token: tokens.tovholder },
    ),
  );
  // The team meets every 14 days from 5 August to 1 September 2013: two meetings, made by the test that generates them.
  dataOf(
    await gql(
      api.url,
      `mutation P($input: SetFlowPlanInput!) { setFlowPlan(input: $input) { version } }`,
      {
        input: {
          projectId: bfaId,
          conversationStart: "2012-09-01",
          conversationEnd: "2012-12-21",
          teamStart: "2013-08-05",
          teamEnd: "2013-09-01",
          meetingIntervalDays: 14,
          maxCitizensPerMeeting: 5,
          minutesPerCitizen: 20,
        },
      },
      { token: tokens.tovholder },
    ),
  );

  let n = 0;
  const citizen = async (colour: "GROEN" | "ORANGE" | "ROED") =>
    (await makeParticipant(api.dataSource, bfaId, { colour, code: `BFA-${String(++n).padStart(4, "0")}`, enrolmentDate: "2012-08-01" })).id;
  greenId = await citizen("GROEN");
  for (let i = 0; i < 6; i++) await citizen("GROEN");
  await citizen("ROED");
  const forDoctor = await citizen("ORANGE");
  const forSocial = await citizen("ORANGE");
  fresh = (await participants("GROEN")).filter((p) => p.id !== greenId);
  const meeting = async (date: string, participantId: string, themes: string[]) => {
    const id = dataOf(
      await gql<{ addTeamMeeting: { id: string } }, object>(
        api.url,
        `mutation M($input: AddTeamMeetingInput!) { addTeamMeeting(input: $input) { id } }`,
        { input: { projectId: bfaId, date } },
        { token: tokens.tovholder },
      ),
    ).addTeamMeeting.id;
    dataOf(await gql(api.url, FORM, { input: { participantId, themes, wishes: "Vil gerne arbejde med dyr" } }, { token: tokens.tovholder }));
    dataOf(await gql(api.url, ADD, { input: { meetingId: id, participantId } }, { token: tokens.tovholder }));
    return id;
  };
  doctorMeetingId = await meeting("2013-10-07", forDoctor, ["PHYSICAL_HEALTH"]);
  socialMeetingId = await meeting("2013-10-21", forSocial, ["SOCIAL"]);
});
afterAll(() => api?.close());

describe("the initial conversation", () => {
  it("is held by the JC caseworker for grøn; a no-show makes the citizen orange and the next one a tovholder's", async () => {
    const green = { id: greenId };
    const scheduled = dataOf(
      await gql<{ scheduleConversation: { id: string; holderKind: string; version: number } }, object>(
        api.url,
        SCHEDULE,
        { input: { participantId: green.id, date: "2013-09-02" } },
        { token: tokens.tovholder },
      ),
    ).scheduleConversation;
    expect(scheduled.holderKind).toBe("JC_CASEWORKER");
    const after = dataOf(
      await gql<{ recordConversation: Array<{ holderKind: string; status: string; scheduledDate: string }> }, object>(
        api.url,
        RECORD,
        { input: { conversationId: scheduled.id, outcome: "NO_SHOW", date: "2013-09-02", expectedVersion: scheduled.version } },
        { token: tokens.tovholder },
      ),
    ).recordConversation;
    expect(after.filter((c) => c.scheduledDate >= "2013-09-01").map((c) => [c.holderKind, c.status, c.scheduledDate])).toEqual([
      ["JC_CASEWORKER", "NO_SHOW", "2013-09-02"],
      ["TOVHOLDER", "SCHEDULED", "2013-09-09"],
    ]);
    const one = dataOf(
      await gql<{ participant: { colour: string; colourHistory: Array<{ from: string; to: string; reason: string; changedBy: unknown }> } }, object>(
        api.url,
        ONE,
        { id: green.id },
        { token: tokens.tovholder },
      ),
    ).participant;
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
    // The flow plan's team period (5 August – 1 September 2013, every 14 days) gives two meetings.
    expect(dataOf(await gql<{ generateTeamMeetings: number }, object>(api.url, GENERATE, { p: bfaId }, { token: tokens.tovholder })).generateTeamMeetings).toBe(
      2,
    );

    // Six citizens without a form yet.
    expect(fresh).toHaveLength(6);
    const themes = [["SUBSTANCE_ABUSE"], ["PHYSICAL_HEALTH"], [], ["YOUTH_EDUCATION"], ["SOCIAL"], ["MENTAL_HEALTH"]];
    for (const [i, p] of fresh.entries()) {
      dataOf(await gql(api.url, FORM, { input: { participantId: p.id, themes: themes[i], wishes: "Vil gerne arbejde med dyr" } }, { token: tokens.tovholder }));
    }
    const { project } = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.tovholder }));
    const meeting = project.teamMeetings.find((m) => m.date === "2013-08-05") as Meeting;
    expect(meeting.status).toBe("PLANNED");
    const results = [];
    for (const p of fresh)
      results.push(
        await gql<{ addToAgenda: number }, object>(api.url, ADD, { input: { meetingId: meeting.id, participantId: p.id } }, { token: tokens.tovholder }),
      );
    expect(results.slice(0, 5).map((r) => r.data?.addToAgenda)).toEqual([1, 2, 3, 4, 5]);
    expect(results[5]?.errors?.[0]?.message).toBe("Dagsordenen er fuld (højst 5 borgere). Vælg et andet møde.");

    const again = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.tovholder })).project.teamMeetings.find(
      (m) => m.id === meeting.id,
    ) as Meeting;
    expect(again.items).toHaveLength(5);
    expect(again.neededCompetences).toEqual(["EMPLOYMENT", "SOCIAL", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "YOUTH_EDUCATION"]);
    expect(again.invited.map((m) => m.name)).toContain("Torben Teammedlem");
  });

  it("turns the medical consultant's 2 hours at a held meeting into 2 hours of activity on his budget line", async () => {
    const lineOf = async () =>
      dataOf(
        await gql<
          { project: { budgets: Array<{ followUp: { lines: Array<{ name: string; deliveredQuantity: string | null; activityPercent: number | null }> } }> } },
          object
        >(api.url, FOLLOW_UP, { p: bfaId }, { token: tokens.leder }),
      ).project.budgets[0]?.followUp.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    const before = await lineOf();
    const { project } = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.tovholder }));
    const meeting = project.teamMeetings.find((m) => m.id === doctorMeetingId) as Meeting;
    expect(meeting.items).toHaveLength(1);
    const doctor = project.teamMembers.find((m) => m.name === "Torben Teammedlem");
    dataOf(
      await gql(
        api.url,
        HOLD,
        {
          input: {
            meetingId: meeting.id,
            expectedVersion: meeting.version,
            attendance: [{ teamMemberId: doctor?.id, hours: "2" }],
            outcomes: meeting.items.map((i) => ({ participantId: i.participantId, present: true, recommendations: "Afklaring hos egen læge" })),
          },
        },
        { token: tokens.tovholder },
      ),
    );
    const after = await lineOf();
    expect(Number(after?.deliveredQuantity) - Number(before?.deliveredQuantity)).toBe(2);
    expect((after?.activityPercent ?? 0) - (before?.activityPercent ?? 0)).toBeCloseTo(4, 5); // 2 of 50 timer
    const twice = await gql(
      api.url,
      HOLD,
      { input: { meetingId: meeting.id, expectedVersion: meeting.version, attendance: [], outcomes: [] } },
      { token: tokens.tovholder },
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("shows a team member only the agendas they are called to, logs it, and refuses them any other participant", async () => {
    const { project } = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.team }));
    const all = dataOf(await gql<Meetings, object>(api.url, MEETINGS, { p: bfaId }, { token: tokens.tovholder })).project.teamMeetings;
    // The team user is the medical consultant: called where a form names physical health (or where he sat in).
    const calling = all.filter((m) => m.neededCompetences.includes("PHYSICAL_HEALTH")).map((m) => m.id);
    const seen = project.teamMeetings.map((m) => m.id);
    expect(seen).toContain(doctorMeetingId);
    expect(seen).not.toContain(socialMeetingId);
    expect(seen).toEqual(expect.arrayContaining(calling));
    expect(all.map((m) => m.id)).toEqual(expect.arrayContaining(seen));
    const item = project.teamMeetings.find((m) => m.id === doctorMeetingId)?.items[0];
    expect(item?.participantCode).toMatch(/^BFA-\d{4}$/);
    const logged: Array<{ n: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM access_log l JOIN app_user u ON u.id = l.user_id WHERE u.email = $2 AND l.participant_id = $1`,
      [item?.participantId, teamEmail],
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
