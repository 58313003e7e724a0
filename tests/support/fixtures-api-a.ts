// Builders for the API tests of access, authentication, budgets and the flow (issue #18, item 6): each test file
// builds on an empty database exactly the people, projects and budgets it asserts on.
import type { GlobalRole, ProjectRole } from "@overblik/domain";
import { AppUser, hashPassword, Outcome, Participant } from "@overblik/db";
import { randomBytes } from "node:crypto";
import { dataOf, gql, login, type TestApi } from "./api.js";
import { addMember, FIXTURE_PASSWORD } from "./fixtures.js";

export interface FixtureUser {
  user: AppUser;
  email: string;
  token: string;
}

// argon2 is slow on purpose: one hash of the fixture password serves every user a file makes (logging in still
// verifies it through the API).
let fixtureHash: Promise<string> | undefined;

/** A user (with global roles and project roles if given), logged in through the API. */
export async function makeLoggedInUser(
  api: TestApi,
  options: { name?: string; email?: string; globalRoles?: GlobalRole[]; roles?: Array<[projectId: string, role: ProjectRole]> } = {},
): Promise<FixtureUser> {
  fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
  const user = await api.dataSource.manager.save(
    api.dataSource.manager.create(AppUser, {
      email: options.email ?? `bruger-${randomBytes(4).toString("hex")}@test.dk`,
      name: options.name ?? "Test Bruger",
      passwordHash: await fixtureHash,
      globalRoles: options.globalRoles ?? [],
      municipalityCode: null,
      active: true,
      passwordChangeRequired: false,
    }),
  );
  for (const [projectId, role] of options.roles ?? []) await addMember(api.dataSource, projectId, user.id, role);
  return { user, email: user.email, token: await login(api.url, user.email, FIXTURE_PASSWORD) };
}

/** An intervention in the project's catalogue, added through the API (flow.coordinate: the tovholder). */
export async function addIntervention(
  api: TestApi,
  token: string,
  projectId: string,
  intervention: { name: string; area: "EMPLOYMENT" | "SOCIAL" | "HEALTH"; unit?: string; supplier?: string; budgetLineId?: string },
): Promise<{ id: string; version: number }> {
  const { name, area, unit = "timer", supplier = "Leverandør", budgetLineId } = intervention;
  return dataOf(
    await gql<{ addIntervention: { id: string; version: number } }, object>(
      api.url,
      `mutation I($input: AddInterventionInput!) { addIntervention(input: $input) { id version } }`,
      { input: { projectId, name, area, supplier, unit, profiles: [], budgetLineId } },
      { token },
    ),
  ).addIntervention;
}

/**
 * An initial conversation scheduled and recorded as held on `date`, through the API. The overview shows a past
 * date's conversations only if they were created by then: `backdate` sets the row's creation to its date (there is
 * no API for the past), for the tests that look at the project as it stood on a day.
 */
export async function holdConversation(
  api: TestApi,
  token: string,
  participantId: string,
  date: string,
  options: { backdate?: boolean } = {},
): Promise<string> {
  const scheduled = dataOf(
    await gql<{ scheduleConversation: { id: string; version: number } }, object>(
      api.url,
      `mutation S($input: ScheduleConversationInput!) { scheduleConversation(input: $input) { id version } }`,
      { input: { participantId, date } },
      { token },
    ),
  ).scheduleConversation;
  dataOf(
    await gql(
      api.url,
      `mutation R($input: RecordConversationInput!) { recordConversation(input: $input) { id } }`,
      { input: { conversationId: scheduled.id, date, expectedVersion: scheduled.version, outcome: "HELD" } },
      { token },
    ),
  );
  if (options.backdate) await api.dataSource.query(`UPDATE conversation SET created_at = $2::date WHERE id = $1`, [scheduled.id, date]);
  return scheduled.id;
}

export type StudyGroup = "INTERVENTION" | "CONTROL";
/** Citizens per latest outcome ("NONE": no outcome yet); JOB citizens get `jobHours` hours a week. */
export type GroupSpec = Partial<Record<"JOB" | "EDUCATION" | "PENSION_RECOMMENDED" | "PASSIVE" | "NONE", number>>;

/**
 * The citizens of an effect study: for each group, so many citizens with each latest outcome, written in bulk
 * through the entities (the registry and the outcomes as they stand on `outcomeDate`; the API would take a request
 * per citizen and outcome).
 */
export async function makeStudyGroups(
  api: TestApi,
  projectId: string,
  groups: Record<StudyGroup, GroupSpec>,
  options: { enrolmentDate: string; outcomeDate: string; jobHours: Record<StudyGroup, string> },
): Promise<void> {
  const participants: Array<Partial<Participant>> = [];
  const outcomes: Array<{ index: number; kind: string; hours: string | null }> = [];
  for (const group of ["INTERVENTION", "CONTROL"] as const) {
    for (const [kind, n] of Object.entries(groups[group])) {
      for (let i = 0; i < (n ?? 0); i++) {
        if (kind !== "NONE") outcomes.push({ index: participants.length, kind, hours: kind === "JOB" ? options.jobHours[group] : null });
        participants.push({
          projectId,
          code: `${group === "INTERVENTION" ? "I" : "K"}-${String(participants.length + 1).padStart(4, "0")}`,
          municipality: "Ishøj",
          gender: "K",
          birthYear: 1980,
          origin: null,
          monthsOnBenefit: 24,
          matchGroup: 3,
          enrolmentDate: options.enrolmentDate,
          colour: "ORANGE",
          caseworkerId: null,
          studyGroup: group,
        });
      }
    }
  }
  const inserted = await api.dataSource.manager.insert(Participant, participants);
  const ids = inserted.identifiers.map((i) => i.id as string);
  if (outcomes.length > 0) {
    await api.dataSource.manager.insert(
      Outcome,
      outcomes.map((o) => ({
        projectId,
        participantId: ids[o.index] as string,
        kind: o.kind as Outcome["kind"],
        outcomeDate: options.outcomeDate,
        hoursPerWeek: o.hours,
        recordedBy: null,
      })),
    );
  }
}

/** `count` citizens of one colour in one INSERT (makeParticipant's defaults; codes "<prefix>-0001" …). */
export async function makeParticipantsInBulk(
  api: TestApi,
  projectId: string,
  count: number,
  options: { colour: "GROEN" | "ORANGE" | "ROED" | "BLAA"; enrolmentDate: string; prefix: string },
): Promise<string[]> {
  if (count === 0) return [];
  const rows = Array.from({ length: count }, (_, i) => ({
    projectId,
    code: `${options.prefix}-${String(i + 1).padStart(4, "0")}`,
    municipality: "Ishøj",
    gender: "K" as const,
    birthYear: 1980,
    origin: null,
    monthsOnBenefit: 24,
    matchGroup: 3,
    enrolmentDate: options.enrolmentDate,
    colour: options.colour,
    caseworkerId: null,
  }));
  return (await api.dataSource.manager.insert(Participant, rows)).identifiers.map((i) => i.id as string);
}
