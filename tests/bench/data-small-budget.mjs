// A bench project's budget (bench/data-small.mjs): its lines with drivers and amounts per year, the spend the
// SQL steps post against each line, and its adjustments (moves applied at once or waiting for the styregruppe).
import { LINES, POSTING_TEXT } from "./data-catalogue.mjs";
import { addDays, at, daysBetween } from "./data-dates.mjs";
import { apportion } from "./data-apportion.mjs";
import { jsRandom } from "./data-sql.mjs";

/** The budget of the project `p` with `count` citizens; `ctx` as in bench/data-small.mjs. */
export function addBudget(ctx, { pn, projectId, start, months, end, status }, count) {
  const { t, temp, next, uid, between, users, asOf, seed } = ctx;
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
      project_id: projectId,
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
      project_id: projectId,
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
        project_id: projectId,
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
      t.budget_line_amount.push({
        budget_line_id: lineIds.get(l.key),
        project_id: projectId,
        year,
        amount_ore: String(a.amount),
        original_amount_ore: String(a.original),
      });
    }
  });
  // Applying a change bumps the lines' versions, as the API does.
  for (const row of t.budget_line) if (changedLines.has(row.id)) row.version = 2;
  return { budgetId, lineIds, totalKr };
}
