// What the flow costs in the bench data: activity fed by the flow as the API feeds it, and postings.

/** Steps for data-flow.mjs's flowSteps, in order; `sql` is its flowSql(...). */
export function ledgerSteps(sql) {
  const { u, int, uid, q, AS_OF, LEADER } = sql;
  return [
    {
      name: "aktivitet fra forløbet",
      async run(client) {
        await client.query(`ANALYZE conversation; ANALYZE team_meeting; ANALYZE meeting_attendance`);
        // As the API records it: one unit per held conversation on the CONVERSATIONS_HELD line, the hours of the
        // members a TEAM_HOURS line pays, units delivered of interventions tied to an INTERVENTION_UNITS line.
        const conversations = await q(
          client,
          `INSERT INTO activity_entry (id, project_id, budget_line_id, activity_date, quantity, source, source_ref, note, created_by, created_at)
           SELECT ${uid("activity-conversation", "c.id")}, c.project_id, l.id, c.held_date, 1.00, 'FLOW', 'conversation:' || c.id, 'Indledende samtale holdt',
                  ${LEADER}, (c.held_date + time '16:00') AT TIME ZONE 'UTC'
             FROM conversation c JOIN bench_project p ON p.id = c.project_id
             JOIN bench_line l ON l.pn = p.pn AND l.source = 'CONVERSATIONS_HELD'
            WHERE c.status = 'HELD' ORDER BY c.held_date, c.id`,
        );
        const hours = await q(
          client,
          `INSERT INTO activity_entry (id, project_id, budget_line_id, activity_date, quantity, source, source_ref, note, created_by, created_at)
           SELECT ${uid("activity-meeting", "a.meeting_id || '/' || a.team_member_id")}, t.project_id, mb.budget_line_id, t.meeting_date, a.hours, 'FLOW',
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
          `INSERT INTO activity_entry (id, project_id, budget_line_id, activity_date, quantity, source, source_ref, note, created_by, created_at)
           SELECT ${uid("activity-units", "i.key * 4 + d.d")}, i.project_id, i.budget_line_id,
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
          `INSERT INTO activity_entry (id, project_id, budget_line_id, activity_date, quantity, source, source_ref, note, created_by, created_at)
           SELECT ${uid("activity-manual", "l.pn * 1000 + g.k")}, p.id, l.id, g.d, ${int("l.pn * 1000 + g.k", 120, 8, 30)}, 'MANUAL', NULL,
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
        const amount = (key) => `(round(g.spend_ore::numeric / g.postings * (0.6 + 0.8 * ${u(key, 100)}) / 100) * 100)::bigint`;
        const isReversal = `(g.k > 1 AND ${u("g.key", 101)} < 0.003 AND ${u("g.key - 1", 101)} >= 0.003)`;
        const budgetPosting = await q(
          client,
          `INSERT INTO budget_posting (id, project_id, budget_line_id, posting_date, amount_ore, text, voucher, quantity, reverses_posting_id, import_id,
                  created_by, created_at)
           SELECT ${uid("posting", "g.key")}, g.project_id, g.id, g.d,
                  CASE WHEN ${isReversal} THEN -${amount("g.key - 1")} ELSE ${amount("g.key")} END,
                  CASE WHEN ${isReversal} THEN 'Tilbageførsel: ' || g.text ELSE g.text END,
                  CASE WHEN ${isReversal} THEN g.code || '-' || g.line_no || '-' || (g.k - 1) || '-T' ELSE g.code || '-' || g.line_no || '-' || g.k END,
                  CASE WHEN g.rate_ore IS NULL THEN NULL
                       ELSE round((CASE WHEN ${isReversal} THEN -${amount("g.key - 1")} ELSE ${amount("g.key")} END)::numeric / g.rate_ore, 2) END,
                  CASE WHEN ${isReversal} THEN ${uid("posting", "g.key - 1")} END,
                  NULL, ${LEADER}, (g.d + 1 + time '12:00') AT TIME ZONE 'UTC'
             FROM (
               SELECT l.id, p.id AS project_id, l.k AS line_no, l.text, l.rate_ore, l.spend_ore, l.postings, p.code, s.k,
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
