import type { EntityManager } from "typeorm";
import { meetingDates, type Colour, type Origin } from "@overblik/domain";
import { Intervention, Milestone, ProjectGoal, Participant, ParticipantColourChange, ProjectFlowPlan, TeamMeeting, TeamMember } from "../entities/index.js";
import { lineByPrefix } from "./demo-lines.js";

/**
 * The "Brug for alle" target group as the document breaks it down (matchgruppe 3 on 1 April 2012).
 * Ishøj 186 and Vallensbæk 35 make 221 rows, not the 219 the document states, and Ishøj's origin
 * counts sum to 184: both inconsistencies are kept (origin "uoplyst" for the rest) so the project
 * shows its data-quality warnings. No names and no CPR numbers: the demo holds no real person.
 * The colours are ILLUSTRATIVE (the document gives no screening result).
 */
interface Breakdown {
  municipality: string;
  total: number;
  men: number;
  ageGroups: { under30: number; from30to49: number; from50: number };
  origin: Partial<Record<Origin, number>>;
  longTerm: number;
}

const BREAKDOWNS: Breakdown[] = [
  {
    municipality: "Ishøj",
    total: 186,
    men: 85,
    ageGroups: { under30: 64, from30to49: 77, from50: 45 },
    origin: { DANISH: 85, IMMIGRANT_NON_WESTERN: 72, DESCENDANT_NON_WESTERN: 20, OTHER: 7 },
    longTerm: 147,
  },
  {
    municipality: "Vallensbæk",
    total: 35,
    men: 23,
    ageGroups: { under30: 11, from30to49: 14, from50: 10 },
    origin: { DANISH: 21, IMMIGRANT_NON_WESTERN: 10 },
    longTerm: 24,
  },
];

/** Illustrative screening: 4 blå shows the "<5" suppression on the styregruppe's screens. */
const COLOURS: Array<[Colour, number]> = [
  ["GROEN", 97],
  ["ORANGE", 96],
  ["ROED", 24],
  ["BLAA", 4],
];

