import type { EntityManager } from "typeorm";
import { addDays, neededCompetences, type Theme } from "@overblik/domain";
import {
  ActionPlanItem,
  ActivityEntry,
  AgendaItem,
  BudgetPosting,
  Conversation,
  MeetingAttendance,
  Outcome,
  ParticipantColourChange,
  PlanAlert,
  PreparationForm,
} from "../entities/index.js";
import { random } from "./demo-participants.js";
import { lineByPrefix } from "./demo-lines.js";

/**
 * "Brug for alle" played through its whole period, so the tovholder's overview, the capacity plan, the goals
 * and the styregruppe's dashboard have something true to show. ILLUSTRATIVE: the documents give the plan,
 * not what happened. Everything follows the document's flow and rules:
 * - initial conversations 3 Sep–20 Dec 2012 (a slow start, then the required 14 a week), grøn with the JC
 *   caseworker, orange and blå with a tovholder; 9 grøn no-shows become orange (history entry) and get a
 *   new conversation with a tovholder; rød has none;
 * - a preparation form with themes for every orange (and former grøn) citizen;
 * - 22 team meetings every 14 days from 1 Oct 2012 (24 Dec cancelled), 5 citizens each, attendance with
 *   hours; the consultants' hours become activity on the lines that pay them (as the API does);
 * - action plans from the catalogue after the meeting, alerts from the responsible units, outcomes.
 * Up to 31 January 2013 the consultants' hours equal the illustrative invoices (meeting hours here plus the
 * work outside meetings in illustrative-spend.ts); after that invoices follow the hours delivered.
 */
export interface DemoFlowContext {
  projectId: string;
  lines: Map<string, string>;
  tovholderId: string;
  leaderId: string;
  /** Encrypts free text (wishes, recommendations, alerts) when the personal-data key is at hand; otherwise they stay empty. */
  encrypt?: (plain: string) => Buffer;
}

interface P {
  id: string;
  code: string;
  colour: string;
  caseworker_id: string | null;
  birth_year: number;
  origin: string | null;
}

const WEEKLY_QUOTA = [7, 9, 10, 12, 13, 14, 14, 15, 15, 15, 15, 14, 14, 12, 10, 8]; // ISO weeks 36–51 of 2012: 197 conversations
const FIRST_MONDAY = "2012-09-03";
const DATA_END = "2013-07-31";

function nextWeekday(date: string): string {
  let d = date;
  for (;;) {
    const day = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (day !== 0 && day !== 6 && !(d >= "2012-12-22" && d <= "2013-01-02")) return d;
    d = addDays(d, 1);
  }
}

const monthOf = (d: string) => `${d.slice(0, 7)}-01`;
function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  return `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`;
}
const monthEnd = (month: string) => addDays(addMonths(month, 1), -1);

