import { neededCompetences, type Theme } from "@overblik/domain";
import { ActivityEntry, AgendaItem, BudgetPosting, MeetingAttendance } from "../entities/index.js";
import { addMonths, DATA_END, inProject, monthEnd, type Flow, type FlowParticipant } from "./demo-flow-common.js";

type Member = { id: string; name: string; competence: string; budget_line_id: string | null };
type Attendance = { meetingId: string; teamMemberId: string; hours: string };

const RECOMMENDATIONS = [
  "Afklaring hos lægekonsulenten og praktik i 13 uger",
  "Social mentor og hjælp til økonomien",
  "Kontakt til misbrugscentret før praktik",
  "Vejledning om uddannelse hos UU",
  "Sundhed og motion, derefter praktik",
];

/**
 * The team meetings every 14 days from 1 Oct 2012 (24 Dec cancelled): 5 citizens a meeting, first come first served,
 * and the attendance with hours; the consultants' hours become activity on the lines that pay them (as the API
 * does), and after January their invoices. Returns each citizen's meeting date.
 */
export async function seedTeamMeetings(
  flow: Flow,
  teamBound: FlowParticipant[],
  heldOn: ReadonlyMap<string, string>,
  themesOf: ReadonlyMap<string, Theme[]>,
): Promise<Map<string, string>> {
  const { manager, ctx, next, pick, seal } = flow;
  const members: Member[] = await manager.query(`SELECT id, name, competence, budget_line_id FROM team_member WHERE project_id = $1 AND NOT ad_hoc`, [
    ctx.projectId,
  ]);
  const meetings: Array<{ id: string; date: string }> = await manager.query(
    `SELECT id, to_char(meeting_date, 'YYYY-MM-DD') AS date FROM team_meeting WHERE project_id = $1 ORDER BY meeting_date`,
    [ctx.projectId],
  );
  const queue = [...teamBound].sort((a, b) => (heldOn.get(a.id) ?? "").localeCompare(heldOn.get(b.id) ?? "") || a.code.localeCompare(b.code));
  const meetingOf = new Map<string, string>(); // participant → meeting date
  const agenda: Array<Partial<AgendaItem>> = [];
  const attendance: Attendance[] = [];
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
  await manager.insert(AgendaItem, inProject(ctx.projectId, agenda));
  await manager.insert(MeetingAttendance, inProject(ctx.projectId, attendance));
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
  await manager.insert(ActivityEntry, inProject(ctx.projectId, fed));
  await seedConsultantInvoices(flow, members, attendance, meetingDate);
  return meetingOf;
}

/**
 * After January the consultants invoice the hours they delivered, month by month (800 kr. an hour for the doctor and
 * the psychologist, the company consultant's line rate for him, hours outside meetings included).
 */
async function seedConsultantInvoices(
  { manager, ctx, line }: Flow,
  members: Member[],
  attendance: Attendance[],
  meetingDate: ReadonlyMap<string, string>,
): Promise<void> {
  const member = (name: string) => members.find((m) => m.name === name) as Member;
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
  await manager.insert(ActivityEntry, inProject(ctx.projectId, outside));
  await manager.insert(BudgetPosting, inProject(ctx.projectId, invoices));
}
