// The big tables of the bench data, set-based in SQL: citizens with their colour history, the flow
// (conversations, preparation forms, team meetings with agendas and attendance, action plans, alerts,
// outcomes), activity fed by the flow as the API feeds it, and postings.
//
// Working tables are TEMPORARY (ON COMMIT DROP): the project's schema is untouched. Every random choice is
// a hash of the row's key (data-sql.mjs), so a seed always gives the same rows.
import { sqlRandom } from "./data-sql.mjs";

/** Share of plan alerts among the plan items and alerts (the rest of the 2.000.000 events are plan items). */
const ALERT_SHARE = 0.045;

export async function createWorkTables(client) {
  await client.query(`
    CREATE TEMP TABLE bench_project (pn int PRIMARY KEY, id uuid, code text, municipality text, trial boolean, start_date date, end_date date,
      conv_start date, conv_end date, team_start date, team_end date, max_items int, minutes_per_item int, participants int, first_n int,
      budget_id uuid) ON COMMIT DROP;
    CREATE TEMP TABLE bench_member (pn int, slot int, id uuid, name text, core boolean, attends float8, budget_line_id uuid) ON COMMIT DROP;
    CREATE TEMP TABLE bench_intervention (pn int, idx int, id uuid, name text, supplier text, unit text, budget_line_id uuid, job_aim boolean,
      PRIMARY KEY (pn, idx)) ON COMMIT DROP;
    CREATE TEMP TABLE bench_line (pn int, k int, key text, id uuid, side text, source text, rate_ore bigint, spend_ore bigint, text text,
      postings int) ON COMMIT DROP;
  `);
}

/**
 * The steps after the small tables, in order. Each returns { table: rows inserted }.
 * `targetEvents` flow events in all: conversations, preparation forms, agenda items, meeting attendance,
 * action-plan items, plan alerts and outcomes; the plan items take up the difference, so the sum is exact.
 */
