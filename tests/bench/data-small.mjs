// The small tables of the bench data, made in JavaScript with a seeded generator: organisations, users,
// projects with their flow plans, teams, catalogues, goals, milestones, budgets (with adjustments) and
// competence pools. The big tables (citizens and their events, postings) are made in SQL: data-flow.mjs.
import { CATALOGUE, FUNDING, LINES, POSTING_TEXT, PROJECT_NAMES, TEAM } from "./data-catalogue.mjs";
import { addDays, addMonths, at, daysBetween, mondayOnOrAfter } from "./data-dates.mjs";
import { MUNICIPALITIES, municipalityOrganisationName } from "./data-municipalities.mjs";
import { jsRandom, jsUid } from "./data-sql.mjs";

/** The logins of the bench data (`npm run bench` can use them); the password is printed by bench:data. */
export const BENCH_PASSWORD = "overblik-bench";
export const BENCH_USERS = [
  { key: "styregruppe", email: "styregruppe@overblik.bench", name: "Styregruppen (bench)", globalRoles: [], projectRole: "STYREGRUPPE" },
  { key: "leder", email: "leder@overblik.bench", name: "Projektleder (bench)", globalRoles: [], projectRole: "LEADER" },
  { key: "admin", email: "admin@overblik.bench", name: "Administrator (bench)", globalRoles: ["ADMIN"], projectRole: null },
];

