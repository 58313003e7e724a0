// The styregruppe's screens at national scale (issue #6): the project dashboard and the portfolio on the data of
// `npm run bench:data`, p50/p95 over repeated requests and SQL statements per request, side by side with a
// hand-written SQL query that computes the same numbers directly (the floor). Prints figures; asserts nothing.
//
//   node bench/steering.mjs            uses DATABASE_URL, or the embedded PostgreSQL in .data/bench-pg
//   (also run at the end of `npm run bench` when the bench data are there)
import { createLogger, startServer } from "@overblik/api";
import { openDatabase, startEmbeddedPostgres } from "@overblik/db";
import { discloseCount, discloseFunnel, reportingDate } from "@overblik/domain";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { quantile, timeCalls } from "./timing.mjs";
import pg from "pg";
/** The bench users' password (bench/data-small.mjs creates them). */
const BENCH_PASSWORD = "overblik-bench";

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 60);
const DATABASE = "overblik_bench";

const DASHBOARD = `query D($p: ID!, $asOf: String) { project(id: $p) { dashboard(asOf: $asOf) {
  asOf progress { rag reason } spend { rag reason } funnel { key count display percentOfTarget } outcomes { key count display }
  baselineDate coloursAtBaseline { key count display } coloursNow { key count display } stagesAtBaseline { key count display } stagesNow { key count display }
  pace { weeks { week done cumulative required } averagePerWeek requiredPerWeek projectedFinish }
  goals { indicator count display } milestones { name status }
  followUp { expense { original corrected spent forecast deviation rag ragReason } lines { lineId spent spentPercent activityPercent rag } }
  pools { name amount used } costs { key display } pendingDecisions { id } warnings } } }`;
const PORTFOLIO = `query P($asOf: String) { portfolio(asOf: $asOf) { projects { code progress { rag reason } spend { rag reason } participantsDisplay conversationsHeldDisplay jobOrEducationDisplay corrected spent forecast pendingDecisions } } }`;

/**
 * The floor for the dashboard: every number it shows, straight from the tables in one statement, written by
 * hand: per participant and date (the date asked for, and the baseline, when every citizen had a colour) the
 * colour from its history and the events up to the date, hence the funnel, colours, stages (the tovholder's
 * rules) and outcomes; the goals' indicators; spend and activity per line; held conversations per ISO week;
 * milestones, pools and pending decisions; the target-group checks behind the data-quality warnings.
 * The bench compares its counts with the API's answer before timing either.
 */
