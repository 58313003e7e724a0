import { formatMoney, type Ore } from "@overblik/domain";
import type { DataSource } from "typeorm";
import { gql, login } from "./api.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "./fixtures.js";

/**
 * A project built through the real API from a plain description (a "spec"): citizens (the registry row is a
 * fixture; every event in their flow goes through the API), a budget drafted, submitted and approved, changes
 * (moves, changes financed by another line or by a new grant; approved or rejected when they need a decision)
 * and postings. Used by the typed-exports test and the invariant test, which generates specs with fast-check.
 */

export type ColourSpec = "GROEN" | "ORANGE" | "ROED" | "BLAA" | null;
export type OutcomeSpec = "JOB" | "EDUCATION" | "PASSIVE" | "REMATCHED_2" | null;

export interface CitizenSpec {
  colour: ColourSpec;
  /** Enrolled this many days after the project's start. */
  enrolDay: number;
  /** Days after enrolment the initial conversation was held, or null when none was held. */
  heldAfter: number | null;
  /** A second initial conversation recorded as held (the issue's example; refused once the one-conversation rule is in). */
  secondHeld: boolean;
  outcome: OutcomeSpec;
  /** Days after enrolment of the outcome. */
  outcomeAfter: number;
  /** An intervention in the citizen's action plan, only planned or started — whether or not a conversation was held. */
  plan?: "PLANNED" | "STARTED" | null;
  /** Days after enrolment of the plan's first month. */
  planAfter?: number;
}

export interface LineSpec {
  side: "INCOME" | "EXPENSE";
  /** Øre per budget year, one entry per year of the budget. */
  amounts: Ore[];
  /** An activity driver: this many hours planned over the budget (the forecast then follows the activity). */
  driverHours?: number | null;
}

export interface ChangeSpec {
  kind: "MOVE" | "CHANGE";
  /** Indexes into the lines (taken modulo the number of lines). */
  line: number;
  other: number;
  /** null: CHANGE financed by a new grant (tillægsbevilling). */
  financed: boolean;
  amount: Ore;
  yearIndex: number;
  /** When the change needs the styregruppe: approve (true) or reject (false). */
  approve: boolean;
}

export interface PostingSpec {
  line: number;
  amount: Ore;
  /** Days after the project's start. */
  day: number;
}

export interface ProjectSpec {
  targetSize: number;
  /** Project length in days (the start is fixed per test). */
  days: number;
  citizens: CitizenSpec[];
  lines: LineSpec[];
  changes: ChangeSpec[];
  postings: PostingSpec[];
  goalTargetPercent: number;
}

export interface WorldUsers {
  leader: { id: string; token: string };
  tovholder: { id: string; token: string };
  steering: { id: string; token: string };
}

/** The three people every generated project has: leader (budget, postings, goals), tovholder (flow), styregruppe. */
export async function makeWorldUsers(url: string, dataSource: DataSource): Promise<WorldUsers> {
  const make = async (name: string) => {
    const user = await makeUser(dataSource, { name });
    return { id: user.id, token: await login(url, user.email, FIXTURE_PASSWORD) };
  };
  return { leader: await make("Lene Leder"), tovholder: await make("Tove Tovholder"), steering: await make("Sofie Styregruppe") };
}

export const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function ok<T>(promise: Promise<{ data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string } }> }>, what: string): Promise<T> {
  const res = await promise;
  if (res.errors?.length || !res.data) throw new Error(`${what}: ${res.errors?.map((e) => `${e.extensions?.code} ${e.message}`).join("; ")}`);
  return res.data;
}

export interface BuiltProject {
  projectId: string;
  budgetId: string;
  startDate: string;
  endDate: string;
  lineIds: string[];
  /** What the API refused while building (a second conversation once the rule is in, a change out of range …). */
  refused: string[];
}

let projectNumber = 0;