/** Splits `total` into integers proportional to `weights` (largest remainder), each at least `min`. */
export function apportion(total, weights, min = 0) {
  const base = min * weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => ((total - base) * w) / sum);
  const out = exact.map((x) => Math.floor(x));
  let rest = total - base - out.reduce((s, x) => s + x, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k][1]] += 1;
  return out.map((x) => x + min);
}

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
      for (const u of BENCH_USERS) {
        if (u.projectRole)
          t.project_membership.push({
            id: uid("membership", `${pn}/${u.key}`),
            project_id: projectId,
            user_id: users.get(u.key),
            role: u.projectRole,
            created_at: at(addDays(start, -30)),
          });
      }

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

      // Budget: about 9.000 kr. a citizen over two years, split on the lines, amounts per year by days.
      const totalKr = Math.round((count * 9000 * (0.8 + next() * 0.4) * (months / 24)) / 1000) * 1000;
      const years = [];
      for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
        const from = start > `${y}-01-01` ? start : `${y}-01-01`;
        const to = end < `${y}-12-31` ? end : `${y}-12-31`;
        years.push({ year: y, days: daysBetween(from, to) + 1 });
      }
      const budgetId = uid("budget", pn);
      const approvedAt = at(addDays(start, -7), "10:00:00");
      t.budget.push({
        id: budgetId,
        project_id: projectId,
        name: "Projektbudget",
        price_level_year: Number(start.slice(0, 4)),
        start_year: years[0].year,
        end_year: years.at(-1).year,
        status: "APPROVED",
        note: "Genereret til benchmarks (npm run bench:data).",
        approved_at: approvedAt,
        approved_by: users.get("styregruppe"),
        created_at: at(addDays(start, -30)),
        version: 1,
      });
      const elapsed = Math.min(1, Math.max(0, daysBetween(start, asOf) / daysBetween(start, end)));
      const pace = 0.75 + next() * 0.5; // spend against plan: some projects behind, some ahead
      const lineIds = new Map();
      const amounts = new Map(); // line key → year → { original, amount }
      LINES.forEach((l, k) => {
        const lineId = uid("line", pn * 100 + k);
        lineIds.set(l.key, lineId);
        const lineKr = Math.round(totalKr * l.share);
        const perYear = apportion(
          lineKr / 1000,
          years.map((y) => y.days),
        ).map((x) => x * 1000);
        amounts.set(l.key, new Map(years.map((y, i) => [y.year, { original: perYear[i] * 100, amount: perYear[i] * 100 }])));
        let driverQuantity = null;
        let rateOre = null;
        if (l.unit === "samtaler") {
          driverQuantity = Math.max(1, Math.round(count * 0.85));
          rateOre = Math.round((lineKr * 100) / driverQuantity);
        } else if (l.unit) {
          rateOre = l.rateKr * 100;
          driverQuantity = Math.max(1, Math.round(lineKr / l.rateKr));
        }
        t.budget_line.push({
          id: lineId,
          budget_id: budgetId,
          side: l.side,
          name: l.name,
          category: l.category,
          note: l.unit ? `Ca. ${driverQuantity} ${l.unit}` : null,
          sort_order: k,
          driver_unit: l.unit ?? null,
          driver_quantity: driverQuantity === null ? null : driverQuantity.toFixed(2),
          driver_unit_rate_ore: rateOre === null ? null : String(rateOre),
          activity_source: l.source ?? null,
          created_at: at(addDays(start, -30)),
          version: 1,
        });
        const spendOre = l.side === "INCOME" ? Math.round(lineKr * 100 * elapsed) : Math.round(lineKr * 100 * elapsed * pace * (0.85 + next() * 0.3));
        temp.bench_line.push({
          pn,
          k,
          key: l.key,
          id: lineId,
          side: l.side,
          source: l.source ?? null,
          rate_ore: rateOre,
          spend_ore: spendOre,
          text: POSTING_TEXT[l.key],
          weight: lineKr * elapsed,
          postings: 0,
        });
      });

      // Adjustments: small moves applied at once; a larger one waiting for the styregruppe (above 50.000 kr.).
      const firstYear = years[0].year;
      const changedLines = new Set();
      const move = (n, fromKey, toKey, kr, status, requestedOn, reason) => {
        const from = amounts.get(fromKey).get(firstYear);
        const to = amounts.get(toKey).get(firstYear);
        const delta = Math.min(kr * 100, Math.floor(from.amount / 2 / 100) * 100);
        // The API applies a move within 50.000 kr. at once and holds a larger one for the styregruppe.
        if (delta <= 0 || (status === "PENDING") !== delta > 5_000_000) return;
        const changeId = uid("change", pn * 10 + n);
        const applied = status === "APPLIED";
        t.budget_change.push({
          id: changeId,
          budget_id: budgetId,
          kind: "MOVE",
          status,
          requires_approval: delta > 5_000_000,
          reason,
          grant_text: null,
          requested_by: users.get("leder"),
          requested_at: at(requestedOn, "11:00:00"),
          decided_by: null,
          decided_at: null,
          decision_comment: null,
          version: 1,
        });
        for (const [k, line, d] of [
          [0, from, -delta],
          [1, to, delta],
        ]) {
          t.budget_change_entry.push({
            id: uid("change-entry", (pn * 10 + n) * 2 + k),
            change_id: changeId,
            budget_line_id: lineIds.get(k === 0 ? fromKey : toKey),
            year: firstYear,
            delta_ore: String(d),
            before_ore: applied ? String(line.amount) : null,
            after_ore: applied ? String(line.amount + d) : null,
          });
          if (applied) {
            line.amount += d;
            changedLines.add(lineIds.get(k === 0 ? fromKey : toKey));
          }
        }
      };
      if (next() < 0.4)
        move(1, "andre", "mentor", between(10, 45) * 1000, "APPLIED", addDays(start, between(60, 200)), "Flere borgere har brug for social mentor end ventet");
      if (next() < 0.2 && status === "ACTIVE")
        move(2, "kompetence", "praktik", between(55, 150) * 1000, "PENDING", addDays(asOf, -between(1, 20)), "Flere praktikforløb kræver mentorstøtte");
      // A quarter of the running projects have a larger move waiting for the styregruppe. Drawn from the project's
      // own generator, so the main sequence, and every other row with it, stays as it was when the national-scale
      // figures in the README were measured.
      const own = jsRandom(seed * 7919 + pn);
      if (status === "ACTIVE" && own() < 0.25) {
        const kr = (55 + Math.floor(own() * 96)) * 1000;
        move(
          3,
          "tovholder",
          "praktik",
          kr,
          "PENDING",
          addDays(asOf, -1 - Math.floor(own() * 20)),
          "Flere i virksomhedspraktik end budgetteret: mentorstøtten flyttes fra tovholderlinjen",
        );
      }
      LINES.forEach((l) => {
        for (const [year, a] of amounts.get(l.key)) {
          t.budget_line_amount.push({ budget_line_id: lineIds.get(l.key), year, amount_ore: String(a.amount), original_amount_ore: String(a.original) });
        }
      });
      // Applying a change bumps the lines' versions, as the API does.
      for (const row of t.budget_line) if (changedLines.has(row.id)) row.version = 2;

      const poolId = uid("pool", pn);
      const poolKr = Math.round(totalKr * 0.05);
      t.competence_pool.push({
        id: poolId,
        project_id: projectId,
        name: "Kompetenceudvikling",
        amount_ore: String(poolKr * 100),
        description: "Til teamet og jobcentrets medarbejdere.",
        created_at: at(addDays(start, -30)),
        version: 1,
      });
      [
        ["Spørgeteknikker til den indledende samtale", "Tovholdere og jobcentermedarbejdere", addDays(start, 20)],
        ["Sundhedspædagogik og kommunikation", "Tværfagligt team", addDays(start, 120)],
        ["Videndeling i teamet", "Tværfagligt team", addMonths(start, Math.floor(months / 2))],
      ].forEach(([aName, group, date], k) => {
        const planned = Math.round(poolKr / 3);
        const held = date <= asOf;
        t.competence_activity.push({
          id: uid("competence", pn * 10 + k),
          pool_id: poolId,
          name: aName,
          target_group: group,
          planned_cost_ore: String(planned * 100),
          planned_participants: between(8, 25),
          planned_date: date,
          status: held ? "HELD" : "PLANNED",
          actual_participants: held ? between(6, 25) : null,
          actual_cost_ore: held ? String(Math.round(planned * (0.85 + next() * 0.25)) * 100) : null,
          version: 1,
        });
      });

      TEAM.forEach((m, slot) => {
        const id = uid("member", pn * 10 + slot + 1);
        const budgetLineId = m.line ? lineIds.get(m.line) : null;
        t.team_member.push({
          id,
          project_id: projectId,
          name: m.name,
          title: m.title,
          competence: m.competence,
          ad_hoc: m.adHoc,
          user_id: null,
          budget_line_id: budgetLineId,
        });
        temp.bench_member.push({ pn, slot: slot + 1, id, name: m.name, core: Boolean(m.core), attends: m.attends ?? 1, budget_line_id: budgetLineId });
      });
      CATALOGUE.forEach((c, k) => {
        const id = uid("intervention", pn * 100 + k + 1);
        const budgetLineId = c.line ? lineIds.get(c.line) : null;
        t.intervention.push({
          id,
          project_id: projectId,
          name: c.name,
          area: c.area,
          supplier: c.supplier,
          unit: c.unit,
          unit_cost_ore: c.costKr ? String(c.costKr * 100) : null,
          profiles: c.profiles,
          active: true,
          budget_line_id: budgetLineId,
          version: 1,
        });
        temp.bench_intervention.push({
          pn,
          idx: k + 1,
          id,
          name: c.name,
          supplier: c.supplier,
          unit: c.unit,
          budget_line_id: budgetLineId,
          job_aim: c.area === "EMPLOYMENT",
        });
      });

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
