// A bench project's own rows (bench/data-small.mjs): the project with its organisation and the bench users'
// memberships, its flow plan, milestones and goals.
import { FUNDING, PROJECT_NAMES } from "./data-catalogue.mjs";
import { addDays, addMonths, at, daysBetween, mondayOnOrAfter } from "./data-dates.mjs";

/**
 * The project number `pn` of municipality `m` (the `mi`th), its `j`th, with `count` citizens; `ctx` holds the
 * tables, the seeded generator and the users (bench/data-small.mjs).
 */
export function addProject(ctx, { pn, m, mi, j, orgId, count }) {
  const { t, next, uid, between, users, asOf, benchUsers } = ctx;
  const code = `K${String(mi + 1).padStart(2, "0")}${"ABCD"[j]}`;
  const projectId = uid("project", pn);
  const trial = next() < 0.12;
  const name = `${trial ? "JobFirst" : PROJECT_NAMES[(mi + j * 3) % PROJECT_NAMES.length]} – ${m.name}`;
  const start = addMonths("2020-01-01", between(0, 47));
  const months = between(30, 48);
  const end = addDays(addMonths(start, months), -1);
  const status = end < asOf ? "ENDED" : "ACTIVE";
  const targetSize = next() < 0.08 ? count + between(-20, 20) || count + 1 : count;
  t.project.push({
    id: projectId,
    code,
    name,
    description: trial
      ? `Kontrolleret forsøg i ${m.name}: borgerne lodtrækkes til indsatsgruppen eller kontrolgruppen. Mål: flere timer i ordinær beskæftigelse.`
      : `Indsats for aktivitetsparate borgere i ${m.name}: screening i farvegrupper, indledende samtaler, tværfagligt team hver 14. dag og indsatsplaner.`,
    start_date: start,
    end_date: end,
    target_size: Math.max(1, targetSize),
    status,
    funding: FUNDING[between(0, FUNDING.length - 1)],
    approval_threshold_ore: "5000000",
    created_at: at(addDays(start, -30)),
    version: 1,
  });
  t.project_organisation.push({ project_id: projectId, organisation_id: orgId });
  for (const u of benchUsers) {
    if (u.projectRole)
      t.project_membership.push({
        id: uid("membership", `${pn}/${u.key}`),
        project_id: projectId,
        user_id: users.get(u.key),
        role: u.projectRole,
        created_at: at(addDays(start, -30)),
      });
  }
  return { pn, projectId, code, trial, start, months, end, status };
}

/** The project's flow plan, milestones and goals; what the SQL steps need of the plan. */
export function addPlan(ctx, { pn, projectId, trial, start, months, end }, count) {
  const { t, next, uid, between, asOf } = ctx;
  // The flow plan: conversations from two weeks in until half a year before the end, the team from week 6.
  const convStart = addDays(start, 14);
  const convEnd = addDays(end, -180);
  const teamStart = mondayOnOrAfter(addDays(start, 42));
  const meetings = Math.floor(daysBetween(teamStart, end) / 14) + 1;
  // Room on the agendas for about 6½ visits per team citizen, at most 20 (the schema's limit).
  const teamCitizens = count * (trial ? 0.5 : 1) * 0.5;
  const maxItems = Math.min(20, Math.max(4, Math.ceil((teamCitizens * 6.5 * 1.15) / meetings)));
  t.project_flow_plan.push({
    project_id: projectId,
    conversation_start: convStart,
    conversation_end: convEnd,
    team_start: teamStart,
    team_end: end,
    meeting_interval_days: 14,
    minutes_per_citizen: 30,
    max_citizens_per_meeting: maxItems,
    version: 1,
  });
  const milestones = [
    ["Projektplanen godkendt", start, "Styregruppen"],
    ["Målgruppen screenet i farvegrupper", addDays(start, 10), "Jobcentrets faglige leder"],
    ["Ydelseskatalog klar", addDays(start, 30), "Tovholderne"],
    ["Tværfagligt team i drift", teamStart, "Tovholderne"],
    ["Midtvejsevaluering", addMonths(start, Math.floor(months / 2)), "Styregruppen"],
    ["Indledende samtaler afsluttet", convEnd, "Tovholderne og JC-sagsbehandlere"],
    ["Projektet afsluttes", end, "Styregruppen"],
  ];
  milestones.forEach(([mName, due, responsible], k) => {
    const done = due <= asOf && next() < 0.88 ? addDays(due, between(0, 20)) : null;
    t.milestone.push({
      id: uid("milestone", pn * 10 + k),
      project_id: projectId,
      name: mName,
      due_date: due,
      responsible,
      done_date: done && done <= asOf ? done : null,
      version: 1,
    });
  });
  t.project_goal.push(
    {
      id: uid("goal", pn * 10 + 1),
      project_id: projectId,
      name: "Andel med en indsatsplan med et klart job- eller uddannelsesmål",
      indicator: "ACTION_PLAN_JOB_AIM",
      target_percent: between(40, 70),
      baseline_percent: between(0, 15),
    },
    {
      id: uid("goal", pn * 10 + 2),
      project_id: projectId,
      name: "Andel i virksomhedspraktik",
      indicator: "COMPANY_PLACEMENT",
      target_percent: between(25, 45),
      baseline_percent: between(0, 10),
    },
    {
      id: uid("goal", pn * 10 + 3),
      project_id: projectId,
      name: "Andel i job eller ordinær uddannelse",
      indicator: "JOB_OR_EDUCATION",
      target_percent: between(10, 25),
      baseline_percent: between(2, 8),
    },
    {
      id: uid("goal", pn * 10 + 4),
      project_id: projectId,
      name: "Andel rematchet til matchgruppe 2",
      indicator: "REMATCHED",
      target_percent: between(15, 30),
      baseline_percent: between(0, 10),
    },
  );
  return { convStart, convEnd, teamStart, maxItems };
}
