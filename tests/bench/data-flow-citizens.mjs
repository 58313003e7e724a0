// The citizens of the bench data and their first steps: colour history, first conversations, preparation forms.

/** Steps for data-flow.mjs's flowSteps, in order; `sql` is its flowSql(...); `known` counts the rows so far per event table. */
export function citizenSteps(sql, known) {
  const { u, int, uid, weekday, pick, q, AS_OF, LEADER } = sql;
  return [
    {
      name: "borgere og farvehistorik",
      async run(client) {
        await client.query(`
          CREATE TEMP TABLE bj ON COMMIT DROP AS
          WITH base AS (
            SELECT p.pn, p.id AS project_id, p.first_n + s.i AS n, s.i AS seq, p.trial, p.start_date, p.conv_end
              FROM bench_project p CROSS JOIN LATERAL generate_series(1, p.participants) s(i)
          )
          SELECT b.pn, b.n, b.seq, ${uid("participant", "b.n")} AS id,
                 CASE WHEN ${u("b.n", 1)} < 0.6 THEN b.start_date + ${int("b.n", 2, 0, 13)}
                      ELSE b.start_date + floor(${u("b.n", 3)} * greatest(1, least(b.conv_end, ${AS_OF}) - b.start_date))::int END AS enrol,
                 CASE WHEN ${u("b.n", 4)} < 0.40 THEN 'GROEN' WHEN ${u("b.n", 4)} < 0.82 THEN 'ORANGE'
                      WHEN ${u("b.n", 4)} < 0.91 THEN 'ROED' ELSE 'BLAA' END AS colour0,
                 CASE WHEN b.trial THEN CASE WHEN ${u("b.n", 5)} < 0.5 THEN 'CONTROL' ELSE 'INTERVENTION' END END AS study_group,
                 b.project_id
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
          `INSERT INTO participant_colour_change (id, project_id, participant_id, from_colour, to_colour, reason, changed_by, changed_at)
           SELECT ${uid("colour", "j.n * 4")}, j.project_id, j.id, NULL, j.colour0, 'Screening ved optagelse i projektet', ${LEADER},
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
            SELECT j.n, j.pn, j.project_id, j.id, j.colour0, j.enrol, ${weekday(`j.enrol + ${int("j.n", 30, 7, 35)}`)} AS d1
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
          `INSERT INTO participant_colour_change (id, project_id, participant_id, from_colour, to_colour, reason, changed_by, changed_at)
           SELECT ${uid("colour", "c.n * 4 + 1")}, c.project_id, c.id, 'GROEN', 'ORANGE',
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
          `INSERT INTO preparation_form (participant_id, project_id, wishes_encrypted, themes, updated_at, updated_by, version)
           SELECT j.id, j.project_id, NULL,
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
  ];
}
