import { AppUser, Participant, Project, ProjectMembership, ProjectMunicipality, hashPassword } from "@overblik/db";
import {
  ApproveBudgetDocument,
  CreateBudgetDocument,
  SaveBudgetDraftDocument,
  SubmitBudgetDocument,
  type BudgetDraftLineInput,
} from "@overblik/graphql-client";
import type { GlobalRole, ProjectRole } from "@overblik/domain";
import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { dataOf, gql } from "./api.js";

/**
 * Fixture builders: a test builds the world it asserts on, on an empty database (startTestApi({ seed: false })),
 * instead of leaning on the demo data. Each builder writes through the entities and the real constraints.
 */

export const FIXTURE_PASSWORD = "fixture-adgangskode-1";

const unique = () => randomBytes(4).toString("hex");

/**
 * argon2id costs about 20 ms of CPU a hash (more on a loaded machine), and the suite makes hundreds of users with
 * the same few passwords: each password is hashed once per test worker. Every login still verifies against it.
 */
const hashes = new Map<string, Promise<string>>();
function passwordHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export async function makeUser(
  dataSource: DataSource,
  overrides: { email?: string; name?: string; globalRoles?: GlobalRole[]; password?: string; municipalityCode?: string | null } = {},
): Promise<AppUser> {
  return dataSource.manager.save(
    dataSource.manager.create(AppUser, {
      email: overrides.email ?? `bruger-${unique()}@test.dk`,
      name: overrides.name ?? "Test Bruger",
      passwordHash: await passwordHash(overrides.password ?? FIXTURE_PASSWORD),
      globalRoles: overrides.globalRoles ?? [],
      municipalityCode: overrides.municipalityCode ?? null,
      active: true,
      passwordChangeRequired: false,
    }),
  );
}

export async function makeProject(
  dataSource: DataSource,
  overrides: Partial<Pick<Project, "code" | "name" | "startDate" | "endDate" | "targetSize" | "status">> & { municipalityCodes?: string[] } = {},
): Promise<Project> {
  const project = await dataSource.manager.save(
    dataSource.manager.create(Project, {
      // Eight hex digits: with four, two of the hundred-odd projects a file makes shared a code about one run in twenty.
      code: overrides.code ?? `T${unique().toUpperCase()}`,
      name: overrides.name ?? "Testprojekt",
      description: "",
      startDate: overrides.startDate ?? "2026-01-01",
      endDate: overrides.endDate ?? "2028-12-31",
      targetSize: overrides.targetSize ?? 100,
      status: overrides.status ?? "ACTIVE",
      funding: "",
    }),
  );
  for (const municipalityCode of overrides.municipalityCodes ?? [])
    await dataSource.manager.insert(ProjectMunicipality, { projectId: project.id, municipalityCode });
  return project;
}

/**
 * Each row's project (the distribution key every row under a budget line or a citizen carries), for fixtures that
 * write child rows through the entities.
 */
export async function projectOfRows(dataSource: DataSource, table: "budget_line" | "participant", ids: string[]): Promise<Map<string, string>> {
  const rows: Array<{ id: string; project_id: string }> = await dataSource.query(`SELECT id, project_id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.project_id]));
}

export async function addMember(dataSource: DataSource, projectId: string, userId: string, role: ProjectRole): Promise<void> {
  await dataSource.manager.insert(ProjectMembership, { projectId, userId, role });
}

let participantNumber = 0;

/** A citizen in the project (no name or CPR number): code "<prefix>-0001" …, colour orange unless told. */
export async function makeParticipant(
  dataSource: DataSource,
  projectId: string,
  overrides: Partial<
    Pick<Participant, "code" | "colour" | "municipality" | "gender" | "birthYear" | "enrolmentDate" | "caseworkerId" | "origin" | "monthsOnBenefit">
  > = {},
): Promise<Participant> {
  participantNumber++;
  return dataSource.manager.save(
    dataSource.manager.create(Participant, {
      projectId,
      code: overrides.code ?? `P-${String(participantNumber).padStart(4, "0")}`,
      municipality: overrides.municipality ?? "Ishøj",
      gender: overrides.gender ?? "K",
      birthYear: overrides.birthYear ?? 1980,
      origin: overrides.origin ?? null,
      monthsOnBenefit: overrides.monthsOnBenefit ?? 24,
      matchGroup: 3,
      enrolmentDate: overrides.enrolmentDate ?? "2026-01-01",
      colour: overrides.colour === undefined ? "ORANGE" : overrides.colour,
      caseworkerId: overrides.caseworkerId ?? null,
    }),
  );
}

/**
 * A budget for the years `startYear`–`endYear`, written, submitted and (unless `draft`) approved through the API
 * as the planner does it: a leader writes and submits, a styregruppe member approves. Returns the budget's id.
 */
export async function makeBudgetThroughApi(
  url: string,
  projectId: string,
  lines: BudgetDraftLineInput[],
  tokens: { leader: string; styregruppe: string },
  options: { startYear: number; endYear: number; draft?: boolean },
): Promise<string> {
  const { startYear, endYear } = options;
  const created = dataOf(
    await gql(url, CreateBudgetDocument, { input: { projectId, name: "Budget", startYear, endYear, priceLevelYear: startYear } }, { token: tokens.leader }),
  ).createBudget;
  const saved = dataOf(
    await gql(url, SaveBudgetDraftDocument, { input: { budgetId: created.id, expectedVersion: created.version, lines } }, { token: tokens.leader }),
  ).saveBudgetDraft;
  if (options.draft) return created.id;
  const submitted = dataOf(
    await gql(url, SubmitBudgetDocument, { input: { budgetId: created.id, expectedVersion: saved.version } }, { token: tokens.leader }),
  ).submitBudget;
  dataOf(await gql(url, ApproveBudgetDocument, { input: { budgetId: created.id, expectedVersion: submitted.version } }, { token: tokens.styregruppe }));
  return created.id;
}