export async function seedDemoFlow(manager: EntityManager, ctx: DemoFlowContext): Promise<void> {
  const next = random(2012);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const seal = (text: string) => (ctx.encrypt ? ctx.encrypt(text) : null);
  const line = (prefix: string): string => lineByPrefix(ctx.lines, prefix);

  const participants: P[] = await manager.query(
    `SELECT id, code, colour, caseworker_id, birth_year, origin FROM participant WHERE project_id = $1 ORDER BY code`,
    [ctx.projectId],
  );
  const members: Array<{ id: string; name: string; competence: string; budget_line_id: string | null }> = await manager.query(
    `SELECT id, name, competence, budget_line_id FROM team_member WHERE project_id = $1 AND NOT ad_hoc`,
    [ctx.projectId],
  );
  const member = (name: string) => members.find((m) => m.name === name) as (typeof members)[number];
  const meetings: Array<{ id: string; date: string }> = await manager.query(
    `SELECT id, to_char(meeting_date, 'YYYY-MM-DD') AS date FROM team_meeting WHERE project_id = $1 ORDER BY meeting_date`,
    [ctx.projectId],
  );
  const interventions = new Map(
    (await manager.query<Array<{ id: string; name: string }>>(`SELECT id, name FROM intervention WHERE project_id = $1`, [ctx.projectId])).map((i) => [
      i.name,
      i.id,
    ]),
  );

  // --- Initial conversations -------------------------------------------------------------------------
  const conversing = participants.filter((p) => p.colour !== "ROED");
  const order = conversing
    .map((p) => ({ p, key: next() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.p);
  const conversations: Array<Partial<Conversation>> = [];
  const heldOn = new Map<string, string>(); // participant → date of the held conversation
  const turnedOrange = new Set<string>();
  const greens = order.filter((p) => p.colour === "GROEN");
  const noShowGreens = new Set(greens.filter((_, i) => i % 11 === 5).map((p) => p.id)); // 9 of 97
  const oranges = order.filter((p) => p.colour === "ORANGE");
  const noShowOranges = new Set(oranges.filter((_, i) => i % 24 === 7).map((p) => p.id)); // 4
  const cancelled = new Set(oranges.filter((_, i) => i % 48 === 20).map((p) => p.id)); // 2
  let index = 0;
  WEEKLY_QUOTA.forEach((quota, week) => {
    for (let k = 0; k < quota; k++) {
      const p = order[index++] as P;
      const date = nextWeekday(addDays(FIRST_MONDAY, week * 7 + (k % 5)));
      const holderKind = p.colour === "GROEN" ? "JC_CASEWORKER" : "TOVHOLDER";
      const holderId = holderKind === "JC_CASEWORKER" ? p.caseworker_id : ctx.tovholderId;
      const status = noShowGreens.has(p.id) || noShowOranges.has(p.id) ? "NO_SHOW" : cancelled.has(p.id) ? "CANCELLED" : "HELD";
      // Booked two weeks ahead (the overview on a past date counts only what was booked by then).
      const booked = new Date(`${addDays(date, -14)}T09:00:00Z`);
      conversations.push({
        projectId: ctx.projectId,
        participantId: p.id,
        holderKind,
        holderId,
        scheduledDate: date,
        status,
        heldDate: status === "HELD" ? date : null,
        createdAt: booked,
      });
      if (status === "HELD") {
        heldOn.set(p.id, date);
        continue;
      }
      // A grøn no-show becomes orange; every missed conversation gets a new one with a tovholder.
      if (noShowGreens.has(p.id)) turnedOrange.add(p.id);
      const again = nextWeekday(addDays(date, status === "CANCELLED" ? 14 : 7));
      conversations.push({
        projectId: ctx.projectId,
        participantId: p.id,
        holderKind: "TOVHOLDER",
        holderId: ctx.tovholderId,
        scheduledDate: again,
        status: "HELD",
        heldDate: again,
        createdAt: new Date(`${date}T15:00:00Z`),
      });
      heldOn.set(p.id, again);
    }
  });
  await manager.insert(Conversation, conversations);
  for (const p of participants.filter((x) => turnedOrange.has(x.id))) {
    const missed = conversations.find((c) => c.participantId === p.id && c.status === "NO_SHOW")?.scheduledDate as string;
    await manager.insert(ParticipantColourChange, {
      participantId: p.id,
      fromColour: "GROEN",
      toColour: "ORANGE",
      reason: `Udeblev fra den indledende samtale d. ${missed}: en grøn borger, der udebliver, bliver orange.`,
      changedBy: null,
      changedAt: new Date(`${missed}T15:00:00Z`),
    });
    p.colour = "ORANGE";
  }
  await manager.query(`UPDATE participant SET colour = 'ORANGE', version = version + 1 WHERE id = ANY($1::uuid[])`, [[...turnedOrange]]);

  // --- Preparation forms: the themes decide who the team calls -----------------------------------------
  const teamBound = participants.filter((p) => p.colour === "ORANGE");
  const themesOf = new Map<string, Theme[]>();
  for (const p of teamBound) {
    const young = 2012 - p.birth_year < 30;
    const themes: Theme[] = [];
    if (next() < 0.2) themes.push("SUBSTANCE_ABUSE");
    if (next() < 0.35) themes.push("MENTAL_HEALTH");
    if (next() < 0.35) themes.push("PHYSICAL_HEALTH");
    if (next() < 0.5) themes.push("SOCIAL");
    if (next() < (p.origin?.startsWith("IMMIGRANT") ? 0.5 : 0.05)) themes.push("LANGUAGE");
    if (next() < 0.3) themes.push("HOUSING_ECONOMY");
    if (young && next() < 0.7) themes.push("YOUTH_EDUCATION");
    if (themes.length === 0) themes.push("SOCIAL");
    themesOf.set(p.id, themes);
  }
  const WISHES = [
    "Vil gerne i praktik i en butik",
    "Ønsker hjælp til at komme ud blandt andre",
    "Vil gerne have styr på økonomien først",
    "Drømmer om en uddannelse som pædagogmedhjælper",
  ];
  await manager.insert(
    PreparationForm,
    teamBound.map((p) => ({
      participantId: p.id,
      themes: themesOf.get(p.id) ?? [],
      wishesEncrypted: seal(pick(WISHES)),
      updatedAt: new Date(`${heldOn.get(p.id)}T14:00:00Z`),
      updatedBy: ctx.tovholderId,
    })),
  );

  // --- Team meetings: 5 a meeting, first come first served; 24 Dec cancelled -----------------------------
  const queue = [...teamBound].sort((a, b) => (heldOn.get(a.id) ?? "").localeCompare(heldOn.get(b.id) ?? "") || a.code.localeCompare(b.code));
  const meetingOf = new Map<string, string>(); // participant → meeting date
  const agenda: Array<Partial<AgendaItem>> = [];
  const attendance: Array<{ meetingId: string; teamMemberId: string; hours: string }> = [];
  const RECOMMENDATIONS = [
    "Afklaring hos lægekonsulenten og praktik i 13 uger",
    "Social mentor og hjælp til økonomien",
    "Kontakt til misbrugscentret før praktik",
    "Vejledning om uddannelse hos UU",
    "Sundhed og motion, derefter praktik",
  ];
  // Up to 31 January the consultants' attendance is fixed, so their hours match the illustrative invoices.
  const early: Record<string, Record<string, string>> = {
    "Torben Teammedlem": { "2012-10-01": "2.50", "2012-10-15": "2.50", "2012-10-29": "3.00", "2012-11-12": "2.50", "2012-11-26": "2.50", "2012-12-10": "2.50" },
    "Pia Psykolog": { "2012-11-12": "2.50", "2012-11-26": "2.50", "2013-01-07": "2.50", "2013-01-21": "2.50" },
    "Vagn Virksomhedskonsulent": { "2012-12-10": "2.50", "2013-01-07": "2.50", "2013-01-21": "2.50" },
  };
  const later: Record<string, number> = { "Torben Teammedlem": 20, "Pia Psykolog": 30 }; // hours budgeted for the rest of the period
  for (const meeting of meetings) {
    if (meeting.date === "2012-12-24") {
      await manager.query(`UPDATE team_meeting SET status = 'CANCELLED', cancel_reason = 'Juleaften', version = version + 1 WHERE id = $1`, [meeting.id]);
      continue;
    }
    if (meeting.date > DATA_END) continue;
    const items = queue.filter((p) => !meetingOf.has(p.id) && (heldOn.get(p.id) ?? "9999") < meeting.date).slice(0, 5);
    items.forEach((p, position) => {
      meetingOf.set(p.id, meeting.date);
      agenda.push({
        meetingId: meeting.id,
        participantId: p.id,
        position: position + 1,
        present: next() < 0.88,
        recommendationsEncrypted: seal(pick(RECOMMENDATIONS)),
      });
    });
    const hours = (items.length * 0.5).toFixed(2);
    const needed = neededCompetences(items.map((p) => themesOf.get(p.id) ?? []));
    for (const m of members) {
      let h: string | null = null;
      if (m.name === "Jonas Jobkonsulent" || m.name === "Tine Tovholder") h = hours;
      else if (meeting.date <= "2013-01-31")
        h = early[m.name]?.[meeting.date] ?? (m.competence === "YOUTH_EDUCATION" && needed.includes("YOUTH_EDUCATION") ? hours : null);
      else if (m.name in later) {
        if (needed.includes(m.competence as never) && (later[m.name] ?? 0) >= Number(hours)) {
          h = hours;
          later[m.name] = (later[m.name] ?? 0) - Number(hours);
        }
      } else if (needed.includes(m.competence as never)) h = hours;
      if (h) attendance.push({ meetingId: meeting.id, teamMemberId: m.id, hours: h });
    }
    await manager.query(`UPDATE team_meeting SET status = 'HELD', version = version + 1 WHERE id = $1`, [meeting.id]);
  }
  await manager.insert(AgendaItem, agenda);
  await manager.insert(MeetingAttendance, attendance);
  const meetingDate = new Map(meetings.map((m) => [m.id, m.date]));
  const fed: Array<Partial<ActivityEntry>> = [];
  for (const a of attendance) {
    const m = members.find((x) => x.id === a.teamMemberId);
    if (!m?.budget_line_id) continue;
    fed.push({
      budgetLineId: m.budget_line_id,
      activityDate: meetingDate.get(a.meetingId),
      quantity: a.hours,
      source: "FLOW",
      sourceRef: `meeting:${a.meetingId}:member:${m.id}`,
      note: `Teammøde ${meetingDate.get(a.meetingId)}: ${m.name}`,
      createdBy: ctx.tovholderId,
    });
  }
  await manager.insert(ActivityEntry, fed);

  // After January the consultants invoice the hours they delivered, month by month (800 kr. an hour for the
  // doctor and the psychologist, the company consultant's line rate for him, hours outside meetings included).
  const invoices: Array<Partial<BudgetPosting>> = [];
  const outside: Array<Partial<ActivityEntry>> = [];
  for (let month = "2013-02-01"; month <= "2013-07-01"; month = addMonths(month, 1)) {
    const end = monthEnd(month);
    const vkOutside = 24;
    outside.push({
      budgetLineId: line("Virksomhedskonsulent honorar"),
      activityDate: end,
      quantity: vkOutside.toFixed(2),
      source: "MANUAL",
      sourceRef: null,
      note: "Eksempel: virksomhedskontakter uden for teammødet",
      createdBy: ctx.leaderId,
    });
    for (const [name, prefix, rateOre, extra] of [
      ["Torben Teammedlem", "Lægekonsulent", 80_000n, 0],
      ["Pia Psykolog", "Psykolog", 80_000n, 0],
      ["Vagn Virksomhedskonsulent", "Virksomhedskonsulent honorar", 25_000n, vkOutside],
    ] as const) {
      const id = member(name).id;
      const hundredths =
        attendance
          .filter((a) => a.teamMemberId === id && (meetingDate.get(a.meetingId) ?? "").startsWith(month.slice(0, 7)))
          .reduce((s, a) => s + BigInt(a.hours.replace(".", "")), 0n) +
        BigInt(extra) * 100n;
      if (hundredths === 0n) continue;
      invoices.push({
        budgetLineId: line(prefix),
        postingDate: end,
        amountOre: (hundredths * rateOre) / 100n,
        text: `Eksempel: ${prefix.toLowerCase()}, ${(Number(hundredths) / 100).toLocaleString("da-DK")} timer`,
        voucher: `DEMO-${prefix.slice(0, 3).toUpperCase()}-${month.slice(0, 7)}`,
        quantity: (Number(hundredths) / 100).toFixed(2),
        reversesPostingId: null,
        importId: null,
        createdBy: ctx.leaderId,
      });
    }
  }
  await manager.insert(ActivityEntry, outside);
  await manager.insert(BudgetPosting, invoices);

  // --- Action plans after the meeting, alerts, outcomes -------------------------------------------------
  const BY_THEME: Record<Theme, Array<[string, string]>> = {
    SUBSTANCE_ABUSE: [["Misbrugsbehandling", "Socialcenter"]],
    MENTAL_HEALTH: [
      ["Sociale netværk: kom ud af hjemmet", "Socialcenter"],
      ["Afklaring hos lægekonsulent", "Lægekonsulent"],
    ],
    PHYSICAL_HEALTH: [
      ["Sundhed og motion", "Sundhedscenter"],
      ["Afklaring hos lægekonsulent", "Lægekonsulent"],
    ],
    SOCIAL: [
      ["Social mentor", "Jobcenter"],
      ["Familiecentrets støtte", "Familiecenter"],
    ],
    LANGUAGE: [["Social mentor", "Jobcenter"]],
    HOUSING_ECONOMY: [["Struktur i hverdagen: bolig- og økonomirådgivning", "Socialcenter"]],
    YOUTH_EDUCATION: [["Vejledning om uddannelse", "UU"]],
  };
  const UNITS: Record<string, number> = { time: 8, uge: 13, forløb: 1, samtale: 3 };
  const unitOf = new Map(
    (await manager.query<Array<{ name: string; unit: string }>>(`SELECT name, unit FROM intervention WHERE project_id = $1`, [ctx.projectId])).map((i) => [
      i.name,
      i.unit,
    ]),
  );
  const plans: Array<Partial<ActionPlanItem>> = [];
  const planEnd = new Map<string, string>(); // participant → last month of the plan
  for (const p of teamBound) {
    const met = meetingOf.get(p.id);
    if (!met) continue;
    const start = met.slice(8) > "20" ? addMonths(monthOf(met), 1) : monthOf(met);
    const chosen = new Map<string, string>();
    for (const t of themesOf.get(p.id) ?? []) {
      const [name, unit] = pick(BY_THEME[t]);
      if (chosen.size < 2) chosen.set(name, unit);
    }
    const employment = next();
    if (employment < 0.45) chosen.set("Virksomhedspraktik i 13 uger", "Jobcenter");
    else if (employment < 0.55) chosen.set("Job med løntilskud", "Jobcenter");
    let last = start;
    let k = 0;
    for (const [name, unit] of chosen) {
      const isJob = name.startsWith("Virksomhedspraktik") || name.startsWith("Job med");
      const s = isJob ? addMonths(start, 1) : addMonths(start, k % 2);
      const e = addMonths(s, isJob ? 2 : 1 + Math.floor(next() * 3));
      if (e > last) last = e;
      const over = monthEnd(e) < DATA_END;
      const interrupted = over && next() < 0.12;
      const status = !over ? (s <= DATA_END ? "IN_PROGRESS" : "PLANNED") : interrupted ? "INTERRUPTED" : "COMPLETED";
      const units = UNITS[unitOf.get(name) ?? ""] ?? 1;
      plans.push({
        participantId: p.id,
        interventionId: interventions.get(name),
        responsibleUnit: unit,
        startMonth: s,
        endMonth: e,
        status,
        jobOrEducationAim: isJob || name === "Vejledning om uddannelse",
        unitsDelivered: (status === "COMPLETED"
          ? units
          : status === "INTERRUPTED"
            ? Math.floor(units / 2)
            : status === "IN_PROGRESS"
              ? Math.ceil(units / 3)
              : 0
        ).toFixed(2),
        updatedAt: new Date(`${status === "IN_PROGRESS" ? addDays(DATA_END, -Math.floor(next() * 45)) : monthEnd(e)}T10:00:00Z`),
        createdAt: new Date(`${addDays(met, 2)}T10:00:00Z`),
      });
      k++;
    }
    planEnd.set(p.id, last);
  }
  const savedPlans = (await manager.insert(ActionPlanItem, plans)).identifiers.map((row, i) => ({ ...(plans[i] as ActionPlanItem), id: row.id as string }));

  const alertable = savedPlans.filter((i) => i.status === "INTERRUPTED" || (i.status === "IN_PROGRESS" && next() < 0.05));
  await manager.insert(
    PlanAlert,
    alertable.slice(0, 7).map((i, n) => {
      const reported = addDays(i.startMonth, 20);
      const open = n === 0 || n === 3;
      return {
        projectId: ctx.projectId,
        participantId: i.participantId,
        actionPlanItemId: i.id,
        reportedByUnit: i.responsibleUnit,
        reportedAt: new Date(`${reported}T09:00:00Z`),
        messageEncrypted: seal("Borgeren er ikke mødt op de sidste tre gange"),
        followUpEncrypted: open ? null : seal("Ringet til borgeren; ny aftale med mentor"),
        resolvedAt: open ? null : new Date(`${addDays(reported, 6)}T12:00:00Z`),
        resolvedBy: open ? null : ctx.tovholderId,
      };
    }),
  );

  // Outcomes: green citizens through the jobcenter's ordinary contact, the others after their plan.
  const outcomes: Array<Partial<Outcome>> = [];
  const outcome = (participantId: string, kind: Outcome["kind"], date: string) =>
    outcomes.push({
      participantId,
      kind,
      outcomeDate: date,
      hoursPerWeek: kind === "JOB" ? String(15 + Math.floor(next() * 23)) : null,
      recordedBy: ctx.tovholderId,
    });
  participants
    .filter((p) => p.colour === "GROEN")
    .forEach((p, i) => {
      const held = heldOn.get(p.id) as string;
      const after = addDays(held, 30 + Math.floor(next() * 150));
      if (after > DATA_END) return;
      if (i % 5 === 0) outcome(p.id, "JOB", after);
      else if (i % 5 === 1) outcome(p.id, "REMATCHED_2", after);
      else if (i % 9 === 2) outcome(p.id, "EDUCATION", after);
    });
  let kept: string | null = null;
  teamBound.forEach((p, i) => {
    const last = planEnd.get(p.id);
    if (!last || monthEnd(last) >= DATA_END) return;
    const date = addDays(monthEnd(last), 5 + Math.floor(next() * 20));
    if (date > DATA_END) return;
    const kinds: Array<Outcome["kind"] | null> = [
      "JOB",
      "REMATCHED_2",
      "PASSIVE",
      "EDUCATION",
      "REMATCHED_2",
      "PENSION_RECOMMENDED",
      null,
      "PASSIVE",
      "JOB",
      null,
    ];
    const kind = kinds[i % kinds.length] ?? null;
    if (!kind) return;
    outcome(p.id, kind, date);
    // The source document: re-matched citizens only return to the team if problems arise — one did.
    if (kind === "REMATCHED_2" && !kept) kept = p.id;
  });
  await manager.insert(Outcome, outcomes);
  if (kept) await manager.query(`UPDATE participant SET keep_in_team_queue = true WHERE id = $1`, [kept]);

  // The tidsplan as it went: conversations finished in January (the rescheduled no-shows), the team in operation.
  const lastConversation = [...heldOn.values()].sort().at(-1) as string;
  await manager.query(`UPDATE milestone SET done_date = $2 WHERE project_id = $1 AND name = 'Indledende samtaler afsluttet'`, [
    ctx.projectId,
    lastConversation,
  ]);
}