const FLOOR_DASHBOARD = `
  WITH dates AS (
    SELECT 'NOW' AS at, $2::date AS day
    UNION ALL
    SELECT 'BASE', base FROM (
      SELECT max(first)::date AS base FROM (
        SELECT min(c.changed_at) AS first FROM participant_colour_change c JOIN participant p ON p.id = c.participant_id
         WHERE p.project_id = $1 GROUP BY c.participant_id) f) b
     WHERE base <= $2::date),
  facts AS (
    SELECT d.at, d.day, p.id, p.keep_in_team_queue AS keep, p.colour AS current, p.enrolment_date <= d.day AS enrolled,
           COALESCE((SELECT c.to_colour FROM participant_colour_change c WHERE c.participant_id = p.id AND c.changed_at < d.day + 1
                      ORDER BY c.changed_at DESC LIMIT 1),
                    CASE WHEN NOT EXISTS (SELECT 1 FROM participant_colour_change c WHERE c.participant_id = p.id) THEN p.colour END) AS colour,
           EXISTS (SELECT 1 FROM conversation c WHERE c.participant_id = p.id AND c.status = 'HELD' AND c.held_date <= d.day) AS held,
           EXISTS (SELECT 1 FROM conversation c WHERE c.participant_id = p.id AND c.created_at < d.day + 1 AND (c.status = 'SCHEDULED'
                     OR (c.status = 'HELD' AND c.held_date > d.day) OR (c.status IN ('NO_SHOW', 'CANCELLED') AND c.scheduled_date > d.day))) AS booked,
           EXISTS (SELECT 1 FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id
                    WHERE a.participant_id = p.id AND m.status = 'HELD' AND m.meeting_date <= d.day) AS met,
           EXISTS (SELECT 1 FROM agenda_item a JOIN team_meeting m ON m.id = a.meeting_id WHERE a.participant_id = p.id AND m.meeting_date <= d.day + 14) AS agenda,
           EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.created_at < d.day + 1) AS planned,
           EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.created_at < d.day + 1 AND i.start_month <= d.day AND i.status <> 'PLANNED') AS intervention,
           (SELECT o.kind FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= d.day ORDER BY o.outcome_date DESC, o.created_at DESC LIMIT 1) AS last_outcome,
           (SELECT bool_and(o.kind = 'REMATCHED_2') FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= d.day) AS only_rematched,
           EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.outcome_date <= d.day AND o.kind IN ('JOB', 'EDUCATION')) AS job_edu,
           d.at = 'NOW' AND EXISTS (SELECT 1 FROM action_plan_item i WHERE i.participant_id = p.id AND i.job_or_education_aim AND i.created_at < d.day + 1) AS job_aim,
           d.at = 'NOW' AND EXISTS (SELECT 1 FROM action_plan_item i JOIN intervention v ON v.id = i.intervention_id WHERE i.participant_id = p.id
                                      AND v.name ILIKE '%virksomhedspraktik%' AND i.status IN ('IN_PROGRESS', 'COMPLETED') AND i.start_month <= d.day) AS placement,
           d.at = 'NOW' AND EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.kind = 'REMATCHED_2' AND o.outcome_date <= d.day) AS rematched
      FROM dates d JOIN participant p ON p.project_id = $1),
  staged AS (
    SELECT *, CASE WHEN last_outcome IS NOT NULL AND NOT (keep AND only_rematched) THEN 'OUTCOME' WHEN colour = 'ROED' THEN 'OUT'
                   WHEN colour IS NULL THEN 'NOT_SCREENED' WHEN planned THEN 'ACTION_PLAN' WHEN agenda THEN 'AT_TEAM'
                   WHEN held THEN 'CONVERSATION_HELD' WHEN booked THEN 'CONVERSATION_SCHEDULED' ELSE 'SCREENED' END AS stage
      FROM facts WHERE enrolled),
  -- How far each citizen has come (packages/domain's funnelReach): a step counts the citizens who reached it or a later one.
  reach AS (
    SELECT at, CASE WHEN colour IS NULL THEN 0 WHEN colour = 'ROED' THEN 1 WHEN job_edu THEN 7 WHEN last_outcome IS NOT NULL THEN 6
                    WHEN intervention THEN 5 WHEN planned THEN 4 WHEN met THEN 3 WHEN held THEN 2 ELSE 1 END AS r
      FROM staged),
  funnel AS (
    SELECT at, count(*) AS "TARGET", count(*) FILTER (WHERE r >= 1) AS "SCREENED", count(*) FILTER (WHERE r >= 2) AS "CONVERSATION_HELD",
           count(*) FILTER (WHERE r >= 3) AS "TEAM_MEETING", count(*) FILTER (WHERE r >= 4) AS "ACTION_PLAN",
           count(*) FILTER (WHERE r >= 5) AS "INTERVENTION", count(*) FILTER (WHERE r >= 6) AS "OUTCOME", count(*) FILTER (WHERE r >= 7) AS "JOB_OR_EDUCATION"
      FROM reach GROUP BY at),
  colours AS (SELECT at, COALESCE(colour, 'NONE') AS key, count(*) AS n FROM staged GROUP BY 1, 2),
  stages AS (SELECT at, stage AS key, count(*) AS n FROM staged GROUP BY 1, 2),
  outcomes AS (SELECT last_outcome AS key, count(*) AS n FROM staged WHERE at = 'NOW' AND last_outcome IS NOT NULL GROUP BY 1),
  goals AS (
    SELECT count(*) FILTER (WHERE current IS NULL OR current <> 'ROED') AS "DENOMINATOR", count(*) FILTER (WHERE job_aim) AS "ACTION_PLAN_JOB_AIM",
           count(*) FILTER (WHERE placement) AS "COMPANY_PLACEMENT", count(*) FILTER (WHERE job_edu) AS "JOB_OR_EDUCATION",
           count(*) FILTER (WHERE rematched) AS "REMATCHED" FROM facts WHERE at = 'NOW'),
  lines AS (
    SELECT l.id, l.side, (SELECT sum(a.amount_ore) FROM budget_line_amount a WHERE a.budget_line_id = l.id) AS corrected,
           (SELECT sum(p.amount_ore) FROM budget_posting p WHERE p.budget_line_id = l.id AND p.posting_date <= $2) AS spent,
           (SELECT sum(e.quantity) FROM activity_entry e WHERE e.budget_line_id = l.id AND e.activity_date <= $2) AS delivered
      FROM budget_line l JOIN budget b ON b.id = l.budget_id WHERE b.project_id = $1),
  weeks AS (SELECT date_trunc('week', held_date) AS w, count(*) AS n FROM conversation WHERE project_id = $1 AND status = 'HELD' AND held_date <= $2 GROUP BY 1)
  SELECT json_build_object(
    'funnel', (SELECT json_agg(funnel) FROM funnel), 'colours', (SELECT json_agg(colours) FROM colours), 'stages', (SELECT json_agg(stages) FROM stages),
    'outcomes', (SELECT json_agg(outcomes) FROM outcomes), 'goals', (SELECT row_to_json(goals) FROM goals),
    'lines', (SELECT json_agg(lines) FROM lines), 'weeks', (SELECT json_agg(weeks ORDER BY w) FROM weeks),
    'milestones', (SELECT json_agg(m) FROM milestone m WHERE m.project_id = $1),
    'pools', (SELECT json_agg(json_build_object('id', p.id, 'used', (SELECT sum(actual_cost_ore) FROM competence_activity a WHERE a.pool_id = p.id AND a.status = 'HELD'))) FROM competence_pool p WHERE p.project_id = $1),
    'pending', (SELECT count(*) FROM budget_change c JOIN budget b ON b.id = c.budget_id WHERE b.project_id = $1 AND c.status = 'PENDING'),
    'target_group', (SELECT json_build_object('rows', count(*), 'unknown_origin', count(*) FILTER (WHERE origin IS NULL)) FROM participant WHERE project_id = $1)) AS result`;

