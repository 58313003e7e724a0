import {
  AddProjectMemberDocument,
  AddTeamMemberDocument,
  EndTeamMemberDocument,
  TeamSectionDocument,
  UpdateTeamMemberDocument,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeBudgetThroughApi, makeProject, makeUser } from "../support/fixtures.js";

/**
 * The team's whole life (issue #17), from an empty database: the tovholder adds members (a login only from the
 * project's users in the role TEAM_MEMBER), corrects them as versioned rows, and ends them — kept with an end date
 * when they attended a held meeting, deleted when they never did. A caseworker may do none of it.
 */

const ADD_MEETING = `mutation($input: AddTeamMeetingInput!) { addTeamMeeting(input: $input) { id version } }`;
const HOLD = `mutation($input: HoldMeetingInput!) { holdTeamMeeting(input: $input) }`;
const MEETINGS = `query($id: ID!) { project(id: $id) { teamMeetings { id date status invited { name } } } }`;

type Meeting = { id: string; date: string; status: string; invited: Array<{ name: string }> };

let api: TestApi;
let projectId: string;
let lineId: string;
let foreignLineId: string;
const tokens = {} as Record<"tovholder" | "caseworker" | "leader", string>;
const users = {} as Record<"tom" | "caseworker" | "elsewhere", string>;

const NEW_MEMBER = { name: "Lise Læge", title: "Lægekonsulent", competence: "PHYSICAL_HEALTH", adHoc: false };

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const ds = api.dataSource;
  const project = await makeProject(ds, { name: "Teamets liv", startDate: "2026-01-01", endDate: "2028-12-31" });
  projectId = project.id;
  const other = await makeProject(ds, { name: "Et andet projekt" });
  const make = async (name: string, role: "TOVHOLDER" | "CASEWORKER" | "LEADER" | "STYREGRUPPE" | "TEAM_MEMBER", inProject = projectId) => {
    const user = await makeUser(ds, { name });
    await addMember(ds, inProject, user.id, role);
    return user;
  };
  const tovholder = await make("Tina Tovholder", "TOVHOLDER");
  const caseworker = await make("Carl Sagsbehandler", "CASEWORKER");
  const leader = await make("Lene Leder", "LEADER");
  const styregruppe = await make("Sofie Styregruppe", "STYREGRUPPE");
  users.tom = (await make("Tom Teammedlem", "TEAM_MEMBER")).id;
  users.caseworker = caseworker.id;
  // A TEAM_MEMBER, but of another project.
  users.elsewhere = (await make("Olga Andensteds", "TEAM_MEMBER", other.id)).id;
  await addMember(ds, other.id, leader.id, "LEADER");
  await addMember(ds, other.id, styregruppe.id, "STYREGRUPPE");
  tokens.tovholder = await login(api.url, tovholder.email, FIXTURE_PASSWORD);
  tokens.caseworker = await login(api.url, caseworker.email, FIXTURE_PASSWORD);
  tokens.leader = await login(api.url, leader.email, FIXTURE_PASSWORD);
  const leads = { leader: tokens.leader, styregruppe: await login(api.url, styregruppe.email, FIXTURE_PASSWORD) };
  const lines = [{ name: "Lægekonsulent honorar", side: "EXPENSE" as const, amounts: [{ year: 2026, amount: "50000.00" }] }];
  const budgetId = await makeBudgetThroughApi(api.url, projectId, lines, leads, { startYear: 2026, endYear: 2026 });
  const foreignBudgetId = await makeBudgetThroughApi(api.url, other.id, lines, leads, { startYear: 2026, endYear: 2026 });
  const lineOf = async (id: string) => (await ds.query<Array<{ id: string }>>(`SELECT id FROM budget_line WHERE budget_id = $1`, [id]))[0]?.id as string;
  lineId = await lineOf(budgetId);
  foreignLineId = await lineOf(foreignBudgetId);
}, 60_000);

afterAll(() => api?.close());

const add = (input: Record<string, unknown>, token = tokens.tovholder) =>
  gql(api.url, AddTeamMemberDocument, { input: { projectId, ...NEW_MEMBER, ...input } as never }, { token });
const memberRows = async (): Promise<Array<{ name: string; title: string; version: number; ended_on: string | null }>> =>
  api.dataSource.query(`SELECT name, title, version, to_char(ended_on, 'YYYY-MM-DD') AS ended_on FROM team_member WHERE project_id = $1 ORDER BY name`, [
    projectId,
  ]);

