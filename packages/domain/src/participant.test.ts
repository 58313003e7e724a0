import { describe, expect, it } from "vitest";
import { ageGroup, isLongTermBenefit, parseGender, parseOrigin } from "./participant.js";

describe("participant categories", () => {
  it("groups ages as the document does, at the reference year", () => {
    expect(ageGroup(1983, 2012)).toBe("UNDER_30");
    expect(ageGroup(1982, 2012)).toBe("FROM_30_TO_49");
    expect(ageGroup(1963, 2012)).toBe("FROM_30_TO_49");
    expect(ageGroup(1962, 2012)).toBe("FROM_50");
  });
  it("counts more than 12 months as long-term benefit", () => {
    expect(isLongTermBenefit(12)).toBe(false);
    expect(isLongTermBenefit(13)).toBe(true);
  });
  it("reads Danish origin and gender words, and says when it cannot", () => {
    expect(parseOrigin("Dansk oprindelse")).toBe("DANISH");
    expect(parseOrigin("Indvandrer, ikke-vestlig")).toBe("IMMIGRANT_NON_WESTERN");
    expect(parseOrigin("")).toBeNull();
    expect(parseOrigin("marsboer")).toBeUndefined();
    expect(parseGender("Kvinde")).toBe("K");
    expect(parseGender("x")).toBeUndefined();
  });
});