/**
 * The floor's counts against the API's answer as the styregruppe sees it: the floor's exact counts (as of the
 * reporting date) through packages/domain's disclosure functions, the same that the API uses ("<5" cells compare
 * as null): the floor must compute the same numbers, or its time says nothing.
 */
function sameNumbers(api, floor) {
  const differences = [];
  let compared = 0;
  const check = (what, shown, expected) => {
    for (const cell of shown) {
      compared++;
      const want = expected(cell.key);
      if ((cell.count ?? null) !== want) differences.push(`${what} ${cell.key}: API ${cell.count}, gulv ${want}`);
    }
  };
  const rounded = (exact) => (key) => discloseCount(Number(exact(key) ?? 0)).count;
  const funnelAt = (at) => floor.funnel?.find((f) => f.at === at) ?? {};
  const byKey = (rows, at) => (key) => rows?.find((r) => (at === undefined || r.at === at) && r.key === key)?.n;
  const counts = (rows, at, keys) => keys.map((k) => Number(byKey(rows, at)(k) ?? 0));
  const colourKeys = api.coloursNow.map((c) => c.key);
  const funnel = discloseFunnel(
    api.funnel.map((f) => ({ key: f.key, count: Number(funnelAt("NOW")[f.key] ?? 0) })),
    true,
    {
      TARGET: [
        counts(floor.colours, "NOW", colourKeys),
        counts(
          floor.stages,
          "NOW",
          api.stagesNow.map((c) => c.key),
        ),
      ],
      SCREENED: [
        counts(
          floor.colours,
          "NOW",
          colourKeys.filter((k) => k !== "NONE"),
        ),
      ],
      OUTCOME: [
        counts(
          floor.outcomes,
          undefined,
          api.outcomes.map((c) => c.key),
        ),
      ],
    },
  );
  check("tragt", api.funnel, (k) => funnel.find((f) => f.key === k)?.shown ?? null);
  check("farver nu", api.coloursNow, rounded(byKey(floor.colours, "NOW")));
  check("faser nu", api.stagesNow, rounded(byKey(floor.stages, "NOW")));
  check("farver ved baseline", api.coloursAtBaseline, rounded(byKey(floor.colours, "BASE")));
  check("faser ved baseline", api.stagesAtBaseline, rounded(byKey(floor.stages, "BASE")));
  check("resultater", api.outcomes, rounded(byKey(floor.outcomes)));
  check(
    "mål",
    api.goals.map((g) => ({ key: g.indicator, count: g.count })),
    rounded((k) => floor.goals?.[k]),
  );
  return { differences, compared };
}

