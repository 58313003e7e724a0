// The small tables of the bench data, made in JavaScript with a seeded generator: organisations, users,
// projects with their flow plans, teams, catalogues, goals, milestones, budgets (with adjustments) and
// competence pools. The big tables (citizens and their events, postings) are made in SQL: data-flow.mjs.
import { at } from "./data-dates.mjs";
import { MUNICIPALITIES, municipalityOrganisationName } from "./data-municipalities.mjs";
import { jsRandom, jsUid } from "./data-sql.mjs";
import { apportion } from "./data-apportion.mjs";
import { addBudget } from "./data-small-budget.mjs";
import { addPlan, addProject } from "./data-small-project.mjs";
import { addPoolAndTeam } from "./data-small-team.mjs";

/** The logins of the bench data (`npm run bench` can use them); the password is printed by bench:data. */
export const BENCH_PASSWORD = "overblik-bench";
export const BENCH_USERS = [
  { key: "styregruppe", email: "styregruppe@overblik.bench", name: "Styregruppen (bench)", globalRoles: [], projectRole: "STYREGRUPPE" },
  { key: "leder", email: "leder@overblik.bench", name: "Projektleder (bench)", globalRoles: [], projectRole: "LEADER" },
  { key: "admin", email: "admin@overblik.bench", name: "Administrator (bench)", globalRoles: ["ADMIN"], projectRole: null },
];

/**
 * Everything small, as rows per table, plus the working tables the SQL steps read (`temp`).
 * `participants` citizens are apportioned over the municipalities (by population, damped) and their projects.
 */
export function buildSmallData({ seed, asOf, participants, passwordHash, postings }) {
  const next = jsRandom(seed);
  const uid = (kind, key) => jsUid(seed, kind, key);
  const between = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const t = {
    organisation: [],
    app_user: [],
    project: [],
    project_organisation: [],
    project_membership: [],
    project_flow_plan: [],
    milestone: [],
    project_goal: [],
    // Budgets before the teams and catalogues, whose rows point at budget lines.
    budget: [],
    budget_line: [],
    budget_line_amount: [],
    team_member: [],
    intervention: [],
    budget_change: [],
    budget_change_entry: [],
    competence_pool: [],
    competence_activity: [],
  };
  const temp = { bench_project: [], bench_member: [], bench_intervention: [], bench_line: [] };

  const users = new Map();
  for (const u of BENCH_USERS) {
    const id = uid("user", u.key);
    users.set(u.key, id);
    t.app_user.push({
      id,
      email: u.email,
      name: u.name,
      password_hash: passwordHash,
      global_roles: u.globalRoles,
      organisation_id: null,
      active: true,
      created_at: at("2021-12-01"),
    });
  }

  const ctx = { t, temp, next, uid, between, users, asOf, seed, benchUsers: BENCH_USERS };

  // Citizens by municipality: population^0.6, so København is large but does not swallow the country.
  const perMunicipality = apportion(
    participants,
    MUNICIPALITIES.map((m) => m.population ** 0.6),
    10,
  );
  let pn = 0;
  let firstN = 0;
  MUNICIPALITIES.forEach((m, mi) => {
    const orgId = uid("organisation", mi + 1);
    t.organisation.push({ id: orgId, name: municipalityOrganisationName(m.name), kind: "KOMMUNE", municipality: m.name, created_at: at("2021-12-01") });
    const projectCount = m.population >= 200 ? 4 : between(2, 4);
    const counts = apportion(
      perMunicipality[mi],
      Array.from({ length: projectCount }, () => 0.6 + next() * 0.8),
      3,
    );
    counts.forEach((count, j) => {
      pn++;
      const p = addProject(ctx, { pn, m, mi, j, orgId, count });
      const { convStart, convEnd, teamStart, maxItems } = addPlan(ctx, p, count);
      const budget = addBudget(ctx, p, count);
      addPoolAndTeam(ctx, p, budget);
      const { projectId, code, trial, start, end } = p;
      const { budgetId } = budget;

      temp.bench_project.push({
        pn,
        id: projectId,
        code,
        municipality: m.name,
        trial,
        start_date: start,
        end_date: end,
        conv_start: convStart,
        conv_end: convEnd,
        team_start: teamStart,
        team_end: end,
        max_items: maxItems,
        minutes_per_item: 30,
        participants: count,
        first_n: firstN,
        budget_id: budgetId,
      });
      firstN += count;
    });
  });

  // Postings: the fixed number apportioned over the lines by their money so far; income arrives in few, large rates.
  const incomeLines = temp.bench_line.filter((l) => l.side === "INCOME" && l.spend_ore > 0);
  for (const l of incomeLines) l.postings = l.key === "pulje" ? 4 : 8;
  const incomePostings = incomeLines.reduce((s, l) => s + l.postings, 0);
  const expenseLines = temp.bench_line.filter((l) => l.side === "EXPENSE" && l.spend_ore > 0);
  const shares = apportion(
    postings - incomePostings,
    expenseLines.map((l) => l.weight),
    1,
  );
  expenseLines.forEach((l, i) => (l.postings = shares[i]));
  for (const l of temp.bench_line) delete l.weight;

  return { tables: t, temp, users };
}