/** Builds one project from its spec through the API; `today` bounds every date (the API refuses future events). */
export async function buildProject(
  url: string,
  dataSource: DataSource,
  users: WorldUsers,
  spec: ProjectSpec,
  startDate: string,
  today: string,
): Promise<BuiltProject> {
  const endDate = addDays(startDate, spec.days);
  // A code of its own: the fixture's random 4-hex code collides within a few hundred generated projects.
  projectNumber++;
  const code = `G${process.pid.toString(36).toUpperCase()}${projectNumber.toString(36).toUpperCase()}`;
  const project = await makeProject(dataSource, { code, startDate, endDate, targetSize: spec.targetSize, name: "Genereret projekt" });
  await addMember(dataSource, project.id, users.leader.id, "LEADER");
  await addMember(dataSource, project.id, users.tovholder.id, "TOVHOLDER");
  await addMember(dataSource, project.id, users.steering.id, "STYREGRUPPE");
  const refused: string[] = [];
  const clamp = (iso: string) => (iso > today ? today : iso);

  // One intervention in the catalogue, made when the first citizen's plan needs it.
  let interventionId: string | null = null;
  const catalogueIntervention = async (): Promise<string> => {
    if (interventionId) return interventionId;
    const res = await gql<{ addIntervention: { id: string } }, object>(
      url,
      `mutation I($input: AddInterventionInput!) { addIntervention(input: $input) { id } }`,
      { input: { projectId: project.id, name: "Mentor", area: "SOCIAL", supplier: "Socialcenter", unit: "TIMER", profiles: [] } },
      { token: users.tovholder.token },
    );
    if (!res.data) throw new Error(`addIntervention: ${res.errors?.[0]?.message}`);
    interventionId = res.data.addIntervention.id;
    return interventionId;
  };

  // Citizens and their flow: conversations held (scheduled, then recorded), action plans and outcomes.
  // One request at a time: a project's writes lock its rows, and concurrent writers would only queue.
  for (const c of spec.citizens) {
    {
      const enrolmentDate = clamp(addDays(startDate, c.enrolDay));
      const p = await makeParticipant(dataSource, project.id, { colour: c.colour, enrolmentDate });
      const holds = c.heldAfter === null ? 0 : c.secondHeld ? 2 : 1;
      for (let i = 0; i < holds; i++) {
        const date = clamp(addDays(enrolmentDate, (c.heldAfter ?? 0) + i * 7));
        const scheduled = await gql<{ scheduleConversation: { id: string; version: number } }, object>(
          url,
          `mutation S($input: ScheduleConversationInput!) { scheduleConversation(input: $input) { id version } }`,
          { input: { participantId: p.id, date } },
          { token: users.tovholder.token },
        );
        if (!scheduled.data) {
          refused.push(`samtale ${i + 1}: ${scheduled.errors?.[0]?.message}`);
          continue;
        }
        const held = await gql(
          url,
          `mutation R($input: RecordConversationInput!) { recordConversation(input: $input) { id } }`,
          {
            input: {
              conversationId: scheduled.data.scheduleConversation.id,
              date,
              expectedVersion: scheduled.data.scheduleConversation.version,
              outcome: "HELD",
            },
          },
          { token: users.tovholder.token },
        );
        if (held.errors?.length) refused.push(`samtale ${i + 1} holdt: ${held.errors[0]?.message}`);
      }
      if (c.plan) {
        const month = clamp(addDays(enrolmentDate, c.planAfter ?? 0)).slice(0, 7);
        const added = await gql<{ addPlanItem: Array<{ id: string; version: number }> }, object>(
          url,
          `mutation P($input: AddPlanItemInput!) { addPlanItem(input: $input) { id version } }`,
          {
            input: { participantId: p.id, interventionId: await catalogueIntervention(), responsibleUnit: "Socialcenter", startMonth: month, endMonth: month },
          },
          { token: users.tovholder.token },
        );
        const item = added.data?.addPlanItem[0];
        if (!item) refused.push(`indsatsplan: ${added.errors?.[0]?.message}`);
        else if (c.plan === "STARTED") {
          const started = await gql(
            url,
            `mutation T($input: SetPlanItemStatusInput!) { setPlanItemStatus(input: $input) { id } }`,
            { input: { itemId: item.id, status: "IN_PROGRESS", expectedVersion: item.version } },
            { token: users.tovholder.token },
          );
          if (started.errors?.length) refused.push(`indsats startet: ${started.errors[0]?.message}`);
        }
      }
      if (c.outcome) {
        const res = await gql(
          url,
          `mutation O($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`,
          { input: { participantId: p.id, kind: c.outcome, date: clamp(addDays(enrolmentDate, c.outcomeAfter)) } },
          { token: users.tovholder.token },
        );
        if (res.errors?.length) refused.push(`resultat: ${res.errors[0]?.message}`);
      }
    }
  }

  // The goal: share of the citizens in the flow in job or education.
  await ok(
    gql(
      url,
      `mutation G($input: CreateGoalInput!) { createGoal(input: $input) { id } }`,
      { input: { projectId: project.id, name: "I job eller uddannelse", indicator: "JOB_OR_EDUCATION", targetPercent: spec.goalTargetPercent } },
      { token: users.leader.token },
    ),
    "createGoal",
  );

  // The budget: drafted by the leader, approved by the styregruppe.
  const startYear = Number(startDate.slice(0, 4));
  const endYear = Number(endDate.slice(0, 4));
  const years = Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i);
  const created = await ok(
    gql<{ createBudget: { id: string; version: number } }, object>(
      url,
      `mutation B($input: CreateBudgetInput!) { createBudget(input: $input) { id version } }`,
      { input: { projectId: project.id, name: "Økonomioverslag", startYear, endYear } },
      { token: users.leader.token },
    ),
    "createBudget",
  );
  const budgetId = created.createBudget.id;
  const draftLines = spec.lines.map((l, i) => ({
    name: `${l.side === "INCOME" ? "Tilskud" : "Udgift"} ${i + 1}`,
    side: l.side,
    amounts: years.map((year, y) => ({ year, amount: formatMoney(l.amounts[y % l.amounts.length] ?? 0n) })),
    ...(l.driverHours ? { driver: { fixed: "AMOUNT", quantity: String(l.driverHours), unit: "timer" } } : {}),
  }));
  const saved = await ok(
    gql<{ saveBudgetDraft: { version: number } }, object>(
      url,
      `mutation D($input: SaveBudgetDraftInput!) { saveBudgetDraft(input: $input) { version } }`,
      { input: { budgetId, expectedVersion: created.createBudget.version, lines: draftLines } },
      { token: users.leader.token },
    ),
    "saveBudgetDraft",
  );
  const submitted = await ok(
    gql<{ submitBudget: { version: number } }, object>(
      url,
      `mutation U($input: SubmitBudgetInput!) { submitBudget(input: $input) { version } }`,
      { input: { budgetId, expectedVersion: saved.saveBudgetDraft.version } },
      { token: users.leader.token },
    ),
    "submitBudget",
  );
  await ok(
    gql(
      url,
      `mutation A($input: ApproveBudgetInput!) { approveBudget(input: $input) { id } }`,
      { input: { budgetId, expectedVersion: submitted.submitBudget.version } },
      { token: users.steering.token },
    ),
    "approveBudget",
  );

  type Line = { id: string; version: number; side: string; name: string };
  const lines = async () =>
    (
      await ok(
        gql<{ project: { budgets: Array<{ id: string; lines: Line[] }> } }, object>(
          url,
          `query L($p: ID!) { project(id: $p) { budgets { id lines { id version side name } } } }`,
          { p: project.id },
          { token: users.leader.token },
        ),
        "lines",
      )
    ).project.budgets[0]?.lines ?? [];
  const byName = new Map(draftLines.map((l, i) => [l.name, i]));
  const ordered = (await lines()).sort((a, b) => (byName.get(a.name) ?? 0) - (byName.get(b.name) ?? 0));
  const lineIds = ordered.map((l) => l.id);

  // Changes, one after the other (each needs the lines' current versions).
  for (const c of spec.changes) {
    const current = new Map((await lines()).map((l) => [l.id, l]));
    const line = current.get(lineIds[c.line % lineIds.length] ?? "");
    let other = current.get(lineIds[c.other % lineIds.length] ?? "");
    if (!line) continue;
    if (c.kind === "MOVE" || c.financed) {
      // A move and a financed change stay on one side: take the next line of the same side, if any.
      const sameSide = lineIds.map((id) => current.get(id)).filter((l): l is Line => !!l && l.side === line.side && l.id !== line.id);
      other = sameSide[c.other % Math.max(1, sameSide.length)];
      if (!other) continue;
    }
    const year = years[c.yearIndex % years.length] as number;
    const touched = c.kind === "MOVE" || c.financed ? [line, other as Line] : [line];
    const input =
      c.kind === "MOVE"
        ? { kind: "MOVE", fromLineId: line.id, toLineId: other?.id }
        : c.financed
          ? { kind: "CHANGE", lineId: line.id, financingLineId: other?.id }
          : { kind: "CHANGE", lineId: line.id, grantText: "Tillægsbevilling fra puljen" };
    const res = await gql<{ adjustBudget: { id: string; status: string; version: number } }, object>(
      url,
      `mutation J($input: AdjustBudgetInput!) { adjustBudget(input: $input) { id status version } }`,
      {
        input: {
          ...input,
          budgetId,
          year,
          amount: formatMoney(c.amount),
          reason: "Genereret ændring",
          expectedLineVersions: touched.map((l) => ({ lineId: l.id, version: l.version })),
        },
      },
      { token: users.leader.token },
    );
    if (!res.data) {
      refused.push(`ændring: ${res.errors?.[0]?.message}`);
      continue;
    }
    if (res.data.adjustBudget.status === "PENDING") {
      const decided = await gql(
        url,
        `mutation X($input: DecideBudgetChangeInput!) { decideBudgetChange(input: $input) { id } }`,
        { input: { changeId: res.data.adjustBudget.id, approve: c.approve, expectedVersion: res.data.adjustBudget.version, comment: "Genereret afgørelse" } },
        { token: users.steering.token },
      );
      if (decided.errors?.length) refused.push(`afgørelse: ${decided.errors[0]?.message}`);
    }
  }

  // Postings, dated inside the project and not after today.
  for (const [i, p] of spec.postings.entries()) {
    {
      const res = await gql(
        url,
        `mutation P($input: AddPostingInput!) { addPosting(input: $input) { id } }`,
        {
          input: {
            budgetLineId: lineIds[p.line % lineIds.length],
            amount: formatMoney(p.amount),
            date: clamp(addDays(startDate, Math.min(p.day, spec.days))),
            text: "Genereret postering",
            voucher: `G-${i + 1}`,
          },
        },
        { token: users.leader.token },
      );
      if (res.errors?.length) refused.push(`postering: ${res.errors[0]?.message}`);
    }
  }
  return { projectId: project.id, budgetId, startDate, endDate, lineIds, refused };
}
