import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";

/**
 * The API behind issue #17's citizen page: the meetings a citizen is on (Participant.agenda), the planned meetings
 * the citizen can be put on without seeing who else is (Project.openTeamMeetings), and one citizen's alerts
 * (Project.alerts(participantId)). Built from an empty database.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
});
afterAll(() => api?.close());

async function world() {
  const { dataSource, url } = api;
  const project = await makeProject(dataSource, {
    name: "Borgerens møder",
    startDate: "2026-01-01",
    endDate: "2027-06-30",
  });
  const people = {} as Record<"leader" | "tovholder" | "caseworker", { id: string; token: string }>;
  for (const [key, role] of [
    ["leader", "LEADER"],
    ["tovholder", "TOVHOLDER"],
    ["caseworker", "CASEWORKER"],
  ] as const) {
    const user = await makeUser(dataSource, { name: key });
    await addMember(dataSource, project.id, user.id, role);
    people[key] = {
      id: user.id,
      token: await login(url, user.email, FIXTURE_PASSWORD),
    };
  }
  const run = async <T>(who: keyof typeof people, query: string, variables: object): Promise<T> =>
    dataOf(await gql<T, object>(url, query, variables, { token: people[who].token }));
  await run("leader", `mutation($input: SetFlowPlanInput!) { setFlowPlan(input: $input) { version } }`, {
    input: {
      projectId: project.id,
      conversationStart: "2026-02-01",
      conversationEnd: "2026-12-31",
      teamStart: "2026-03-02",
      teamEnd: "2026-04-30",
      meetingIntervalDays: 14,
      maxCitizensPerMeeting: 2,
      minutesPerCitizen: 30,
    },
  });
  await run("tovholder", `mutation($projectId: ID!) { generateTeamMeetings(projectId: $projectId) }`, { projectId: project.id });
  const meetings: Array<{ id: string; date: string; version: number }> = await dataSource.query(
    `SELECT id, to_char(meeting_date, 'YYYY-MM-DD') AS date, version FROM team_meeting WHERE project_id = $1 ORDER BY meeting_date`,
    [project.id],
  );
  // The caseworker's own citizens (a caseworker sees only those).
  const citizen = await makeParticipant(dataSource, project.id, {
    code: "MO-0001",
    colour: "ORANGE",
    caseworkerId: people.caseworker.id,
  });
  const other = await makeParticipant(dataSource, project.id, {
    code: "MO-0002",
    colour: "ORANGE",
    caseworkerId: people.caseworker.id,
  });
  return { project, people, run, meetings, citizen, other };
}

const CITIZEN = `query($id: ID!) { participant(id: $id, purpose: "Opfølgning på borgerens forløb") {
  agenda { meetingId date status position present recommendations } } }`;
const OPEN = `query($projectId: ID!, $from: String) { project(id: $projectId) { openTeamMeetings(from: $from) { id date maxItems itemCount } } }`;
const ADD = `mutation($input: AddToAgendaInput!) { addToAgenda(input: $input) }`;

describe("the citizen page's meetings and alerts", () => {
  it("shows the meetings a citizen is on, with the team's recommendations only for roles that see the meetings", async () => {
    const { run, meetings, citizen, other } = await world();
    const [first, second] = meetings;
    if (!first || !second) throw new Error(`expected meetings, got ${meetings.length}`);
    await run("tovholder", ADD, {
      input: { meetingId: first.id, participantId: other.id },
    });
    expect(
      await run<{ addToAgenda: number }>("tovholder", ADD, {
        input: { meetingId: first.id, participantId: citizen.id },
      }),
    ).toEqual({ addToAgenda: 2 });
    await run("tovholder", ADD, {
      input: { meetingId: second.id, participantId: citizen.id },
    });
    await run("tovholder", `mutation($input: HoldMeetingInput!) { holdTeamMeeting(input: $input) }`, {
      input: {
        meetingId: first.id,
        expectedVersion: first.version,
        attendance: [],
        outcomes: [
          { participantId: other.id, present: false },
          {
            participantId: citizen.id,
            present: true,
            recommendations: "Afklaring hos lægekonsulenten",
          },
        ],
      },
    });

    const asTovholder = await run<{ participant: { agenda: unknown[] } }>("tovholder", CITIZEN, { id: citizen.id });
    expect(asTovholder.participant.agenda).toEqual([
      {
        meetingId: first.id,
        date: first.date,
        status: "HELD",
        position: 2,
        present: true,
        recommendations: "Afklaring hos lægekonsulenten",
      },
      {
        meetingId: second.id,
        date: second.date,
        status: "PLANNED",
        position: 1,
        present: null,
        recommendations: null,
      },
    ]);
    // The caseworker follows the citizen, not the team's meetings: dates and attendance, no recommendations.
    const asCaseworker = await run<{
      participant: {
        agenda: Array<{
          recommendations: string | null;
          present: boolean | null;
        }>;
      };
    }>("caseworker", CITIZEN, {
      id: citizen.id,
    });
    expect(asCaseworker.participant.agenda.map((a) => [a.present, a.recommendations])).toEqual([
      [true, null],
      [null, null],
    ]);
    // The other citizen's meeting shows nothing of this citizen's.
    const otherAgenda = await run<{
      participant: { agenda: Array<{ present: boolean | null }> };
    }>("tovholder", CITIZEN, { id: other.id });
    expect(otherAgenda.participant.agenda.map((a) => a.present)).toEqual([false]);
  });

  it("offers the planned meetings from a date with their places taken, to the tovholder only, and names a bad date", async () => {
    const { project, people, run, meetings, citizen } = await world();
    const [first, second, third] = meetings;
    if (!first || !second || !third) throw new Error(`expected meetings, got ${meetings.length}`);
    await run("tovholder", ADD, {
      input: { meetingId: second.id, participantId: citizen.id },
    });

    const open = await run<{
      project: {
        openTeamMeetings: Array<{
          id: string;
          date: string;
          maxItems: number;
          itemCount: number;
        }>;
      };
    }>("tovholder", OPEN, {
      projectId: project.id,
      from: second.date,
    });
    expect(open.project.openTeamMeetings.slice(0, 2)).toEqual([
      { id: second.id, date: second.date, maxItems: 2, itemCount: 1 },
      { id: third.id, date: third.date, maxItems: 2, itemCount: 0 },
    ]);
    expect(open.project.openTeamMeetings.map((m) => m.id)).not.toContain(first.id);
    // Listing places is no read of a citizen: nothing is logged for it.
    const logged: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE user_id = $1 AND action = 'LIST'`, [
      people.tovholder.id,
    ]);
    expect(logged[0]?.n).toBe(0);

    const caseworker = await gql(api.url, OPEN, { projectId: project.id, from: null }, { token: people.caseworker.token });
    expect(codeOf(caseworker)).toBe("FORBIDDEN");
    const badDate = await gql(api.url, OPEN, { projectId: project.id, from: "2026-02-30" }, { token: people.tovholder.token });
    expect(codeOf(badDate)).toBe("BAD_USER_INPUT");
    expect(badDate.errors?.[0]?.message).toContain("findes ikke i kalenderen");
  });

  it("lists one citizen's alerts, open and followed up, and logs that citizen only", async () => {
    const { project, people, run, citizen, other } = await world();
    const intervention = await run<{ addIntervention: { id: string } }>(
      "tovholder",
      `mutation($input: AddInterventionInput!) { addIntervention(input: $input) { id } }`,
      {
        input: {
          projectId: project.id,
          name: "Social mentor",
          area: "SOCIAL",
          supplier: "Socialcenter",
          unit: "timer",
          profiles: [],
        },
      },
    );
    const alertFor = async (participantId: string) => {
      const plan = await run<{ addPlanItem: Array<{ id: string }> }>("tovholder", `mutation($input: AddPlanItemInput!) { addPlanItem(input: $input) { id } }`, {
        input: {
          participantId,
          interventionId: intervention.addIntervention.id,
          responsibleUnit: "Socialcenter",
          startMonth: "2026-03",
          endMonth: "2026-05",
        },
      });
      const item = plan.addPlanItem[0];
      if (!item) throw new Error("no plan item");
      return run<{ reportNonCompliance: { id: string } }>(
        "caseworker",
        `mutation($input: ReportNonComplianceInput!) { reportNonCompliance(input: $input) { id } }`,
        {
          input: {
            itemId: item.id,
            reportedByUnit: "Socialcenter",
            message: "Kom ikke",
          },
        },
      );
    };
    const mine = await alertFor(citizen.id);
    await alertFor(other.id);
    await run("tovholder", `mutation($input: ResolveAlertInput!) { resolvePlanAlert(input: $input) { id } }`, {
      input: {
        alertId: mine.reportNonCompliance.id,
        followUp: "Aftalt ny start",
      },
    });
    const second = await alertFor(citizen.id);

    const before: Array<{ n: number }> = await api.dataSource.query(`SELECT count(*)::int AS n FROM access_log WHERE user_id = $1`, [people.tovholder.id]);
    const alerts = await run<{
      project: {
        alerts: Array<{
          id: string;
          participantCode: string;
          followUp: string | null;
        }>;
      };
    }>(
      "tovholder",
      `query($projectId: ID!, $participantId: ID!) { project(id: $projectId) { alerts(openOnly: false, participantId: $participantId) { id participantCode followUp } } }`,
      { projectId: project.id, participantId: citizen.id },
    );
    expect(alerts.project.alerts).toEqual([
      {
        id: second.reportNonCompliance.id,
        participantCode: "MO-0001",
        followUp: null,
      },
      {
        id: mine.reportNonCompliance.id,
        participantCode: "MO-0001",
        followUp: "Aftalt ny start",
      },
    ]);
    const logged: Array<{ participant_id: string }> = await api.dataSource.query(
      `SELECT participant_id FROM access_log WHERE user_id = $1 ORDER BY id OFFSET $2`,
      [people.tovholder.id, before[0]?.n ?? 0],
    );
    expect(logged.map((r) => r.participant_id)).toEqual([citizen.id]);

    // Only the tovholder follows alerts up; an unknown citizen id is no citizen.
    const caseworker = await gql(
      api.url,
      `query($projectId: ID!, $participantId: ID!) { project(id: $projectId) { alerts(participantId: $participantId) { id } } }`,
      { projectId: project.id, participantId: citizen.id },
      { token: people.caseworker.token },
    );
    expect(codeOf(caseworker)).toBe("FORBIDDEN");
    const unknown = await gql(
      api.url,
      `query($projectId: ID!, $participantId: ID!) { project(id: $projectId) { alerts(participantId: $participantId) { id } } }`,
      { projectId: project.id, participantId: "nope" },
      { token: people.tovholder.token },
    );
    expect(codeOf(unknown)).toBe("NOT_FOUND");
  });
});
