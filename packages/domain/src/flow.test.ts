import { describe, expect, it } from "vitest";
import { conversationHolder, neededCompetences } from "./flow.js";

describe("the flow's rules", () => {
  it("calls only the competences the agenda's themes need, employment always", () => {
    expect(neededCompetences([])).toEqual(["EMPLOYMENT"]);
    expect(neededCompetences([["SUBSTANCE_ABUSE"], ["PHYSICAL_HEALTH"]])).toEqual(["EMPLOYMENT", "SOCIAL", "PHYSICAL_HEALTH", "MENTAL_HEALTH"]);
    expect(neededCompetences([["YOUTH_EDUCATION", "LANGUAGE"]])).toEqual(["EMPLOYMENT", "YOUTH_EDUCATION"]);
  });
  it("lets the colour decide who holds the initial conversation", () => {
    expect(conversationHolder("GROEN")).toBe("JC_CASEWORKER");
    expect(conversationHolder("ORANGE")).toBe("TOVHOLDER");
    expect(conversationHolder("BLAA")).toBe("TOVHOLDER");
    expect(conversationHolder("ROED")).toBeNull();
    expect(conversationHolder(null)).toBeNull();
  });
});
