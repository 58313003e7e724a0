// The big tables of the bench data, set-based in SQL: citizens with their colour history, the flow
// (conversations, preparation forms, team meetings with agendas and attendance, action plans, alerts,
// outcomes), activity fed by the flow as the API feeds it, and postings.
//
// Working tables are TEMPORARY (ON COMMIT DROP): the project's schema is untouched. Every random choice is
// a hash of the row's key (data-sql.mjs), so a seed always gives the same rows.
import { citizenSteps } from "./data-flow-citizens.mjs";
import { ledgerSteps } from "./data-flow-ledger.mjs";
import { meetingSteps } from "./data-flow-meetings.mjs";
import { planSteps } from "./data-flow-plans.mjs";
import { flowSql } from "./data-flow-sql.mjs";

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
  const sql = flowSql({ seed, asOf, leaderId });
  const known = {}; // rows so far per event table, for the exact total
  return [...citizenSteps(sql, known), ...meetingSteps(sql, known), ...planSteps(sql, known, targetEvents), ...ledgerSteps(sql)];
}