/**
 * The floor for the portfolio: per project the counts (participants, in the flow, citizens with a held
 * conversation and the events, job or education, pending decisions) as grouped aggregates, the flow plan behind
 * the pace, and per line of the main budget (the first approved) the corrected budget, spend and activity from
 * the per-line covering indexes, in one statement.
 */
const FLOOR_PORTFOLIO = `
  WITH ids AS (SELECT unnest($1::uuid[]) AS id),
       participants AS (SELECT project_id, count(*) FILTER (WHERE enrolment_date <= $2) AS n, count(*) FILTER (WHERE colour IS NULL OR colour <> 'ROED') AS in_flow
                          FROM participant WHERE project_id IN (SELECT id FROM ids) GROUP BY 1),
       held AS (SELECT project_id, count(DISTINCT participant_id) AS n, count(*) AS events, max(held_date) AS last FROM conversation
                 WHERE project_id IN (SELECT id FROM ids) AND status = 'HELD' AND held_date <= $2 GROUP BY 1),
       job_edu AS (SELECT p.project_id, count(DISTINCT o.participant_id) AS n FROM outcome o JOIN participant p ON p.id = o.participant_id
                    WHERE p.project_id IN (SELECT id FROM ids) AND o.kind IN ('JOB', 'EDUCATION') AND o.outcome_date <= $2 GROUP BY 1),
       pending AS (SELECT b.project_id, count(*) AS n FROM budget_change c JOIN budget b ON b.id = c.budget_id
                    WHERE b.project_id IN (SELECT id FROM ids) AND c.status = 'PENDING' GROUP BY 1)
  SELECT ids.id, participants.n, participants.in_flow, held.n, held.events, held.last, job_edu.n, pending.n,
         f.conversation_start, f.conversation_end, f.team_start, f.team_end,
         (SELECT json_agg(json_build_object('line', l.id, 'side', l.side,
                   'corrected', (SELECT sum(a.amount_ore) FROM budget_line_amount a WHERE a.budget_line_id = l.id),
                   'spent', (SELECT sum(p.amount_ore) FROM budget_posting p WHERE p.budget_line_id = l.id AND p.posting_date <= $2),
                   'delivered', (SELECT sum(e.quantity) FROM activity_entry e WHERE e.budget_line_id = l.id AND e.activity_date <= $2)))
            FROM budget_line l
           WHERE l.budget_id = (SELECT b.id FROM budget b WHERE b.project_id = ids.id ORDER BY b.approved_at IS NULL, b.start_year, b.name, b.id LIMIT 1)) AS lines
    FROM ids LEFT JOIN participants ON participants.project_id = ids.id LEFT JOIN held ON held.project_id = ids.id
    LEFT JOIN job_edu ON job_edu.project_id = ids.id LEFT JOIN pending ON pending.project_id = ids.id
    LEFT JOIN project_flow_plan f ON f.project_id = ids.id`;

function quantiles(sorted) {
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
}

async function measure(fn, counter) {
  let before = 0;
  const times = await timeCalls(fn, ITERATIONS, 5, () => {
    before = counter ? counter.n : 0;
  });
  return { ...quantiles(times), statements: counter ? (counter.n - before) / ITERATIONS : 1 };
}