export function flowSteps({ seed, asOf, targetEvents, leaderId }) {
  const { u, int, uid } = sqlRandom(seed);
  const AS_OF = `DATE '${asOf}'`;
  const LEADER = `'${leaderId}'::uuid`;
  const weekday = (d) => `((${d}) + CASE extract(isodow FROM (${d})) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)`;
  const pick = (values, key, stream, spread = values.length) =>
    `(ARRAY[${values.map((v) => `'${v}'`).join(", ")}]::text[])[1 + floor(${u(key, stream)} * ${spread})::int]`;
  const known = {}; // rows so far per event table, for the exact total
  const q = async (client, sql) => (await client.query(sql)).rowCount ?? 0;

  return [
    {
      name: "borgere og farvehistorik",
      async run(client) {
        await client.query(`
          CREATE TEMP TABLE bj ON COMMIT DROP AS
          WITH base AS (
            SELECT p.pn, p.first_n + s.i AS n, s.i AS seq, p.trial, p.start_date, p.conv_end
              FROM bench_project p CROSS JOIN LATERAL generate_series(1, p.participants) s(i)
          )
          SELECT b.pn, b.n, b.seq, ${uid("participant", "b.n")} AS id,
                 CASE WHEN ${u("b.n", 1)} < 0.6 THEN b.start_date + ${int("b.n", 2, 0, 13)}
                      ELSE b.start_date + floor(${u("b.n", 3)} * greatest(1, least(b.conv_end, ${AS_OF}) - b.start_date))::int END AS enrol,
                 CASE WHEN ${u("b.n", 4)} < 0.40 THEN 'GROEN' WHEN ${u("b.n", 4)} < 0.82 THEN 'ORANGE'
                      WHEN ${u("b.n", 4)} < 0.91 THEN 'ROED' ELSE 'BLAA' END AS colour0,
                 CASE WHEN b.trial THEN CASE WHEN ${u("b.n", 5)} < 0.5 THEN 'CONTROL' ELSE 'INTERVENTION' END END AS study_group
            FROM base b;
          ALTER TABLE bj ADD PRIMARY KEY (n);
          ANALYZE bj;
        `);
        // No names and no CPR numbers (as the demo data): the bench holds no real person.
        const participant = await q(
          client,
          `INSERT INTO participant (id, project_id, code, municipality, gender, birth_year, origin, months_on_benefit, match_group,
                  enrolment_date, colour, caseworker_id, profiles, motivation, case_focus, study_group, keep_in_team_queue,
                  name_encrypted, cpr_encrypted, cpr_hmac, created_at, version)
           SELECT j.id, p.id, p.code || '-' || lpad(j.seq::text, 5, '0'), p.municipality,
                  CASE WHEN ${u("j.n", 10)} < 0.52 THEN 'M' ELSE 'K' END,
                  extract(year FROM j.enrol)::int - (18 + floor(power(${u("j.n", 11)}, 1.15) * 47)::int),
                  CASE WHEN ${u("j.n", 12)} < 0.62 THEN 'DANISH' WHEN ${u("j.n", 12)} < 0.82 THEN 'IMMIGRANT_NON_WESTERN'
                       WHEN ${u("j.n", 12)} < 0.90 THEN 'DESCENDANT_NON_WESTERN' WHEN ${u("j.n", 12)} < 0.95 THEN 'OTHER' END,
                  3 + floor(power(${u("j.n", 13)}, 2) * 84)::int,
                  CASE WHEN ${u("j.n", 14)} < 0.9 THEN 3 ELSE 2 END,
                  j.enrol, j.colour0, NULL,
                  array_remove(ARRAY[
                    CASE WHEN ${u("j.n", 15)} < 0.25 THEN 'MAYBE_SUITED' END, CASE WHEN ${u("j.n", 16)} < 0.15 THEN 'PHYSICALLY_ILL' END,
                    CASE WHEN ${u("j.n", 17)} < 0.12 THEN 'SUBSTANCE_ABUSE' END, CASE WHEN ${u("j.n", 18)} < 0.15 THEN 'DIFFUSE_MENTAL' END,
                    CASE WHEN ${u("j.n", 19)} < 0.08 THEN 'DIAGNOSED_MENTAL' END, CASE WHEN ${u("j.n", 20)} < 0.05 THEN 'MENTAL_WITH_ABUSE' END
                  ]::text[], NULL),
                  ${pick(["OVERCOMES_BARRIERS", "MOTIVATED_WORK", "MOTIVATED_EDUCATION", "NOT_MOTIVATED", "WISHES_PENSION", "NOT_STATED"], "j.n", 21, 8)},
                  ${pick(["LABOUR_MARKET", "UPSKILLING", "SUPPORT_ARRANGEMENT", "ACTIVATION", "PHYSICAL_TREATMENT", "MENTAL_TREATMENT", "ABUSE_TREATMENT", "LEAVE_IN_PEACE", "PENSION_CASE"], "j.n", 22, 12)},
                  j.study_group, false, NULL, NULL, NULL, (j.enrol + time '09:00') AT TIME ZONE 'UTC', 1
             FROM bj j JOIN bench_project p USING (pn)
            ORDER BY j.enrol, j.n`,
        );
        const colours = await q(
          client,
          `INSERT INTO participant_colour_change (id, participant_id, from_colour, to_colour, reason, changed_by, changed_at)
           SELECT ${uid("colour", "j.n * 4")}, j.id, NULL, j.colour0, 'Screening ved optagelse i projektet', ${LEADER},
                  (j.enrol + time '09:00') AT TIME ZONE 'UTC'
             FROM bj j ORDER BY j.enrol, j.n`,
        );
        return { participant, participant_colour_change: colours };
      },
    },
    {
      name: "indledende samtaler",
      async run(client) {
        // Grøn with the JC caseworker, orange and blå with a tovholder, rød none; the control group gets the
        // ordinary service (no project flow). Booked two weeks ahead; a missed one gets a new one with a tovholder.
        await client.query(`
          CREATE TEMP TABLE bc ON COMMIT DROP AS
          WITH c1 AS (
            SELECT j.n, j.pn, j.id, j.colour0, j.enrol, ${weekday(`j.enrol + ${int("j.n", 30, 7, 35)}`)} AS d1
              FROM bj j WHERE j.colour0 <> 'ROED' AND j.study_group IS DISTINCT FROM 'CONTROL'
          ), c2 AS (
            SELECT c1.*, CASE WHEN d1 > ${AS_OF} THEN 'SCHEDULED' WHEN ${u("n", 31)} < 0.09 THEN 'NO_SHOW'
                              WHEN ${u("n", 31)} < 0.12 THEN 'CANCELLED' ELSE 'HELD' END AS s1
              FROM c1 WHERE d1 - 14 <= ${AS_OF}
          ), c3 AS (
            SELECT c2.*, CASE WHEN s1 IN ('NO_SHOW', 'CANCELLED') THEN ${weekday("d1 + CASE s1 WHEN 'NO_SHOW' THEN 7 ELSE 14 END")} END AS d2 FROM c2
          )
          SELECT c3.*, CASE WHEN d2 IS NULL THEN NULL WHEN d2 > ${AS_OF} THEN 'SCHEDULED' WHEN ${u("n", 32)} < 0.1 THEN 'NO_SHOW' ELSE 'HELD' END AS s2
            FROM c3;
          ALTER TABLE bj ADD COLUMN held date, ADD COLUMN colour1 text, ADD COLUMN team boolean NOT NULL DEFAULT false;
          UPDATE bj SET held = CASE WHEN bc.s1 = 'HELD' THEN bc.d1 WHEN bc.s2 = 'HELD' THEN bc.d2 END,
                        colour1 = CASE WHEN bc.colour0 = 'GROEN' AND bc.s1 = 'NO_SHOW' THEN 'ORANGE' ELSE bc.colour0 END
            FROM bc WHERE bc.n = bj.n;
          UPDATE bj SET colour1 = colour0 WHERE colour1 IS NULL;
          -- The team takes the orange citizens (and some blå) once their conversation is held.
          UPDATE bj SET team = true WHERE held IS NOT NULL AND (colour1 = 'ORANGE' OR (colour1 = 'BLAA' AND ${u("n", 40)} < 0.5));
          ANALYZE bj; ANALYZE bc;
        `);
        const conversation = await q(
          client,
          `INSERT INTO conversation (id, project_id, participant_id, holder_kind, holder_id, scheduled_date, status, held_date, created_at, version)
           SELECT id, project_id, participant_id, holder_kind, NULL, scheduled_date, status, held_date, created_at, version FROM (
             SELECT ${uid("conversation", "c.n * 4 + 1")} AS id, p.id AS project_id, c.id AS participant_id,
                    CASE c.colour0 WHEN 'GROEN' THEN 'JC_CASEWORKER' ELSE 'TOVHOLDER' END AS holder_kind,
                    c.d1 AS scheduled_date, c.s1 AS status, CASE WHEN c.s1 = 'HELD' THEN c.d1 END AS held_date,
                    (greatest(c.enrol, c.d1 - 14) + time '09:00') AT TIME ZONE 'UTC' AS created_at,
                    CASE c.s1 WHEN 'SCHEDULED' THEN 1 ELSE 2 END AS version, c.n * 4 + 1 AS k
               FROM bc c JOIN bench_project p USING (pn)
             UNION ALL
             SELECT ${uid("conversation", "c.n * 4 + 2")}, p.id, c.id, 'TOVHOLDER', c.d2, c.s2, CASE WHEN c.s2 = 'HELD' THEN c.d2 END,
                    (c.d1 + time '15:00') AT TIME ZONE 'UTC', CASE c.s2 WHEN 'SCHEDULED' THEN 1 ELSE 2 END, c.n * 4 + 2
               FROM bc c JOIN bench_project p USING (pn) WHERE c.d2 IS NOT NULL
           ) x ORDER BY created_at, k`,
        );
        // A grøn citizen who does not come becomes orange (a history entry by the system, as the API writes it).
        const colours = await q(
          client,
          `INSERT INTO participant_colour_change (id, participant_id, from_colour, to_colour, reason, changed_by, changed_at)
           SELECT ${uid("colour", "c.n * 4 + 1")}, c.id, 'GROEN', 'ORANGE',
                  'Udeblev fra den indledende samtale d. ' || to_char(c.d1, 'YYYY-MM-DD') || ': en grøn borger, der udebliver, bliver orange.',
                  NULL, (c.d1 + time '15:00') AT TIME ZONE 'UTC'
             FROM bc c WHERE c.colour0 = 'GROEN' AND c.s1 = 'NO_SHOW' ORDER BY c.d1, c.n`,
        );
        known.conversation = conversation;
        return { conversation, participant_colour_change: colours };
      },
    },
    {
      name: "forberedende skemaer",
      async run(client) {
        const preparation = await q(
          client,
          `INSERT INTO preparation_form (participant_id, wishes_encrypted, themes, updated_at, updated_by, version)
           SELECT j.id, NULL,
                  coalesce(nullif(array_remove(ARRAY[
                    CASE WHEN ${u("j.n", 41)} < 0.2 THEN 'SUBSTANCE_ABUSE' END, CASE WHEN ${u("j.n", 42)} < 0.35 THEN 'MENTAL_HEALTH' END,
                    CASE WHEN ${u("j.n", 43)} < 0.35 THEN 'PHYSICAL_HEALTH' END, CASE WHEN ${u("j.n", 44)} < 0.5 THEN 'SOCIAL' END,
                    CASE WHEN ${u("j.n", 45)} < 0.15 THEN 'LANGUAGE' END, CASE WHEN ${u("j.n", 46)} < 0.3 THEN 'HOUSING_ECONOMY' END,
                    CASE WHEN ${u("j.n", 47)} < 0.2 THEN 'YOUTH_EDUCATION' END
                  ]::text[], NULL), '{}'), '{SOCIAL}'),
                  (j.held + time '14:00') AT TIME ZONE 'UTC', NULL, 1
             FROM bj j WHERE j.team ORDER BY j.held, j.n`,
        );
        known.preparation_form = preparation;
        return { preparation_form: preparation };
      },
    },
    {
      name: "teammøder, dagsordener og fremmøde",
      async run(client) {
        // Meetings every 14 days from the team's start; the Christmas ones cancelled; agendas prepared four weeks ahead.
        // Each team citizen asks for 1–12 visits (the first after the conversation, then every 6–11 weeks). The agenda
        // takes them first come, first served, at most max_items a meeting: served(m) = min(served(m-1) + cap(m),
        // arrived(m)), whose closed form C(m) + min(0, min_{j<=m}(A(j) - C(j))) is a running window minimum.
        await client.query(`
          CREATE TEMP TABLE bt ON COMMIT DROP AS
          SELECT p.pn, m.m, p.team_start + 14 * m.m AS d, p.max_items, p.minutes_per_item,
                 CASE WHEN p.team_start + 14 * m.m > ${AS_OF} THEN 'PLANNED'
                      WHEN to_char(p.team_start + 14 * m.m, 'MM-DD') >= '12-22' OR to_char(p.team_start + 14 * m.m, 'MM-DD') <= '01-02' THEN 'CANCELLED'
                      ELSE 'HELD' END AS status
            FROM bench_project p CROSS JOIN LATERAL generate_series(0, (p.team_end - p.team_start) / 14) m(m);
          ALTER TABLE bt ADD COLUMN cap int;
          UPDATE bt SET cap = CASE WHEN status = 'HELD' OR (status = 'PLANNED' AND d <= ${AS_OF} + 28) THEN max_items ELSE 0 END;
          ALTER TABLE bt ADD PRIMARY KEY (pn, m);

          CREATE TEMP TABLE bd ON COMMIT DROP AS
          SELECT x.*, row_number() OVER (PARTITION BY x.pn ORDER BY x.desired, x.n, x.k) AS i,
                 CASE WHEN x.desired < x.team_start THEN 0 ELSE (x.desired - x.team_start) / 14 + 1 END AS a
            FROM (
              SELECT j.pn, j.n, k.k, j.held + (k.k - 1) * (42 + ${int("j.n", 50, 0, 35)}) AS desired, p.team_start, p.team_end
                FROM bj j JOIN bench_project p USING (pn)
                CROSS JOIN LATERAL generate_series(1, ${int("j.n", 51, 1, 12)}) k(k)
               WHERE j.team
            ) x WHERE x.desired < x.team_end;

          ANALYZE bd;
          CREATE TEMP TABLE bq ON COMMIT DROP AS
          WITH arrivals AS (SELECT pn, a AS m, count(*) AS c FROM bd GROUP BY 1, 2),
          cum AS (
            SELECT t.pn, t.m, sum(coalesce(a.c, 0)) OVER w AS arrived, sum(t.cap) OVER w AS capacity
              FROM bt t LEFT JOIN arrivals a ON a.pn = t.pn AND a.m = t.m
            WINDOW w AS (PARTITION BY t.pn ORDER BY t.m ROWS UNBOUNDED PRECEDING)
          ), served AS (
            SELECT pn, m, (capacity + least(0, min(arrived - capacity) OVER w))::int AS s
              FROM cum WINDOW w AS (PARTITION BY pn ORDER BY m ROWS UNBOUNDED PRECEDING)
          )
          SELECT pn, m, s, coalesce(lag(s) OVER (PARTITION BY pn ORDER BY m), 0) AS s_prev FROM served;

          -- A citizen whose visits pile up in one meeting is on its agenda once.
          CREATE TEMP TABLE ba ON COMMIT DROP AS
          SELECT y.pn, y.m, y.n, y.k, row_number() OVER (PARTITION BY y.pn, y.m ORDER BY y.i) AS position
            FROM (
              SELECT DISTINCT ON (q.pn, q.m, d.n) q.pn, q.m, d.n, d.k, d.i
                FROM bq q CROSS JOIN LATERAL generate_series(q.s_prev + 1, q.s) r(i)
                JOIN bd d ON d.pn = q.pn AND d.i = r.i
               WHERE q.s > q.s_prev
               ORDER BY q.pn, q.m, d.n, d.k
            ) y;
          CREATE TEMP TABLE bn ON COMMIT DROP AS SELECT pn, m, count(*)::int AS items FROM ba GROUP BY 1, 2;
          -- A past meeting without citizens did not take place.
          UPDATE bt SET status = 'CANCELLED' WHERE status = 'HELD' AND NOT EXISTS (SELECT 1 FROM bn WHERE bn.pn = bt.pn AND bn.m = bt.m);
          ANALYZE bt; ANALYZE ba; ANALYZE bn;
        `);
        const meetings = await q(
          client,
          `INSERT INTO team_meeting (id, project_id, meeting_date, status, max_items, minutes_per_item, version)
           SELECT ${uid("meeting", "t.pn * 1000 + t.m")}, p.id, t.d, t.status, t.max_items, t.minutes_per_item,
                  CASE t.status WHEN 'PLANNED' THEN 1 ELSE 2 END
             FROM bt t JOIN bench_project p USING (pn) ORDER BY t.d, t.pn`,
        );
        const agenda = await q(
          client,
          `INSERT INTO agenda_item (id, meeting_id, participant_id, position, present, recommendations_encrypted)
           SELECT ${uid("agenda", "a.n * 16 + a.k")}, ${uid("meeting", "a.pn * 1000 + a.m")}, ${uid("participant", "a.n")}, a.position,
                  CASE WHEN t.status = 'HELD' THEN ${u("a.n * 16 + a.k", 60)} < 0.87 END, NULL
             FROM ba a JOIN bt t USING (pn, m) ORDER BY t.d, a.pn, a.position`,
        );
        const attendance = await q(
          client,
          `INSERT INTO meeting_attendance (meeting_id, team_member_id, hours)
           SELECT ${uid("meeting", "t.pn * 1000 + t.m")}, mb.id, round(n.items * t.minutes_per_item / 60.0, 2)
             FROM bt t JOIN bn n USING (pn, m) JOIN bench_member mb ON mb.pn = t.pn
            WHERE t.status = 'HELD' AND (mb.core OR ${u("(t.pn * 1000 + t.m) * 10 + mb.slot", 61)} < mb.attends)
            ORDER BY t.d, t.pn, mb.slot`,
        );
        known.agenda_item = agenda;
        known.meeting_attendance = attendance;
        return { team_meeting: meetings, agenda_item: agenda, meeting_attendance: attendance };
      },
    },
    {
      name: "indsatsplaner, udfald og planalarmer",
      async run(client) {
        // Every visit the citizen comes to revises the plan: new items, month by month, from the catalogue. How many
        // items a visit makes is set so the events add up to the target; a hash-ranked few are thinned out at the end.
        const { rows: visitRows } = await client.query(
          `SELECT count(*)::int AS n FROM ba a JOIN bt t USING (pn, m) WHERE t.status = 'HELD' AND ${u("a.n * 16 + a.k", 60)} < 0.87`,
        );
        const presentVisits = visitRows[0].n;
        const soFar = known.conversation + known.preparation_form + known.agenda_item + known.meeting_attendance;
        const itemsWanted = (targetEvents - soFar) / (1 + ALERT_SHARE);
        const perVisit = Math.min(7, (itemsWanted * 1.1) / Math.max(1, presentVisits)); // 10 % to spare for the outcomes
        await client.query(`
          CREATE TEMP TABLE bpi ON COMMIT DROP AS
          WITH visits AS (
            SELECT a.pn, a.n, a.k, t.d AS met, (a.n * 16 + a.k) AS vkey
              FROM ba a JOIN bt t USING (pn, m)
             WHERE t.status = 'HELD' AND ${u("a.n * 16 + a.k", 60)} < 0.87
          ), items AS (
            SELECT v.pn, v.n, v.k, v.met, v.vkey * 16 + s.j AS key,
                   CASE WHEN v.k >= 2 AND ${u("v.vkey * 16 + s.j", 70)} < 0.35 THEN 7 + ${int("v.vkey * 16 + s.j", 71, 0, 2)}
                        ELSE ${int("v.vkey * 16 + s.j", 72, 1, 10)} END AS idx
              FROM visits v
              CROSS JOIN LATERAL generate_series(1, least(15, floor(${perVisit} * (0.5 + ${u("v.vkey", 73)}) + ${u("v.vkey", 74)})::int)) s(j)
          ), dated AS (
            SELECT i.*, (date_trunc('month', i.met::timestamp) + make_interval(months => ${int("i.key", 75, 0, 1)}))::date AS start_month,
                   CASE i.idx WHEN 7 THEN 3 WHEN 8 THEN 6 ELSE ${int("i.key", 76, 1, 4)} END AS months
              FROM items i
          ), shaped AS (
            SELECT d.*, (d.start_month + make_interval(months => d.months - 1))::date AS end_month,
                   (d.start_month + make_interval(months => d.months) - interval '1 day')::date AS last_day
              FROM dated d
          ), statused AS (
            SELECT s.*, CASE WHEN s.last_day < ${AS_OF} THEN CASE WHEN ${u("s.key", 77)} < 0.13 THEN 'INTERRUPTED' ELSE 'COMPLETED' END
                             WHEN s.start_month <= ${AS_OF} THEN CASE WHEN ${u("s.key", 77)} < 0.04 THEN 'INTERRUPTED' ELSE 'IN_PROGRESS' END
                             ELSE 'PLANNED' END AS status,
                   CASE bi.unit WHEN 'time' THEN s.months * ${int("s.key", 78, 3, 8)}
                                WHEN 'uge' THEN CASE s.idx WHEN 7 THEN 13 ELSE s.months * 4 END
                                WHEN 'samtale' THEN ${int("s.key", 78, 1, 3)} ELSE 1 END AS full_units,
                   bi.id AS intervention_id, bi.supplier, bi.job_aim, bi.budget_line_id, bi.name AS intervention_name
              FROM shaped s JOIN bench_intervention bi ON bi.pn = s.pn AND bi.idx = s.idx
          )
          SELECT s.*, CASE s.status WHEN 'COMPLETED' THEN s.full_units WHEN 'INTERRUPTED' THEN floor(s.full_units / 2.0)
                                    WHEN 'IN_PROGRESS' THEN ceil(s.full_units / 3.0) ELSE 0 END::numeric AS delivered
            FROM statused s;
          ALTER TABLE bpi ADD COLUMN deliveries int, ADD COLUMN r float8;
          UPDATE bpi SET deliveries = CASE WHEN delivered > 0 THEN ${int("key", 79, 1, 3)} ELSE 0 END, r = ${u("key", 85)};
          ANALYZE bpi;
        `);

        // Outcomes, from the plans as made (before thinning): after the plan, after the conversation for grøn,
        // and for the control group from enrolment — with lower shares in job, so the effect shows.
        await client.query(`
          CREATE TEMP TABLE bo ON COMMIT DROP AS
          WITH plans AS (SELECT n, max(last_day) AS last_day, min(met) AS first_met FROM bpi GROUP BY n),
          who AS (
            SELECT j.n, j.id, j.study_group, pl.first_met,
                   CASE WHEN pl.n IS NOT NULL THEN 'PLAN' WHEN j.study_group = 'CONTROL' THEN 'CONTROL'
                        WHEN j.colour1 = 'GROEN' AND j.held IS NOT NULL THEN 'GROEN' END AS route,
                   CASE WHEN pl.n IS NOT NULL THEN pl.last_day + ${int("j.n", 80, 5, 25)}
                        WHEN j.study_group = 'CONTROL' THEN j.enrol + ${int("j.n", 80, 120, 540)}
                        ELSE j.held + ${int("j.n", 80, 30, 180)} END AS d,
                   ${u("j.n", 81)} AS r
              FROM bj j LEFT JOIN plans pl USING (n)
          )
          SELECT w.*, CASE w.route
                        WHEN 'PLAN' THEN CASE WHEN r < 0.24 THEN 'JOB' WHEN r < 0.32 THEN 'EDUCATION' WHEN r < 0.52 THEN 'REMATCHED_2'
                                              WHEN r < 0.75 THEN 'PASSIVE' WHEN r < 0.80 THEN 'PENSION_RECOMMENDED' END
                        WHEN 'GROEN' THEN CASE WHEN r < 0.22 THEN 'JOB' WHEN r < 0.28 THEN 'EDUCATION' WHEN r < 0.50 THEN 'REMATCHED_2' END
                        WHEN 'CONTROL' THEN CASE WHEN r < 0.12 THEN 'JOB' WHEN r < 0.17 THEN 'EDUCATION' WHEN r < 0.32 THEN 'REMATCHED_2'
                                                 WHEN r < 0.62 THEN 'PASSIVE' WHEN r < 0.66 THEN 'PENSION_RECOMMENDED' END
                      END AS kind
            FROM who w WHERE w.route IS NOT NULL AND w.d <= ${AS_OF};
          DELETE FROM bo WHERE kind IS NULL;
          ANALYZE bo;
        `);
        const hours = (control) => (control ? `6 + ${int("o.n", 82, 0, 26)}` : `8 + ${int("o.n", 82, 0, 29)}`);
        const outcome = await q(
          client,
          `INSERT INTO outcome (id, participant_id, kind, outcome_date, hours_per_week, recorded_by, created_at)
           SELECT id, participant_id, kind, outcome_date, hours_per_week, ${LEADER}, (outcome_date + time '12:00') AT TIME ZONE 'UTC' FROM (
             SELECT ${uid("outcome", "o.n * 2")} AS id, o.id AS participant_id, o.kind, o.d AS outcome_date,
                    CASE WHEN o.kind = 'JOB' THEN CASE WHEN o.route = 'CONTROL' THEN ${hours(true)} ELSE ${hours(false)} END END AS hours_per_week,
                    o.n * 2 AS k
               FROM bo o
             UNION ALL
             -- Some re-matched citizens find a job later.
             SELECT ${uid("outcome", "o.n * 2 + 1")}, o.id, 'JOB', o.d + ${int("o.n", 84, 60, 240)},
                    CASE WHEN o.route = 'CONTROL' THEN ${hours(true)} ELSE ${hours(false)} END, o.n * 2 + 1
               FROM bo o WHERE o.kind = 'REMATCHED_2' AND ${u("o.n", 83)} < 0.2 AND o.d + ${int("o.n", 84, 60, 240)} <= ${AS_OF}
           ) x ORDER BY outcome_date, k`,
        );
        known.outcome = outcome;

        // The exact total: plan items and alerts take what the other events leave.
        const rest = targetEvents - known.conversation - known.preparation_form - known.agenda_item - known.meeting_attendance - outcome;
        const alerts = Math.round((rest * ALERT_SHARE) / (1 + ALERT_SHARE));
        const items = rest - alerts;
        const { rows: made } = await client.query(`SELECT count(*)::int AS n FROM bpi`);
        if (made[0].n < items) throw new Error(`Too few plan items generated (${made[0].n} < ${items}): raise the items per visit.`);
        await client.query(`
          CREATE TEMP TABLE bcut ON COMMIT DROP AS SELECT r, key FROM bpi ORDER BY r, key OFFSET ${items} LIMIT 1;
          DELETE FROM bpi USING bcut WHERE (bpi.r, bpi.key) >= (bcut.r, bcut.key);
          ANALYZE bpi;
        `);
        const actionPlanItem = await q(
          client,
          `INSERT INTO action_plan_item (id, participant_id, intervention_id, responsible_unit, start_month, end_month, status,
                  job_or_education_aim, units_delivered, updated_at, created_at, version)
           SELECT ${uid("plan-item", "i.key")}, ${uid("participant", "i.n")}, i.intervention_id, i.supplier, i.start_month, i.end_month, i.status,
                  i.job_aim, i.delivered,
                  CASE i.status WHEN 'IN_PROGRESS' THEN (${AS_OF} - ${int("i.key", 86, 0, 45)} + time '10:00') AT TIME ZONE 'UTC'
                                WHEN 'PLANNED' THEN (i.met + 2 + time '10:00') AT TIME ZONE 'UTC'
                                ELSE (i.last_day + time '10:00') AT TIME ZONE 'UTC' END,
                  (i.met + 2 + time '10:00') AT TIME ZONE 'UTC',
                  1 + i.deliveries + CASE WHEN i.status IN ('COMPLETED', 'INTERRUPTED') THEN 1 ELSE 0 END
             FROM bpi i ORDER BY i.met, i.key`,
        );
        // The responsible unit reports a citizen who does not follow the plan: mostly interrupted items, some running ones.
        const planAlert = await q(
          client,
          `INSERT INTO plan_alert (id, project_id, participant_id, action_plan_item_id, reported_by_unit, reported_at, message_encrypted,
                  follow_up_encrypted, resolved_at, resolved_by)
           SELECT ${uid("alert", "a.key")}, p.id, ${uid("participant", "a.n")}, ${uid("plan-item", "a.key")}, a.supplier, a.reported,
                  NULL, NULL,
                  CASE WHEN a.reported < ((${AS_OF} - 14)::timestamp AT TIME ZONE 'UTC') AND ${u("a.key", 88)} < 0.85
                       THEN a.reported + make_interval(days => ${int("a.key", 89, 1, 14)}, hours => 3) END,
                  CASE WHEN a.reported < ((${AS_OF} - 14)::timestamp AT TIME ZONE 'UTC') AND ${u("a.key", 88)} < 0.85 THEN ${LEADER} END
             FROM (
               SELECT i.*, (least(i.start_month + ${int("i.key", 87, 10, 40)}, ${AS_OF}) + time '09:00') AT TIME ZONE 'UTC' AS reported
                 FROM bpi i WHERE i.status IN ('INTERRUPTED', 'IN_PROGRESS')
                ORDER BY CASE i.status WHEN 'INTERRUPTED' THEN 0 ELSE 0.6 END + ${u("i.key", 90)}, i.key
                LIMIT ${alerts}
             ) a JOIN bench_project p USING (pn)
            ORDER BY a.reported, a.key`,
        );
        if (planAlert !== alerts) throw new Error(`Too few plan items to alert on (${planAlert} < ${alerts}).`);

        // Colour history after the screening: some orange citizens turn out to need a job above all.
        await client.query(`
          CREATE TEMP TABLE blate ON COMMIT DROP AS
          SELECT o.n, o.id, o.first_met + ${int("o.n", 111, 30, 120)} AS d
            FROM (SELECT j.n, j.id, min(i.met) AS first_met FROM bj j JOIN bpi i USING (n)
                   WHERE j.colour1 = 'ORANGE' AND ${u("j.n", 110)} < 0.06 GROUP BY j.n, j.id) o
           WHERE o.first_met + ${int("o.n", 111, 30, 120)} <= ${AS_OF};
        `);
        const colours = await q(
          client,
          `INSERT INTO participant_colour_change (id, participant_id, from_colour, to_colour, reason, changed_by, changed_at)
           SELECT ${uid("colour", "l.n * 4 + 2")}, l.id, 'ORANGE', 'GROEN', 'Tovholderne vurderer, at beskæftigelse nu er hovedproblemet', ${LEADER},
                  (l.d + time '11:00') AT TIME ZONE 'UTC'
             FROM blate l ORDER BY l.d, l.n`,
        );
        // The participant rows carry the colour they have now; each change bumped the version, as in the API.
        await client.query(`
          CREATE TEMP TABLE bcolour ON COMMIT DROP AS
          SELECT j.id, CASE WHEN l.n IS NOT NULL THEN 'GROEN' ELSE j.colour1 END AS colour,
                 (j.colour1 <> j.colour0)::int + (l.n IS NOT NULL)::int AS changes
            FROM bj j LEFT JOIN blate l USING (n)
           WHERE j.colour1 <> j.colour0 OR l.n IS NOT NULL;
          ANALYZE bcolour;
          UPDATE participant p SET colour = c.colour, version = p.version + c.changes FROM bcolour c WHERE c.id = p.id;
          -- Re-matched citizens leave the team's queue; a few are kept (the source document: "if problems arise").
          CREATE TEMP TABLE bkeep ON COMMIT DROP AS SELECT DISTINCT id FROM bo WHERE kind = 'REMATCHED_2' AND ${u("n", 112)} < 0.03;
          ANALYZE bkeep;
          UPDATE participant p SET keep_in_team_queue = true FROM bkeep k WHERE k.id = p.id;
        `);
        return { outcome, action_plan_item: actionPlanItem, plan_alert: planAlert, participant_colour_change: colours };
      },
    },
    {
      name: "aktivitet fra forløbet",
      async run(client) {
        await client.query(`ANALYZE conversation; ANALYZE team_meeting; ANALYZE meeting_attendance`);
        // As the API records it: one unit per held conversation on the CONVERSATIONS_HELD line, the hours of the
        // members a TEAM_HOURS line pays, units delivered of interventions tied to an INTERVENTION_UNITS line.
        const conversations = await q(
          client,
          `INSERT INTO activity_entry (id, budget_line_id, activity_date, quantity, source, source_ref, note, created_by, created_at)
           SELECT ${uid("activity-conversation", "c.id")}, l.id, c.held_date, 1.00, 'FLOW', 'conversation:' || c.id, 'Indledende samtale holdt',
                  ${LEADER}, (c.held_date + time '16:00') AT TIME ZONE 'UTC'
             FROM conversation c JOIN bench_project p ON p.id = c.project_id
             JOIN bench_line l ON l.pn = p.pn AND l.source = 'CONVERSATIONS_HELD'
            WHERE c.status = 'HELD' ORDER BY c.held_date, c.id`,
        );
        const hours = await q(
          client,
          `INSERT INTO activity_entry (id, budget_line_id, activity_date, quantity, source, source_ref, note, created_by, created_at)
           SELECT ${uid("activity-meeting", "a.meeting_id || '/' || a.team_member_id")}, mb.budget_line_id, t.meeting_date, a.hours, 'FLOW',
                  'meeting:' || a.meeting_id || ':member:' || a.team_member_id,
                  'Teammøde ' || to_char(t.meeting_date, 'YYYY-MM-DD') || ': ' || mb.name, ${LEADER},
                  (t.meeting_date + time '16:00') AT TIME ZONE 'UTC'
             FROM meeting_attendance a JOIN team_meeting t ON t.id = a.meeting_id
             JOIN bench_member mb ON mb.id = a.team_member_id
             JOIN bench_line l ON l.id = mb.budget_line_id AND l.source = 'TEAM_HOURS'
            ORDER BY t.meeting_date, a.meeting_id, a.team_member_id`,
        );
        // Units in one to three deliveries; each delivery bumps the item's version, which names the entry.
        const units = await q(
          client,
          `INSERT INTO activity_entry (id, budget_line_id, activity_date, quantity, source, source_ref, note, created_by, created_at)
           SELECT ${uid("activity-units", "i.key * 4 + d.d")}, i.budget_line_id,
                  i.start_month + ((least(i.last_day, ${AS_OF}) - i.start_month) * d.d / (i.deliveries + 1)),
                  CASE WHEN d.d < i.deliveries THEN round(i.delivered / i.deliveries, 2)
                       ELSE i.delivered - (i.deliveries - 1) * round(i.delivered / i.deliveries, 2) END,
                  'FLOW', 'plan-item:' || ${uid("plan-item", "i.key")} || ':v' || (d.d + 1), 'Leveret: ' || i.intervention_name, ${LEADER},
                  (i.start_month + ((least(i.last_day, ${AS_OF}) - i.start_month) * d.d / (i.deliveries + 1)) + time '15:00') AT TIME ZONE 'UTC'
             FROM bpi i JOIN bench_line l ON l.id = i.budget_line_id AND l.source = 'INTERVENTION_UNITS'
             CROSS JOIN LATERAL generate_series(1, i.deliveries) d(d)
            ORDER BY 3, i.key, d.d`,
        );
        // The company consultant's hours outside the meetings, entered by hand once a month.
        const manual = await q(
          client,
          `INSERT INTO activity_entry (id, budget_line_id, activity_date, quantity, source, source_ref, note, created_by, created_at)
           SELECT ${uid("activity-manual", "l.pn * 1000 + g.k")}, l.id, g.d, ${int("l.pn * 1000 + g.k", 120, 8, 30)}, 'MANUAL', NULL,
                  'Virksomhedskontakter uden for teammøderne', ${LEADER}, (g.d + time '12:00') AT TIME ZONE 'UTC'
             FROM bench_line l JOIN bench_project p USING (pn)
             CROSS JOIN LATERAL (
               SELECT k, (date_trunc('month', p.start_date::timestamp) + make_interval(months => k + 1) - interval '1 day')::date AS d
                 FROM generate_series(0, 60) k
             ) g
            WHERE l.key = 'vk' AND g.d <= least(p.end_date, ${AS_OF})
            ORDER BY g.d, l.pn`,
        );
        return { activity_entry: conversations + hours + units + manual };
      },
    },
    {
      name: "posteringer",
      async run(client) {
        // Spread evenly over the project's months so far, amounts around the line's spend, in whole kroner; a few
        // postings are reversed by a later one (the table is append-only: a reversal is a new row).
        const amount = (key) =>
          `(round(g.spend_ore::numeric / g.postings * (0.6 + 0.8 * ${u(key, 100)}) / 100) * 100)::bigint`;
        const isReversal = `(g.k > 1 AND ${u("g.key", 101)} < 0.003 AND ${u("g.key - 1", 101)} >= 0.003)`;
        const budgetPosting = await q(
          client,
          `INSERT INTO budget_posting (id, budget_line_id, posting_date, amount_ore, text, voucher, quantity, reverses_posting_id, import_id,
                  created_by, created_at)
           SELECT ${uid("posting", "g.key")}, g.id, g.d,
                  CASE WHEN ${isReversal} THEN -${amount("g.key - 1")} ELSE ${amount("g.key")} END,
                  CASE WHEN ${isReversal} THEN 'Tilbageførsel: ' || g.text ELSE g.text END,
                  CASE WHEN ${isReversal} THEN g.code || '-' || g.line_no || '-' || (g.k - 1) || '-T' ELSE g.code || '-' || g.line_no || '-' || g.k END,
                  CASE WHEN g.rate_ore IS NULL THEN NULL
                       ELSE round((CASE WHEN ${isReversal} THEN -${amount("g.key - 1")} ELSE ${amount("g.key")} END)::numeric / g.rate_ore, 2) END,
                  CASE WHEN ${isReversal} THEN ${uid("posting", "g.key - 1")} END,
                  NULL, ${LEADER}, (g.d + 1 + time '12:00') AT TIME ZONE 'UTC'
             FROM (
               SELECT l.id, l.k AS line_no, l.text, l.rate_ore, l.spend_ore, l.postings, p.code, s.k,
                      (l.pn * 100 + l.k)::bigint * 100000 + s.k AS key,
                      p.start_date + floor((least(p.end_date, ${AS_OF}) - p.start_date) * (s.k - 0.5) / l.postings)::int AS d
                 FROM bench_line l JOIN bench_project p USING (pn)
                 CROSS JOIN LATERAL generate_series(1, l.postings) s(k)
             ) g
            ORDER BY g.d, g.key`,
        );
        return { budget_posting: budgetPosting };
      },
    },
  ];
}
