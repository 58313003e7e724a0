// Builders for the API tests that used to read the demo's Brug for alle (participants, spend, dashboard, fuzz):
// people with a role each, citizens in bulk with a screening behind them.
import { ActivityEntry, BudgetPosting, CompetencePool, Participant, ParticipantColourChange } from "@overblik/db";
import { kroner as kronerToOre, type GlobalRole, type ProjectRole } from "@overblik/domain";
import type { DataSource } from "typeorm";
import { login } from "./api.js";
import { addMember, FIXTURE_PASSWORD, makeUser, projectOfRows } from "./fixtures.js";

export type Colour = "GROEN" | "ORANGE" | "ROED" | "BLAA";

export interface PersonSpec {
  name: string;
  /** Their role in each of the projects (same role in all). */
  role?: ProjectRole;
  globalRoles?: GlobalRole[];
}

export interface Person {
  id: string;
  email: string;
  name: string;
  token: string;
}

/** People by a short key ("leder", "tovholder" …), each a member of `projectIds` with their role, logged in. */
export async function makePeople<K extends string>(
  url: string,
  dataSource: DataSource,
  projectIds: string[],
  specs: Record<K, PersonSpec>,
): Promise<Record<K, Person>> {
  const people = {} as Record<K, Person>;
  for (const [key, spec] of Object.entries(specs) as Array<[K, PersonSpec]>) {
    const user = await makeUser(dataSource, { name: spec.name, globalRoles: spec.globalRoles ?? [] });
    const role = spec.role;
    if (role) for (const projectId of projectIds) await addMember(dataSource, projectId, user.id, role);
    people[key] = { id: user.id, email: user.email, name: spec.name, token: await login(url, user.email, FIXTURE_PASSWORD) };
  }
  return people;
}

export interface CitizenSpec {
  colour?: Colour | null;
  municipality?: string;
  gender?: "M" | "K";
  birthYear?: number;
  /** null: not stated (uoplyst). */
  origin?: Participant["origin"];
  monthsOnBenefit?: number;
  enrolmentDate?: string;
  caseworkerId?: string | null;
}

/**
 * Citizens in one INSERT, coded `<prefix>-0001` …, and (when `screening` is given) the screening that gave each
 * their colour as the first entry of their colour history, dated in the past: the registry row and a backdated
 * screening have no API (the import writes today's date).
 */
export async function makeCitizens(
  dataSource: DataSource,
  projectId: string,
  specs: CitizenSpec[],
  options: { prefix?: string; screening?: { at: string; by: string | null; reason?: string } } = {},
): Promise<Participant[]> {
  const prefix = options.prefix ?? "P";
  const rows = specs.map((s, i) =>
    dataSource.manager.create(Participant, {
      projectId,
      code: `${prefix}-${String(i + 1).padStart(4, "0")}`,
      municipality: s.municipality ?? "Ishøj",
      gender: s.gender ?? "K",
      birthYear: s.birthYear ?? 1980,
      origin: s.origin === undefined ? "DANISH" : s.origin,
      monthsOnBenefit: s.monthsOnBenefit ?? 24,
      matchGroup: 3,
      enrolmentDate: s.enrolmentDate ?? "2026-01-01",
      colour: s.colour === undefined ? "ORANGE" : s.colour,
      caseworkerId: s.caseworkerId ?? null,
    }),
  );
  const saved = await dataSource.manager.save(rows);
  const screening = options.screening;
  if (screening) {
    const screened = saved.filter((p) => p.colour !== null);
    if (screened.length)
      await dataSource.manager.insert(
        ParticipantColourChange,
        screened.map((p) => ({
          projectId: p.projectId,
          participantId: p.id,
          fromColour: null,
          toColour: p.colour as Colour,
          reason: screening.reason ?? "Screening",
          changedBy: screening.by,
          changedAt: new Date(`${screening.at}T08:00:00Z`),
        })),
      );
  }
  return saved;
}

/** `n` copies of a spec (to write a group of citizens alike). */
export const times = (n: number, spec: CitizenSpec): CitizenSpec[] => Array.from({ length: n }, () => ({ ...spec }));

/** A competence pool (no API creates one: it comes with the grant) of `kroner` kr. */
export async function makeCompetencePool(dataSource: DataSource, projectId: string, kroner: number, name = "Kompetenceudvikling"): Promise<string> {
  const pool = await dataSource.manager.save(dataSource.manager.create(CompetencePool, { projectId, name, amountOre: kronerToOre(kroner), description: "" }));
  return pool.id;
}

/** Postings in one INSERT (for speed: the tests of addPosting and the import go through the API), amounts in kr. */
export async function makePostings(
  dataSource: DataSource,
  createdBy: string,
  rows: Array<{ budgetLineId: string; date: string; kroner: number; voucher: string; quantity?: string }>,
): Promise<void> {
  const projects = await projectOfRows(
    dataSource,
    "budget_line",
    rows.map((r) => r.budgetLineId),
  );
  await dataSource.manager.insert(
    BudgetPosting,
    rows.map((r) => ({
      projectId: projects.get(r.budgetLineId),
      budgetLineId: r.budgetLineId,
      postingDate: r.date,
      amountOre: kronerToOre(r.kroner),
      text: "Faktura",
      voucher: r.voucher,
      quantity: r.quantity ?? null,
      reversesPostingId: null,
      importId: null,
      createdBy,
    })),
  );
}

/** Delivered activity (hours …) recorded by hand, in one INSERT. */
export async function makeActivity(
  dataSource: DataSource,
  createdBy: string,
  rows: Array<{ budgetLineId: string; date: string; quantity: string }>,
): Promise<void> {
  const projects = await projectOfRows(
    dataSource,
    "budget_line",
    rows.map((r) => r.budgetLineId),
  );
  await dataSource.manager.insert(
    ActivityEntry,
    rows.map((r) => ({
      projectId: projects.get(r.budgetLineId),
      budgetLineId: r.budgetLineId,
      activityDate: r.date,
      quantity: r.quantity,
      source: "MANUAL" as const,
      sourceRef: null,
      note: "",
      createdBy,
    })),
  );
}