export async function benchSteering({ url }) {
  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  let marker;
  try {
    marker = (await probe.query(`SELECT value FROM system_setting WHERE key = 'bench_data'`).catch(() => ({ rows: [] }))).rows[0];
  } finally {
    await probe.end();
  }
  if (!marker) {
    console.log(`Styregruppens skærme i national skala: ingen bench-data. Kør "npm run bench:data" først.`);
    return;
  }
  const { asOf } = JSON.parse(marker.value);
  const counter = { n: 0 };
  const dataSource = await openDatabase({ url, onQuery: () => counter.n++ });
  const server = await startServer(
    {
      dataSource,
      logger: createLogger("silent"),
      sessionSecret: "bench-secret-bench-secret-bench-secret!",
      personalDataKeys: { encryptionKey: Buffer.alloc(32, 1), lookupKey: Buffer.alloc(32, 2) },
      loginAttemptsPerMinute: 10_000,
      // Back-to-back dashboards as one user: the fair share (README, Sikkerhed) would refuse that by design.
      fairShareCostPerMinute: 10_000_000,
      fairShareMaxInFlight: 10_000,
      // No background worker: its polls of the job table would be counted as the screens' statements (run.mjs).
      jobs: { enabled: false },
    },
    0,
  );
  const floor = new pg.Client({ connectionString: url });
  await floor.connect();
  try {
    const post = async (query, variables, token) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      return body.data;
    };
    const { login } = await post(`mutation L($input: LoginInput!) { login(input: $input) { token } }`, {
      input: { email: "styregruppe@overblik.bench", password: BENCH_PASSWORD },
    });
    const token = login.token;
    // A project of median size.
    const { rows } = await floor.query(
      `SELECT p.id, p.code, count(x.id)::int AS n FROM project p JOIN participant x ON x.project_id = p.id GROUP BY p.id ORDER BY n, p.code`,
    );
    const project = rows[Math.floor(rows.length / 2)];
    const { rows: totals } = await floor.query(
      `SELECT (SELECT count(*) FROM participant)::int AS participants, (SELECT count(*) FROM project)::int AS projects`,
    );
    const steered = (await post(PORTFOLIO, { asOf }, token)).portfolio.projects.length;
    console.log(
      `\nStyregruppens skærme i national skala (${totals[0].participants.toLocaleString("da-DK")} borgere, ${totals[0].projects} projekter, dato ${asOf}); ` +
        `${ITERATIONS} kald hver, én klient\n  Projektets overblik: ${project.code} med ${project.n} borgere; porteføljen: ${steered} projekter\n`,
    );

    const line = (name, api, sql) =>
      console.log(
        `${name.padEnd(22)} API p50 ${api.p50.toFixed(1).padStart(7)} ms  p95 ${api.p95.toFixed(1).padStart(7)} ms  SQL-sætninger pr. kald ${api.statements.toFixed(1).padStart(5)}   ` +
          `SQL-gulv p50 ${sql.p50.toFixed(1).padStart(7)} ms  p95 ${sql.p95.toFixed(1).padStart(7)} ms   forhold (p50) ${(api.p50 / sql.p50).toFixed(2)}×`,
      );
    const answer = (await post(DASHBOARD, { p: project.id, asOf }, token)).project.dashboard;
    // The styregruppe's figures are those of the reporting date (packages/domain's disclosure.ts).
    const floorAnswer = (await floor.query(FLOOR_DASHBOARD, [project.id, reportingDate(asOf)])).rows[0].result;
    const { differences, compared } = sameNumbers(answer, floorAnswer);
    if (differences.length > 0 || compared < 20) throw new Error(`SQL-gulvet og API'et giver ikke de samme tal:\n${differences.join("\n")}`);
    console.log(
      `  SQL-gulvet giver API'ets tal (${compared} tal sammenlignet: tragt, farver og faser nu og ved baseline ${answer.baselineDate}, resultater, mål).`,
    );
    const dashApi = await measure(() => post(DASHBOARD, { p: project.id, asOf }, token), counter);
    const dashSql = await measure(() => floor.query(FLOOR_DASHBOARD, [project.id, reportingDate(asOf)]));
    line("projektets overblik", dashApi, dashSql);
    const ids = (
      await floor.query(`SELECT project_id FROM project_membership m JOIN app_user u ON u.id = m.user_id WHERE u.email = 'styregruppe@overblik.bench'`)
    ).rows.map((r) => r.project_id);
    const portApi = await measure(() => post(PORTFOLIO, { asOf }, token), counter);
    const portSql = await measure(() => floor.query(FLOOR_PORTFOLIO, [ids, asOf]));
    line("porteføljen", portApi, portSql);
    // The statement count must not grow with the project's size: the smallest and the largest project.
    for (const p of [rows[0], rows[rows.length - 1]]) {
      const before = counter.n;
      await post(DASHBOARD, { p: p.id, asOf }, token);
      console.log(`  overblik for ${p.code} (${p.n} borgere): ${counter.n - before} SQL-sætninger`);
    }
  } finally {
    await floor.end();
    await server.close();
    await dataSource.destroy();
  }
}

// Standalone: `node bench/steering.mjs`.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let embedded;
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      const dataDir = join(fileURLToPath(new URL("../../", import.meta.url)), ".data", "bench-pg");
      if (!existsSync(join(dataDir, "PG_VERSION"))) {
        console.log(`Ingen bench-data i ${dataDir}. Kør "npm run bench:data" først.`);
        process.exit(0);
      }
      embedded = await startEmbeddedPostgres({ dataDir, persistent: true });
      url = embedded.urlFor(DATABASE);
    }
    await benchSteering({ url });
  } finally {
    await embedded?.stop();
  }
}
