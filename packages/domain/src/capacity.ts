import { addDays, daysInclusive, mondayOf } from "./calendar.js";

/**
 * The capacity plan of a project, computed from its own inputs, never from constants: the document's
 * figures (14 samtaler pr. uge, ≈ 109 teamtimer, 4–5 borgere pr. møde) must come out of these sums,
 * and where the inputs do not agree (22 meetings × 5 citizens ≠ 219) the plan says so.
 */
export interface CapacityInput {
  /** Citizens to go through the flow (the target group, or those screened into it). */
  citizens: number;
  /** The window for the initial conversations (1 Sep – 21 Dec 2012). */
  conversationStart: string;
  conversationEnd: string;
  /** The team's period (1 Oct 2012 – 1 Aug 2013) and how often it meets (every 14 days). */
  teamStart: string;
  teamEnd: string;
  meetingIntervalDays: number;
  /** Minutes per citizen at a team meeting (½ hour) and the most citizens a meeting can take. */
  minutesPerCitizen: number;
  maxCitizensPerMeeting: number;
}

export interface CapacityPlan {
  conversationWeeks: number;
  /** Whole conversations a week needed to finish in the window (rounded up). */
  conversationsPerWeek: number;
  /** Team time for every citizen, in minutes and in hours (to one decimal, as text: "109,5"). */
  teamMinutes: number;
  teamHoursText: string;
  meetings: number;
  /** Citizens each meeting must take for everyone to be seen once (rounded up). */
  citizensPerMeetingNeeded: number;
  /** Citizens the planned meetings can take at the agenda limit. */
  meetingCapacity: number;
  /** Danish sentences: where the plan's own figures do not add up. */
  mismatches: string[];
}

export function capacityPlan(input: CapacityInput): CapacityPlan {
  const days = daysInclusive(input.conversationStart, input.conversationEnd);
  const conversationWeeks = days / 7;
  const conversationsPerWeek = Math.ceil((input.citizens * 7) / days);
  const teamMinutes = input.citizens * input.minutesPerCitizen;
  const tenths = Math.round(teamMinutes / 6); // minutes → tenths of an hour
  const teamHoursText = `${Math.floor(tenths / 10)}${tenths % 10 ? `,${tenths % 10}` : ""}`;
  const teamDays = daysInclusive(input.teamStart, input.teamEnd);
  const meetings = Math.floor((teamDays - 1) / input.meetingIntervalDays) + 1;
  const citizensPerMeetingNeeded = Math.ceil(input.citizens / meetings);
  const meetingCapacity = meetings * input.maxCitizensPerMeeting;
  const mismatches: string[] = [];
  if (meetingCapacity < input.citizens) {
    const meetingsNeeded = Math.ceil(input.citizens / input.maxCitizensPerMeeting);
    const intervalNeeded = Math.max(1, Math.floor((teamDays - 1) / Math.max(1, meetingsNeeded - 1)));
    mismatches.push(
      `${meetings} møder à højst ${input.maxCitizensPerMeeting} borgere giver plads til ${meetingCapacity}, ikke ${input.citizens}: ` +
        `enten skal kun en del af målgruppen (fx de orange) på teammøde, hvert møde tage ${citizensPerMeetingNeeded} borgere, ` +
        `eller teamet mødes hver ${intervalNeeded}. dag.`,
    );
  }
  const perMeetingMinutes = input.maxCitizensPerMeeting * input.minutesPerCitizen;
  if (perMeetingMinutes > 8 * 60) mismatches.push(`Et møde med ${input.maxCitizensPerMeeting} borgere varer ${perMeetingMinutes / 60} timer.`);
  return {
    conversationWeeks,
    conversationsPerWeek,
    teamMinutes,
    teamHoursText,
    meetings,
    citizensPerMeetingNeeded,
    meetingCapacity,
    mismatches,
  };
}

/** The meeting dates: every `intervalDays` from the start, up to and including the end. */
export function meetingDates(start: string, end: string, intervalDays: number): string[] {
  const dates: string[] = [];
  for (let d = start; d <= end; d = addDays(d, intervalDays)) dates.push(d);
  return dates;
}

export interface PaceWeek {
  /** Monday of the ISO week. */
  weekStart: string;
  done: number;
  cumulative: number;
  /** Cumulative the plan required by the end of this week. */
  required: number;
  onTrack: boolean;
}

/**
 * Events a week since the plan's start. After the period, the pace is the pace while the work went on (to
 * the plan's end, or the last event after it), not diluted by the quiet months since. `doneTotal` counts the
 * events from the start up to the date; `lastEvent` is the latest of them.
 */
export function averagePace(
  doneTotal: number,
  lastEvent: string | null,
  plan: { start: string; end: string },
  asOf: string,
): { averagePerWeek: number; paceUntil: string } {
  const last = lastEvent ?? plan.start;
  const paceUntil = asOf <= plan.end ? asOf : last > plan.end ? last : plan.end;
  const elapsedDays = asOf < plan.start ? 0 : daysInclusive(plan.start, paceUntil);
  return { averagePerWeek: elapsedDays > 0 ? (doneTotal * 7) / elapsedDays : 0, paceUntil };
}

