import { describe, expect, it } from "vitest";
import { codeMatches } from "../modules/participants/components/code-search";
import { dateParamOf, withDate } from "./date-param";

describe("the date in the address", () => {
  it("reads a valid ÅÅÅÅ-MM-DD and nothing else", () => {
    expect(dateParamOf("?dato=2013-08-01&aar=2013")).toBe("2013-08-01");
    expect(dateParamOf("?aar=2013")).toBeNull();
    expect(dateParamOf("?dato=01.08.2013")).toBeNull();
    expect(dateParamOf("?dato=")).toBeNull();
  });

  it("goes along a link only when one is chosen", () => {
    expect(withDate("/projekter/x/styregruppe", "2013-08-01")).toBe("/projekter/x/styregruppe?dato=2013-08-01");
    expect(withDate("/projekter/x/styregruppe", null)).toBe("/projekter/x/styregruppe");
  });
});

describe("search by participant code", () => {
  it("matches a part of the code, ignoring case and spaces; empty matches all", () => {
    expect(codeMatches("BFA-0042", "0042")).toBe(true);
    expect(codeMatches("BFA-0042", " bfa-00 ")).toBe(true);
    expect(codeMatches("BFA-0042", "0043")).toBe(false);
    expect(codeMatches("BFA-0042", "")).toBe(true);
  });
});
