import { describe, expect, it } from "vitest";
import { deriveStage, type StageFacts } from "./stage.js";

const base: StageFacts = { colour: "ORANGE", conversations: [], agendaDates: [], planItems: [], openAlerts: 0, outcomeKinds: [] };

describe("deriveStage", () => {
  it("says a screened citizen without a conversation is overdue", () => {
    expect(deriveStage(base, "2012-10-01")).toMatchObject({
      stage: "SCREENED",
      nextStep: "Planlæg den indledende samtale",
      overdue: ["Ingen samtale planlagt"],
    });
  });
  it("follows the events forward", () => {
    expect(deriveStage({ ...base, conversations: [{ status: "SCHEDULED", scheduledDate: "2012-10-05" }] }, "2012-10-01").stage).toBe("CONVERSATION_SCHEDULED");
    expect(deriveStage({ ...base, conversations: [{ status: "HELD", scheduledDate: "2012-10-05" }] }, "2012-10-06").stage).toBe("CONVERSATION_HELD");
    expect(deriveStage({ ...base, agendaDates: ["2012-10-15"] }, "2012-10-06").stage).toBe("AT_TEAM");
    expect(deriveStage({ ...base, planItems: [{ status: "IN_PROGRESS", updatedAt: "2012-11-01T10:00:00Z" }] }, "2012-11-10").stage).toBe("ACTION_PLAN");
    expect(deriveStage({ ...base, outcomeKinds: ["JOB"] }, "2013-01-01").stage).toBe("OUTCOME");
    expect(deriveStage({ ...base, colour: "ROED" }, "2013-01-01")).toMatchObject({ stage: "OUT", urgency: 0 });
  });
  it("flags a plan without follow-up for 30 days, a forgotten conversation and open alerts, most urgent first", () => {
    const late = deriveStage(
      {
        ...base,
        conversations: [{ status: "SCHEDULED", scheduledDate: "2012-09-01" }],
        planItems: [{ status: "IN_PROGRESS", updatedAt: "2012-09-01T00:00:00Z" }],
        openAlerts: 2,
      },
      "2012-11-01",
    );
    expect(late.overdue).toEqual([
      "2 åbne advarsler om en indsats, der ikke følges",
      "Samtalen 2012-09-01 er ikke registreret",
      "Indsatsplanen er ikke fulgt op i 30 dage",
    ]);
    expect(late.urgency).toBeGreaterThan(deriveStage(base, "2012-11-01").urgency);
  });
  it("takes a re-matched citizen out of the team's queue unless the tovholder keeps them in it", () => {
    const held = { ...base, conversations: [{ status: "HELD", scheduledDate: "2012-10-05" }] };
    expect(deriveStage(held, "2012-10-06").inTeamQueue).toBe(true);
    expect(deriveStage({ ...held, outcomeKinds: ["REMATCHED_2"] }, "2012-10-06")).toMatchObject({ stage: "OUTCOME", inTeamQueue: false });
    expect(deriveStage({ ...held, outcomeKinds: ["REMATCHED_2"], keepInTeamQueue: true }, "2012-10-06")).toMatchObject({
      stage: "CONVERSATION_HELD",
      inTeamQueue: true,
    });
    // The flag keeps a re-matched citizen only: a job ends the course all the same.
    expect(deriveStage({ ...held, outcomeKinds: ["REMATCHED_2", "JOB"], keepInTeamQueue: true }, "2012-10-06").stage).toBe("OUTCOME");
    expect(deriveStage({ ...held, agendaDates: ["2012-10-15"] }, "2012-10-06").inTeamQueue).toBe(false);
  });
});