describe("the team's members", () => {
  it("take a login only from the project's users in the role TEAM_MEMBER", async () => {
    for (const userId of [users.caseworker, users.elsewhere]) {
      const refused = await add({ name: "Uden Rolle", userId });
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0]?.message).toBe(
        "Brugeren er ikke teammedlem i projektet. Giv brugeren rollen teammedlem under projektets medlemmer først, eller vælg »Ingen login«.",
      );
    }
    const foreignLine = await add({ name: "Forkert Linje", budgetLineId: foreignLineId });
    expect(foreignLine.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await memberRows()).map((r) => r.name)).toEqual([]);

    const tom = dataOf(
      await add({ name: "Tom Jensen", title: "Jobkonsulent", competence: "EMPLOYMENT", userId: users.tom, budgetLineId: lineId }),
    ).addTeamMember;
    expect(tom).toMatchObject({ name: "Tom Jensen", userId: users.tom, userName: "Tom Teammedlem", budgetLineId: lineId, endedOn: null, version: 1 });
    // One login is one current member.
    const twice = await add({ name: "Tom Igen", userId: users.tom });
    expect(twice.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(twice.errors?.[0]?.message).toContain("Tom Teammedlem er allerede login for teammedlemmet Tom Jensen");
    expect((await memberRows()).map((r) => r.name)).toEqual(["Tom Jensen"]);
  });

  it("are corrected as versioned rows: a stale version is a CONFLICT and changes nothing", async () => {
    const lise = dataOf(await add({})).addTeamMember;
    const input = { teamMemberId: lise.id, expectedVersion: lise.version, ...NEW_MEMBER, title: "Speciallæge", budgetLineId: lineId, userId: null };
    const corrected = dataOf(await gql(api.url, UpdateTeamMemberDocument, { input }, { token: tokens.tovholder })).updateTeamMember;
    expect(corrected).toMatchObject({ title: "Speciallæge", budgetLineId: lineId, version: 2 });

    const stale = await gql(api.url, UpdateTeamMemberDocument, { input: { ...input, title: "Overlæge" } }, { token: tokens.tovholder });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(stale.errors?.[0]?.message).toBe("Teammedlemmet er ændret, siden du hentede det. Hent det igen.");
    expect((await memberRows()).find((r) => r.name === "Lise Læge")).toMatchObject({ title: "Speciallæge", version: 2 });

    // The login is checked on a correction too.
    const wrongLogin = await gql(
      api.url,
      UpdateTeamMemberDocument,
      { input: { ...input, expectedVersion: 2, userId: users.caseworker } },
      { token: tokens.tovholder },
    );
    expect(wrongLogin.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("who attended a held meeting are kept with an end date and not invited to coming meetings; others are deleted", async () => {
    const attends = dataOf(await add({ name: "Anna Deltager", title: "Jobkonsulent", competence: "EMPLOYMENT" })).addTeamMember;
    const never = dataOf(await add({ name: "Niels Aldrig", title: "Jobkonsulent", competence: "EMPLOYMENT" })).addTeamMember;
    const meeting = async (date: string) =>
      dataOf(
        await gql<{ addTeamMeeting: { id: string; version: number } }, object>(
          api.url,
          ADD_MEETING,
          { input: { projectId, date, maxItems: 6, minutesPerItem: 20 } },
          { token: tokens.tovholder },
        ),
      ).addTeamMeeting;
    const held = await meeting("2026-03-02");
    const coming = await meeting("2028-06-05");
    dataOf(
      await gql(
        api.url,
        HOLD,
        { input: { meetingId: held.id, expectedVersion: held.version, attendance: [{ teamMemberId: attends.id, hours: "2" }], outcomes: [] } },
        { token: tokens.tovholder },
      ),
    );

    const before = dataOf(await gql(api.url, TeamSectionDocument, { projectId }, { token: tokens.tovholder })).project.teamMembers;
    expect(before.filter((m) => m.id === attends.id || m.id === never.id).map((m) => [m.name, m.heldMeetings])).toEqual([
      ["Anna Deltager", 1],
      ["Niels Aldrig", 0],
    ]);
    const endedAttendee = dataOf(
      await gql(api.url, EndTeamMemberDocument, { input: { teamMemberId: attends.id, expectedVersion: attends.version } }, { token: tokens.tovholder }),
    ).endTeamMember;
    const today = (await api.dataSource.query<Array<{ d: string }>>(`SELECT ((now() AT TIME ZONE 'Europe/Copenhagen')::date)::text AS d`))[0]?.d;
    expect(endedAttendee).toMatchObject({
      teamMemberId: attends.id,
      deleted: false,
      member: { name: "Anna Deltager", endedOn: today, version: attends.version + 1 },
    });
    const endedNever = dataOf(
      await gql(api.url, EndTeamMemberDocument, { input: { teamMemberId: never.id, expectedVersion: never.version } }, { token: tokens.tovholder }),
    ).endTeamMember;
    expect(endedNever).toEqual({ teamMemberId: never.id, deleted: true, member: null });
    const rows = await memberRows();
    expect(rows.find((r) => r.name === "Anna Deltager")?.ended_on).toBe(today);
    expect(rows.some((r) => r.name === "Niels Aldrig")).toBe(false);

    // Current members first; the ended one only when asked for, after them.
    const team = dataOf(await gql(api.url, TeamSectionDocument, { projectId }, { token: tokens.tovholder })).project.teamMembers;
    expect(team.map((m) => [m.name, m.endedOn])).toEqual([
      ["Lise Læge", null],
      ["Tom Jensen", null],
      ["Anna Deltager", today],
    ]);
    const current = dataOf(
      await gql<{ project: { teamMembers: Array<{ name: string }> } }, object>(
        api.url,
        `query($id: ID!) { project(id: $id) { teamMembers { name } } }`,
        { id: projectId },
        { token: tokens.tovholder },
      ),
    );
    expect(current.project.teamMembers.map((m) => m.name)).toEqual(["Lise Læge", "Tom Jensen"]);

    // The held meeting keeps her among the invited; the coming one does not call her.
    const meetings = dataOf(await gql<{ project: { teamMeetings: Meeting[] } }, object>(api.url, MEETINGS, { id: projectId }, { token: tokens.tovholder }))
      .project.teamMeetings;
    expect(meetings.find((m) => m.id === held.id)?.invited.map((m) => m.name)).toEqual(["Tom Jensen", "Anna Deltager"]);
    expect(meetings.find((m) => m.id === coming.id)?.invited.map((m) => m.name)).toEqual(["Tom Jensen"]);
    // Nor can the coming meeting record her attendance.
    const late = await gql(
      api.url,
      HOLD,
      { input: { meetingId: coming.id, expectedVersion: coming.version, attendance: [{ teamMemberId: attends.id, hours: "1" }], outcomes: [] } },
      { token: tokens.tovholder },
    );
    expect(late.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(late.errors?.[0]?.message).toBe("Anna Deltager var ikke længere med i teamet d. 05.06.2028. Fjern medlemmet fra deltagerne.");

    const again = await gql(
      api.url,
      EndTeamMemberDocument,
      { input: { teamMemberId: attends.id, expectedVersion: attends.version + 1 } },
      { token: tokens.tovholder },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keep the leader's way in: a user put in the role TEAM_MEMBER gets a team row with hours a week", async () => {
    const hanne = await makeUser(api.dataSource, { name: "Hanne Hansen" });
    dataOf(
      await gql(
        api.url,
        AddProjectMemberDocument,
        { input: { projectId, userId: hanne.id, role: "TEAM_MEMBER", competence: "SOCIAL", title: "Socialrådgiver", hoursPerWeek: 7.5 } },
        { token: tokens.leader },
      ),
    );
    const rows: Array<{ title: string; hours: string; user_id: string }> = await api.dataSource.query(
      `SELECT title, hours_per_week::text AS hours, user_id FROM team_member WHERE project_id = $1 AND user_id = $2`,
      [projectId, hanne.id],
    );
    expect(rows).toEqual([{ title: "Socialrådgiver", hours: "7.5", user_id: hanne.id }]);
    const team = dataOf(await gql(api.url, TeamSectionDocument, { projectId }, { token: tokens.tovholder })).project;
    expect(team.teamMembers.find((m) => m.userId === hanne.id)).toMatchObject({ name: "Hanne Hansen", userName: "Hanne Hansen", title: "Socialrådgiver" });
    expect(team.members.map((m) => m.name)).toEqual(["Hanne Hansen", "Tom Teammedlem"]);
  });

  it("are changed by no caseworker", async () => {
    const before = await memberRows();
    const lise = dataOf(await gql(api.url, TeamSectionDocument, { projectId }, { token: tokens.tovholder })).project.teamMembers.find(
      (m) => m.name === "Lise Læge",
    );
    if (!lise) throw new Error("Lise Læge is on the team");
    const answers = [
      await add({ name: "Ikke Tilladt" }, tokens.caseworker),
      await gql(
        api.url,
        UpdateTeamMemberDocument,
        { input: { teamMemberId: lise.id, expectedVersion: lise.version, ...NEW_MEMBER, title: "Ingen" } },
        { token: tokens.caseworker },
      ),
      await gql(api.url, EndTeamMemberDocument, { input: { teamMemberId: lise.id, expectedVersion: lise.version } }, { token: tokens.caseworker }),
    ];
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
    expect(await memberRows()).toEqual(before);
  });
});
