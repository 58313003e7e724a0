import type { EntityManager } from "typeorm";
import { Outcome, Participant } from "../entities/index.js";
import { inProject } from "./demo-flow-common.js";
import { random } from "./demo-participants.js";

/**
 * JobFirst, the portfolio's controlled trial: 100 citizens in the intervention group and 100 in the control
 * group (the document's figures), followed to the project's end. The outcomes are ILLUSTRATIVE (the documents
 * give the design, not the result): 30 of 100 in a job against 18 of 100 (the example of the effect
 * measure), a few in education, and 3 against 4 recommended for førtidspension, so the styregruppe sees "<5".
 * Hours a week in ordinary employment are recorded with each job.
 */
const OUTCOMES: Record<"INTERVENTION" | "CONTROL", Array<[Outcome["kind"], number]>> = {
  INTERVENTION: [
    ["JOB", 30],
    ["EDUCATION", 6],
    ["PENSION_RECOMMENDED", 3],
    ["PASSIVE", 21],
  ],
  CONTROL: [
    ["JOB", 18],
    ["EDUCATION", 5],
    ["PENSION_RECOMMENDED", 4],
    ["PASSIVE", 30],
  ],
};

export async function seedDemoTrial(manager: EntityManager, ctx: { projectId: string; code: string; userId: string }): Promise<void> {
  const next = random(2016);
  const rows = Array.from({ length: 200 }, (_, i) =>
    manager.create(Participant, {
      projectId: ctx.projectId,
      code: `${ctx.code}-${String(i + 1).padStart(4, "0")}`,
      municipality: next() < 0.84 ? "Ishøj" : "Vallensbæk",
      gender: next() < 0.5 ? "M" : "K",
      birthYear: 2016 - (30 + Math.floor(next() * 30)),
      origin: null,
      monthsOnBenefit: 24 + Math.floor(next() * 60),
      matchGroup: 3,
      enrolmentDate: "2016-02-01",
      colour: null,
      caseworkerId: null,
      // Randomised 1:1: every other code, so the groups are the same size.
      studyGroup: i % 2 === 0 ? "INTERVENTION" : "CONTROL",
      profiles: [],
      motivation: null,
      caseFocus: null,
      nameEncrypted: null,
      cprEncrypted: null,
      cprHmac: null,
    }),
  );
  const saved = await manager.save(Participant, rows, { chunk: 100 });
  const outcomes: Array<Partial<Outcome>> = [];
  for (const group of ["INTERVENTION", "CONTROL"] as const) {
    const members = saved.filter((p) => p.studyGroup === group);
    let k = 0;
    for (const [kind, n] of OUTCOMES[group]) {
      for (let i = 0; i < n; i++) {
        const p = members[k++];
        if (!p) throw new Error("Demo data: too few trial participants");
        const month = 3 + Math.floor(next() * 20); // April 2016 – November 2017
        outcomes.push({
          participantId: p.id,
          kind,
          outcomeDate: `${2016 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-15`,
          // Hours a week in ordinary employment: the intervention's aim (more hours) shows as more hours.
          hoursPerWeek: kind === "JOB" ? String((group === "INTERVENTION" ? 18 : 14) + Math.floor(next() * 20)) : null,
          recordedBy: ctx.userId,
        });
      }
    }
  }
  await manager.insert(Outcome, inProject(ctx.projectId, outcomes));
}