/**
 * The period the progress light and the pace table judge, defined once: the conversation period from its start
 * up to the date (`until`, its end once it is over). `reached` counts the citizens whose held initial conversation
 * (the first, if old data holds more) is on or before `until`; `required` is the plan's total spread evenly over
 * the period's days, for the days up to `until`, rounded up. `reachedAfter` counts citizens reached after the
 * period's end (shown in words, never judged). Null before the period begins: there is nothing to judge yet.
 */
export interface JudgedPace {
  until: string;
  reached: number;
  required: number;
  reachedAfter: number;
  onTrack: boolean;
}

/** Citizens the plan requires reached by a date: its total over the period's days, up to the date, rounded up. */
export function requiredBy(plan: { start: string; end: string; total: number }, date: string): number {
  if (date < plan.start) return 0;
  const days = daysInclusive(plan.start, plan.end);
  return Math.min(plan.total, Math.ceil((plan.total * daysInclusive(plan.start, date < plan.end ? date : plan.end)) / days));
}

export function judgedPace(events: readonly string[], plan: { start: string; end: string; total: number }, asOf: string): JudgedPace | null {
  if (asOf < plan.start) return null;
  const until = asOf < plan.end ? asOf : plan.end;
  const reached = events.filter((e) => e <= until).length;
  const required = requiredBy(plan, until);
  return { until, reached, required, reachedAfter: events.filter((e) => e > until && e <= asOf).length, onTrack: reached >= required };
}

/**
 * The two numbers the progress light reads (the judged period and the average pace) without the weekly table:
 * paceByWeek's own, for the portfolio, which judges every project and shows no table.
 */
export function paceSummary(
  events: readonly string[],
  plan: { start: string; end: string; total: number },
  asOf: string,
): { judged: JudgedPace | null; averagePerWeek: number; paceUntil: string; doneTotal: number } {
  const judged = judgedPace(events, plan, asOf);
  let doneTotal = 0;
  let last: string | null = null;
  for (const e of events) {
    if (e > asOf || e < plan.start) continue;
    doneTotal++;
    if (last === null || e > last) last = e;
  }
  return { judged, ...averagePace(doneTotal, last, plan, asOf), doneTotal };
}

/**
 * The actual pace per ISO week against the required one, and the date the current pace would finish.
 * `events` are the dates of the things counted (a citizen's first held conversation). Each week's row is judged
 * up to its Sunday or the date, whichever is first, so the last row is the judged period's (`judgedPace`):
 * the table and the progress light read the same two numbers. Events before the first week count from the start.
 */
export function paceByWeek(
  events: readonly string[],
  plan: { start: string; end: string; total: number },
  asOf: string,
): { weeks: PaceWeek[]; averagePerWeek: number; projectedFinish: string | null; onTrack: boolean; judged: JudgedPace | null } {
  const { judged, averagePerWeek, paceUntil, doneTotal } = paceSummary(events, plan, asOf);
  const until = judged?.until ?? asOf;
  const firstMonday = mondayOf(plan.start);
  let cumulative = 0;
  // Events per day first: many citizens share a day, and a day's Monday is then computed once.
  const perDay = new Map<string, number>();
  for (const e of events) {
    if (e > until) continue;
    if (e < firstMonday) cumulative++;
    else perDay.set(e, (perDay.get(e) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [day, n] of perDay) counts.set(mondayOf(day), (counts.get(mondayOf(day)) ?? 0) + n);
  const weeks: PaceWeek[] = [];
  for (let monday = firstMonday; monday <= until && judged; monday = addDays(monday, 7)) {
    const done = counts.get(monday) ?? 0;
    cumulative += done;
    const sunday = addDays(monday, 6);
    const required = requiredBy(plan, sunday < until ? sunday : until);
    weeks.push({ weekStart: monday, done, cumulative, required, onTrack: cumulative >= required });
  }
  let projectedFinish: string | null = null;
  if (doneTotal >= plan.total) projectedFinish = [...events].sort()[plan.total - 1] ?? null;
  else if (averagePerWeek > 0) projectedFinish = addDays(paceUntil, Math.ceil(((plan.total - doneTotal) * 7) / averagePerWeek));
  return { weeks, averagePerWeek, projectedFinish, onTrack: judged?.onTrack ?? true, judged };
}

/**
 * The plan asks for a conversation with every citizen it counts (the planned target group), but a citizen screened
 * rød gets none. Once as many citizens are registered as the plan counts, and fewer of them can be reached, the
 * progress light can never be green at the period's end: said plainly, with what to do, instead of silently
 * lowering the plan (the leader decides). While fewer are registered, more may come, and nothing is said.
 * `show` writes a count as the viewer may see it (disclosure's rounding for aggregate-only viewers).
 */
export function unreachablePlanText(planned: number, registered: number, roed: number, show: (count: number) => string = String): string | null {
  const reachable = registered - roed;
  if (registered < planned || reachable >= planned) return null;
  return (
    `Planen regner med samtaler med ${planned} borgere, men kun ${show(reachable)} kan få en` +
    (roed > 0 ? ` (${show(roed)} er screenet røde og får ingen samtale)` : "") +
    `, så fremdriften kan ikke blive grøn ved samtaleperiodens slut. Ret målgruppens størrelse på projektet, hvis planen skal regne med dem, der kan nås.`
  );
}
