import type { EntityManager } from "typeorm";
import type { DemoFlowContext, Flow, FlowParticipant } from "./demo-flow-common.js";
import { seedConversations, seedPreparationForms } from "./demo-flow-intake.js";
import { seedActionPlans, seedOutcomes } from "./demo-flow-plans.js";
import { seedTeamMeetings } from "./demo-flow-team.js";
import { random } from "./demo-participants.js";
import { lineByPrefix } from "./demo-lines.js";

export type { DemoFlowContext } from "./demo-flow-common.js";

/**
 * "Brug for alle" played through its whole period, so the tovholder's overview, the capacity plan, the goals
 * and the styregruppe's dashboard have something true to show. ILLUSTRATIVE: the documents give the plan,
 * not what happened. Everything follows the document's flow and rules:
 * - initial conversations 3 Sep–20 Dec 2012 (a slow start, then the required 14 a week), grøn with the JC
 *   caseworker, orange and blå with a tovholder; 9 grøn no-shows become orange (history entry) and get a
 *   new conversation with a tovholder; rød has none;
 * - a preparation form with themes for every orange (and former grøn) citizen;
 * - 22 team meetings every 14 days from 1 Oct 2012 (24 Dec cancelled), 5 citizens each, attendance with
 *   hours; the consultants' hours become activity on the lines that pay them (as the API does);
 * - action plans from the catalogue after the meeting, alerts from the responsible units, outcomes.
 * Up to 31 January 2013 the consultants' hours equal the illustrative invoices (meeting hours here plus the
 * work outside meetings in illustrative-spend.ts); after that invoices follow the hours delivered.
 *
 * Each stage is a module of its own (demo-flow-intake.ts, demo-flow-team.ts, demo-flow-plans.ts); they draw from
 * one random sequence in this order, so moving a stage changes the demo's figures.
 */
export async function seedDemoFlow(manager: EntityManager, ctx: DemoFlowContext): Promise<void> {
  const next = random(2012);
  const flow: Flow = {
    manager,
    ctx,
    next,
    pick: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T,
    seal: (text: string) => (ctx.encrypt ? ctx.encrypt(text) : null),
    line: (prefix: string): string => lineByPrefix(ctx.lines, prefix),
  };

  const participants: FlowParticipant[] = await manager.query(
    `SELECT id, code, colour, caseworker_id, birth_year, origin FROM participant WHERE project_id = $1 ORDER BY code`,
    [ctx.projectId],
  );
  const heldOn = await seedConversations(flow, participants);
  const { teamBound, themesOf } = await seedPreparationForms(flow, participants, heldOn);
  const meetingOf = await seedTeamMeetings(flow, teamBound, heldOn, themesOf);
  const planEnd = await seedActionPlans(flow, teamBound, themesOf, meetingOf);
  await seedOutcomes(flow, participants, teamBound, heldOn, planEnd);

  // The tidsplan as it went: conversations finished in January (the rescheduled no-shows), the team in operation.
  const lastConversation = [...heldOn.values()].sort().at(-1) as string;
  await manager.query(`UPDATE milestone SET done_date = $2 WHERE project_id = $1 AND name = 'Indledende samtaler afsluttet'`, [
    ctx.projectId,
    lastConversation,
  ]);
}