/** A small deterministic generator, so every fresh database gets the same demo data. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function shuffled<T>(values: T[], next: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function column<T>(counts: Array<[T, number]>, total: number, filler: T): T[] {
  const values = counts.flatMap(([v, n]) => Array.from({ length: n }, () => v));
  while (values.length < total) values.push(filler);
  return values;
}

export const REFERENCE_YEAR = 2012;

export async function seedDemoParticipants(
  manager: EntityManager,
  ctx: { projectId: string; code: string; tovholderId: string; caseworkerId: string },
): Promise<number> {
  const next = random(219);
  const rows: Array<Partial<Participant>> = [];
  for (const b of BREAKDOWNS) {
    const genders = shuffled(column<"M" | "K">([["M", b.men]], b.total, "K"), next);
    const ages = shuffled(
      column<"u30" | "30" | "50">(
        [
          ["u30", b.ageGroups.under30],
          ["30", b.ageGroups.from30to49],
        ],
        b.total,
        "50",
      ),
      next,
    );
    const origins = shuffled(column<Origin | null>(Object.entries(b.origin) as Array<[Origin, number]>, b.total, null), next);
    const longTerm = shuffled(column<boolean>([[true, b.longTerm]], b.total, false), next);
    for (let i = 0; i < b.total; i++) {
      const age = ages[i];
      // Ages reached in 2012: under 30 → 20–28, 30–49 → 31–48, 50+ → 51–62.
      const birthYear =
        REFERENCE_YEAR - (age === "u30" ? 20 + Math.floor(next() * 9) : age === "30" ? 31 + Math.floor(next() * 18) : 51 + Math.floor(next() * 12));
      rows.push({
        projectId: ctx.projectId,
        municipality: b.municipality,
        gender: genders[i] ?? "K",
        birthYear,
        origin: origins[i] ?? null,
        monthsOnBenefit: longTerm[i] ? 13 + Math.floor(next() * 60) : 3 + Math.floor(next() * 10),
        matchGroup: 3,
        enrolmentDate: "2012-04-01",
      });
    }
  }
  const colours = shuffled(column<Colour>(COLOURS, rows.length, "ORANGE"), next);
  let assigned = 0;
  const saved = await manager.save(
    Participant,
    rows.map((r, i) => {
      const colour = colours[i] ?? "ORANGE";
      const caseworkerId = colour === "GROEN" && assigned < 30 ? (assigned++, ctx.caseworkerId) : null;
      return manager.create(Participant, {
        ...r,
        code: `${ctx.code}-${String(i + 1).padStart(4, "0")}`,
        colour,
        caseworkerId,
        profiles: [],
        motivation: null,
        caseFocus: null,
        nameEncrypted: null,
        cprEncrypted: null,
        cprHmac: null,
      });
    }),
    { chunk: 100 },
  );
  await manager.insert(
    ParticipantColourChange,
    saved.map((p, i) => ({
      projectId: ctx.projectId,
      participantId: p.id,
      fromColour: null,
      toColour: p.colour as Colour,
      reason: "Screening i uge 29 (eksempel)",
      changedBy: ctx.tovholderId,
      // Week 29 of 2012: 16–20 July.
      changedAt: new Date(Date.UTC(2012, 6, 16 + (i % 5), 8)),
    })),
  );
  return saved.length;
}

/** "Brug for alle"'s tidsplan and the inputs of its capacity plan, as the udmøntningsplan states them. */
export async function seedFlowPlan(manager: EntityManager, projectId: string, ctx: { lines: Map<string, string>; teamUserId: string }): Promise<void> {
  await manager.insert(ProjectFlowPlan, {
    projectId,
    conversationStart: "2012-09-01",
    conversationEnd: "2012-12-21",
    teamStart: "2012-10-01",
    teamEnd: "2013-08-01",
    meetingIntervalDays: 14,
    minutesPerCitizen: 30,
    maxCitizensPerMeeting: 5,
  });
  const milestones: Array<[string, string, string, string | null]> = [
    ["Screening af målgruppen i farvegrupper", "2012-07-20", "Jobcentrets faglige leder", "2012-07-20"],
    ["Projektplanen godkendt", "2012-08-01", "Styregruppen", "2012-08-01"],
    ["Tovholdere udpeget", "2012-08-15", "Styregruppen", "2012-08-15"],
    ["Ydelseskatalog klar", "2012-09-01", "Tovholderne", "2012-09-03"],
    ["Indledende samtaler afsluttet", "2012-12-21", "Tovholderne og JC-sagsbehandlere", null],
    ["Tværfagligt team i drift", "2012-10-01", "Tovholderne", "2012-10-01"],
    ["Projektet afsluttes", "2013-08-01", "Styregruppen", null],
    ["Evaluering", "2013-12-20", "Styregruppen", null],
  ];
  await manager.insert(
    Milestone,
    milestones.map(([name, dueDate, responsible, doneDate]) => ({ projectId, name, dueDate, responsible, doneDate })),
  );

  // The team of the udmøntningsplan: core competences plus an ad-hoc resource network. The consultants'
  // hours at meetings count on the lines that pay for them.
  const line = (prefix: string): string => lineByPrefix(ctx.lines, prefix);
  const paidByHours = [line("Lægekonsulent"), line("Psykolog"), line("Virksomhedskonsulent honorar")];
  await manager.query(`UPDATE budget_line SET activity_source = 'TEAM_HOURS' WHERE id = ANY($1::uuid[])`, [paidByHours]);
  const members: Array<Partial<TeamMember>> = [
    { name: "Jonas Jobkonsulent", title: "Jobkonsulent (JC-tovholder)", competence: "EMPLOYMENT", adHoc: false, budgetLineId: null },
    { name: "Tine Tovholder", title: "Socialrådgiver (BSO-tovholder)", competence: "SOCIAL", adHoc: false, budgetLineId: null },
    {
      name: "Torben Teammedlem",
      title: "Lægekonsulent",
      competence: "PHYSICAL_HEALTH",
      adHoc: false,
      budgetLineId: line("Lægekonsulent"),
      userId: ctx.teamUserId,
    },
    { name: "Pia Psykolog", title: "Psykolog", competence: "MENTAL_HEALTH", adHoc: false, budgetLineId: line("Psykolog") },
    { name: "Ulla UU-vejleder", title: "UU-vejleder", competence: "YOUTH_EDUCATION", adHoc: false, budgetLineId: null },
    {
      name: "Vagn Virksomhedskonsulent",
      title: "Virksomhedskonsulent",
      competence: "EMPLOYMENT",
      adHoc: false,
      budgetLineId: line("Virksomhedskonsulent honorar"),
    },
    { name: "Familiecentret", title: "Familiecenter", competence: "SOCIAL", adHoc: true, budgetLineId: null },
    { name: "Sundhedskonsulent", title: "Sundhedscenter", competence: "PHYSICAL_HEALTH", adHoc: true, budgetLineId: null },
  ];
  await manager.insert(
    TeamMember,
    members.map((m) => ({ userId: null, ...m, projectId })),
  );
  // Goals: the document names the aims; the target figures are illustrative.
  await manager.insert(ProjectGoal, [
    {
      projectId,
      name: "Andel med en indsatsplan med et klart job- eller uddannelsesmål",
      indicator: "ACTION_PLAN_JOB_AIM",
      targetPercent: 60,
      baselinePercent: 0,
    },
    { projectId, name: "Andel i job eller ordinær uddannelse", indicator: "JOB_OR_EDUCATION", targetPercent: 15, baselinePercent: 0 },
    { projectId, name: "Andel rematchet til matchgruppe 2", indicator: "REMATCHED", targetPercent: 20, baselinePercent: 0 },
  ]);

  // The Faxe report's mulighedskatalog, as the catalogue of interventions (prices left open: the report gives none).
  const catalogue: Array<[string, "EMPLOYMENT" | "SOCIAL" | "HEALTH", string, string, string[]]> = [
    ["Sociale netværk: kom ud af hjemmet", "SOCIAL", "Socialcenter", "forløb", ["DIFFUSE_MENTAL", "DIAGNOSED_MENTAL"]],
    ["Struktur i hverdagen: bolig- og økonomirådgivning", "SOCIAL", "Socialcenter", "forløb", ["SUBSTANCE_ABUSE", "MENTAL_WITH_ABUSE"]],
    ["Social mentor", "SOCIAL", "Jobcenter", "time", ["DIFFUSE_MENTAL", "SUBSTANCE_ABUSE", "MENTAL_WITH_ABUSE"]],
    ["Sundhed og motion", "HEALTH", "Sundhedscenter", "forløb", ["PHYSICALLY_ILL", "MAYBE_SUITED"]],
    ["Afklaring hos lægekonsulent", "HEALTH", "Lægekonsulent", "time", ["PHYSICALLY_ILL", "DIAGNOSED_MENTAL"]],
    ["Misbrugsbehandling", "HEALTH", "Socialcenter", "forløb", ["SUBSTANCE_ABUSE", "MENTAL_WITH_ABUSE"]],
    ["Virksomhedspraktik i 13 uger", "EMPLOYMENT", "Jobcenter", "uge", ["MAYBE_SUITED"]],
    ["Job med løntilskud", "EMPLOYMENT", "Jobcenter", "uge", ["MAYBE_SUITED"]],
    ["Vejledning om uddannelse", "EMPLOYMENT", "UU", "samtale", ["MAYBE_SUITED"]],
    ["Familiecentrets støtte", "SOCIAL", "Familiecenter", "forløb", []],
  ];
  await manager.insert(
    Intervention,
    catalogue.map(([name, area, supplier, unit, profiles]) => ({ projectId, name, area, supplier, unit, unitCostOre: null, profiles, active: true })),
  );
  await manager.insert(
    TeamMeeting,
    meetingDates("2012-10-01", "2013-08-01", 14).map((meetingDate) => ({
      projectId,
      meetingDate,
      status: "PLANNED" as const,
      maxItems: 5,
      minutesPerItem: 30,
    })),
  );
}
