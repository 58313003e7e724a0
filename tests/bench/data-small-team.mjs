// A bench project's competence pool with its activities, its team and its catalogue of interventions
// (bench/data-small.mjs).
import { CATALOGUE, TEAM } from "./data-catalogue.mjs";
import { addDays, addMonths, at } from "./data-dates.mjs";

/** The pool (5 % of the budget's `totalKr`), the team and the catalogue of the project `p`; `ctx` as in bench/data-small.mjs. */
export function addPoolAndTeam(ctx, { pn, projectId, start, months }, { totalKr, lineIds }) {
  const { t, temp, next, uid, between, asOf } = ctx;
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
      project_id: projectId,
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
}
