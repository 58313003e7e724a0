// The action plans of the bench data: plan items, outcomes and plan alerts, up to the exact number of flow events.

/** Share of plan alerts among the plan items and alerts (the rest of the 2.000.000 events are plan items). */
const ALERT_SHARE = 0.045;

/** Steps for data-flow.mjs's flowSteps, in order; `sql` is its flowSql(...); `known` counts the rows so far per event table. */
export function planSteps(sql, known, targetEvents) {
  const { u, int, uid, q, AS_OF, LEADER } = sql;
  return [
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
            SELECT a.pn, t.project_id, a.n, a.k, t.d AS met, (a.n * 16 + a.k) AS vkey
              FROM ba a JOIN bt t USING (pn, m)
             WHERE t.status = 'HELD' AND ${u("a.n * 16 + a.k", 60)} < 0.87
          ), items AS (
            SELECT v.pn, v.project_id, v.n, v.k, v.met, v.vkey * 16 + s.j AS key,
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
            SELECT j.n, j.id, j.project_id, j.study_group, pl.first_met,
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
          `INSERT INTO outcome (id, project_id, participant_id, kind, outcome_date, hours_per_week, recorded_by, created_at)
           SELECT id, project_id, participant_id, kind, outcome_date, hours_per_week, ${LEADER}, (outcome_date + time '12:00') AT TIME ZONE 'UTC' FROM (
             SELECT ${uid("outcome", "o.n * 2")} AS id, o.project_id, o.id AS participant_id, o.kind, o.d AS outcome_date,
                    CASE WHEN o.kind = 'JOB' THEN CASE WHEN o.route = 'CONTROL' THEN ${hours(true)} ELSE ${hours(false)} END END AS hours_per_week,
                    o.n * 2 AS k
               FROM bo o
             UNION ALL
             -- Some re-matched citizens find a job later.
             SELECT ${uid("outcome", "o.n * 2 + 1")}, o.project_id, o.id, 'JOB', o.d + ${int("o.n", 84, 60, 240)},
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
          `INSERT INTO action_plan_item (id, project_id, participant_id, intervention_id, responsible_unit, start_month, end_month, status,
                  job_or_education_aim, units_delivered, updated_at, created_at, version)
           SELECT ${uid("plan-item", "i.key")}, i.project_id, ${uid("participant", "i.n")}, i.intervention_id, i.supplier, i.start_month, i.end_month, i.status,
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
          SELECT o.n, o.id, o.project_id, o.first_met + ${int("o.n", 111, 30, 120)} AS d
            FROM (SELECT j.n, j.id, j.project_id, min(i.met) AS first_met FROM bj j JOIN bpi i USING (n)
                   WHERE j.colour1 = 'ORANGE' AND ${u("j.n", 110)} < 0.06 GROUP BY j.n, j.id, j.project_id) o
           WHERE o.first_met + ${int("o.n", 111, 30, 120)} <= ${AS_OF};
        `);
        const colours = await q(
          client,
          `INSERT INTO participant_colour_change (id, project_id, participant_id, from_colour, to_colour, reason, changed_by, changed_at)
           SELECT ${uid("colour", "l.n * 4 + 2")}, l.project_id, l.id, 'ORANGE', 'GROEN', 'Tovholderne vurderer, at beskæftigelse nu er hovedproblemet', ${LEADER},
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
  ];
}
