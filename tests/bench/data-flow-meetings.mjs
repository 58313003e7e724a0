// The team meetings of the bench data, with their agendas and attendance.

/** Steps for data-flow.mjs's flowSteps, in order; `sql` is its flowSql(...); `known` counts the rows so far per event table. */
export function meetingSteps(sql, known) {
  const { u, int, uid, q, AS_OF } = sql;
  return [
    {
      name: "teammøder, dagsordener og fremmøde",
      async run(client) {
        // Meetings every 14 days from the team's start; the Christmas ones cancelled; agendas prepared four weeks ahead.
        // Each team citizen asks for 1–12 visits (the first after the conversation, then every 6–11 weeks). The agenda
        // takes them first come, first served, at most max_items a meeting: served(m) = min(served(m-1) + cap(m),
        // arrived(m)), whose closed form C(m) + min(0, min_{j<=m}(A(j) - C(j))) is a running window minimum.
        await client.query(`
          CREATE TEMP TABLE bt ON COMMIT DROP AS
          SELECT p.pn, p.id AS project_id, m.m, p.team_start + 14 * m.m AS d, p.max_items, p.minutes_per_item,
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
          `INSERT INTO agenda_item (id, project_id, meeting_id, participant_id, position, present, recommendations_encrypted)
           SELECT ${uid("agenda", "a.n * 16 + a.k")}, t.project_id, ${uid("meeting", "a.pn * 1000 + a.m")}, ${uid("participant", "a.n")}, a.position,
                  CASE WHEN t.status = 'HELD' THEN ${u("a.n * 16 + a.k", 60)} < 0.87 END, NULL
             FROM ba a JOIN bt t USING (pn, m) ORDER BY t.d, a.pn, a.position`,
        );
        const attendance = await q(
          client,
          `INSERT INTO meeting_attendance (meeting_id, project_id, team_member_id, hours)
           SELECT ${uid("meeting", "t.pn * 1000 + t.m")}, t.project_id, mb.id, round(n.items * t.minutes_per_item / 60.0, 2)
             FROM bt t JOIN bn n USING (pn, m) JOIN bench_member mb ON mb.pn = t.pn
            WHERE t.status = 'HELD' AND (mb.core OR ${u("(t.pn * 1000 + t.m) * 10 + mb.slot", 61)} < mb.attends)
            ORDER BY t.d, t.pn, mb.slot`,
        );
        known.agenda_item = agenda;
        known.meeting_attendance = attendance;
        return { team_meeting: meetings, agenda_item: agenda, meeting_attendance: attendance };
      },
    },
  ];
}
