// Fixture builders for the browser tests that build their own world on an empty database (emptyPortalSuite): the
// people of a project by role, requests as one of them through the real API, a project's budget lines by name,
// postings and activity, the flow plan, held conversations, the catalogue, plan items, the team, and a screening.
import { ParticipantColourChange } from "@overblik/db";
import type { Colour, ProjectRole } from "@overblik/domain";
import type { DataSource } from "typeorm";
import { gql, login } from "./api.js";
import { addMember, FIXTURE_PASSWORD, makeUser, projectOfRows } from "./fixtures.js";

export interface Member {
  id: string;
  email: string;
  name: string;
  /** A bearer token for the API (logged in through the real login). */
  token: string;
}

/** One new user per entry, named as given, with that role in the project; answered in the same order. */
export async function makeMembers(
  dataSource: DataSource,
  url: string,
  projectId: string,
  people: Array<{ name: string; role: ProjectRole }>,
): Promise<Member[]> {
  const members: Member[] = [];
  for (const person of people) {
    const user = await makeUser(dataSource, { name: person.name });
    await addMember(dataSource, projectId, user.id, person.role);
    members.push({ id: user.id, email: user.email, name: user.name, token: await login(url, user.email, FIXTURE_PASSWORD) });
  }
  return members;
}

/** Runs one GraphQL operation as `token` through the API and answers its data; any error fails the world's build. */
export async function asUser<T = Record<string, unknown>>(url: string, token: string, query: string, variables: object): Promise<T> {
  const res = await gql<T, object>(url, query, variables, { token });
  if (res.errors?.length || !res.data) throw new Error(`${query.slice(0, 60)}…: ${res.errors?.map((e) => `${e.extensions?.code} ${e.message}`).join("; ")}`);
  return res.data;
}

/** The ids of the project's budget lines by name (the first budget), as the API reports them. */
export async function budgetLineIds(url: string, token: string, projectId: string): Promise<Map<string, { id: string; version: number }>> {
  const data = await asUser<{ project: { budgets: Array<{ lines: Array<{ id: string; name: string; version: number }> }> } }>(
    url,
    token,
    `query L($p: ID!) { project(id: $p) { budgets { lines { id name version } } } }`,
    { p: projectId },
  );
  return new Map((data.project.budgets[0]?.lines ?? []).map((l) => [l.name, { id: l.id, version: l.version }]));
}

/** A posting on a line through addPosting (as the leader does it by hand). */
export async function addPosting(
  url: string,
  token: string,
  input: { budgetLineId: string; date: string; amount: string; text: string; voucher: string; quantity?: string },
): Promise<void> {
  await asUser(url, token, `mutation P($input: AddPostingInput!) { addPosting(input: $input) { id } }`, { input });
}

/** Delivered activity on a line with a driver through recordActivity. */
export async function recordActivity(url: string, token: string, input: { budgetLineId: string; date: string; quantity: string }): Promise<void> {
  await asUser(url, token, `mutation A($input: RecordActivityInput!) { recordActivity(input: $input) { id } }`, { input });
}

/** The project's flow plan (tidsplan and the capacity plan's inputs) through setFlowPlan, as the leader sets it. */
export async function setFlowPlan(
  url: string,
  token: string,
  input: {
    projectId: string;
    conversationStart: string;
    conversationEnd: string;
    teamStart: string;
    teamEnd: string;
    meetingIntervalDays: number;
    maxCitizensPerMeeting: number;
    minutesPerCitizen: number;
  },
): Promise<void> {
  await asUser(url, token, `mutation F($input: SetFlowPlanInput!) { setFlowPlan(input: $input) { version } }`, { input });
}

/** An initial conversation scheduled and recorded as held on `date`, as the tovholder does it. */
export async function holdInitialConversation(url: string, token: string, participantId: string, date: string): Promise<void> {
  const scheduled = await asUser<{ scheduleConversation: { id: string; version: number } }>(
    url,
    token,
    `mutation S($input: ScheduleConversationInput!) { scheduleConversation(input: $input) { id version } }`,
    { input: { participantId, date } },
  );
  const { id, version } = scheduled.scheduleConversation;
  await asUser(url, token, `mutation R($input: RecordConversationInput!) { recordConversation(input: $input) { id } }`, {
    input: { conversationId: id, date, expectedVersion: version, outcome: "HELD" },
  });
}

/** An intervention in the project's catalogue (ydelseskataloget); answers its id. */
export async function addIntervention(
  url: string,
  token: string,
  input: { projectId: string; name: string; area: "EMPLOYMENT" | "SOCIAL" | "HEALTH"; supplier: string; unit: string; budgetLineId?: string },
): Promise<string> {
  const data = await asUser<{ addIntervention: { id: string } }>(
    url,
    token,
    `mutation I($input: AddInterventionInput!) { addIntervention(input: $input) { id } }`,
    {
      input: { profiles: [], ...input },
    },
  );
  return data.addIntervention.id;
}

/** An item in a citizen's action plan (months as ÅÅÅÅ-MM), for a citizen without one; answers the new item. */
export async function addPlanItem(
  url: string,
  token: string,
  input: { participantId: string; interventionId: string; responsibleUnit: string; startMonth: string; endMonth: string },
): Promise<{ id: string; version: number }> {
  const data = await asUser<{ addPlanItem: Array<{ id: string; version: number }> }>(
    url,
    token,
    `mutation P($input: AddPlanItemInput!) { addPlanItem(input: $input) { id version } }`,
    { input },
  );
  const item = data.addPlanItem[0];
  if (!item) throw new Error("addPlanItem answered no item");
  return item;
}

/** A member of the project's interdisciplinary team, paid by `budgetLineId` when given; answers its id. */
export async function addTeamMember(
  url: string,
  token: string,
  input: { projectId: string; name: string; title: string; competence: string; adHoc?: boolean; budgetLineId?: string; userId?: string },
): Promise<string> {
  const data = await asUser<{ addTeamMember: { id: string } }>(url, token, `mutation T($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`, {
    input: { adHoc: false, ...input },
  });
  return data.addTeamMember.id;
}

/**
 * The screening of citizens made with a colour (makeParticipant): the first entry of each one's colour history,
 * dated `at`. Written through the entity: the API dates a colour change now, and a screening in the project's
 * past (the dashboard's baseline, "Ved screeningen") has no API.
 */
export async function recordScreening(
  dataSource: DataSource,
  citizens: Array<{ id: string; colour: Colour | null }>,
  at: Date,
  byUserId: string,
): Promise<void> {
  const projectOf = await projectOfRows(
    dataSource,
    "participant",
    citizens.map((c) => c.id),
  );
  await dataSource.manager.insert(
    ParticipantColourChange,
    citizens
      .filter((c): c is { id: string; colour: Colour } => c.colour !== null)
      .map((c) => ({
        projectId: projectOf.get(c.id),
        participantId: c.id,
        fromColour: null,
        toColour: c.colour,
        reason: "Screening",
        changedBy: byUserId,
        changedAt: at,
      })),
  );
}
