import { addDays, type Theme } from "@overblik/domain";
import { ActionPlanItem, Outcome, PlanAlert } from "../entities/index.js";
import { addMonths, DATA_END, inProject, monthEnd, monthOf, type Flow, type FlowParticipant } from "./demo-flow-common.js";

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

/**
 * Action plans from the catalogue after each citizen's team meeting, by their themes, and alerts from the responsible
 * units on some of them. Returns the last month of each citizen's plan.
 */
export async function seedActionPlans(
  { manager, ctx, next, pick, seal }: Flow,
  teamBound: FlowParticipant[],
  themesOf: ReadonlyMap<string, Theme[]>,
  meetingOf: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const catalogue = await manager.query<Array<{ id: string; name: string; unit: string }>>(`SELECT id, name, unit FROM intervention WHERE project_id = $1`, [
    ctx.projectId,
  ]);
  const interventions = new Map(catalogue.map((i) => [i.name, i.id]));
  const unitOf = new Map(catalogue.map((i) => [i.name, i.unit]));
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
  const savedPlans = (await manager.insert(ActionPlanItem, inProject(ctx.projectId, plans))).identifiers.map((row, i) => ({
    ...(plans[i] as ActionPlanItem),
    id: row.id as string,
  }));

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
  return planEnd;
}

/** Outcomes: green citizens through the jobcenter's ordinary contact, the others after their plan. */
export async function seedOutcomes(
  { manager, ctx, next }: Flow,
  participants: FlowParticipant[],
  teamBound: FlowParticipant[],
  heldOn: ReadonlyMap<string, string>,
  planEnd: ReadonlyMap<string, string>,
): Promise<void> {
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
  await manager.insert(Outcome, inProject(ctx.projectId, outcomes));
  if (kept) await manager.query(`UPDATE participant SET keep_in_team_queue = true WHERE id = $1`, [kept]);
}
