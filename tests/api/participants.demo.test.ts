// Its subject is the demo data: Brug for alle's target group reproduces the document's breakdown (219 stated, 221 rows).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, type TestApi } from "../support/api.js";
import { startDemo } from "../support/demo.js";

let api: TestApi;
let bfaId: string;
let tovholder: string;

const STATS = `query S($projectId: ID!) { participantStatistics(projectId: $projectId) { total totalDisplay targetSize suppressed warnings breakdowns { dimension cells { key count display suppressed } } } }`;

type Stats = {
  total: number | null;
  suppressed: boolean;
  warnings: string[];
  breakdowns: Array<{ dimension: string; cells: Array<{ key: string; display: string }> }>;
};
const cells = (s: Stats, dimension: string) =>
  Object.fromEntries((s.breakdowns.find((b) => b.dimension === dimension)?.cells ?? []).map((c) => [c.key, c.display]));

beforeAll(async () => {
  ({ api, tovholder, bfaId } = await startDemo());
});
afterAll(() => api?.close());

describe("the demo target group", () => {
  it("has the document's breakdown, and warns that 221 rows are not the stated 219", async () => {
    const s = dataOf(await gql<{ participantStatistics: Stats }, object>(api.url, STATS, { projectId: bfaId }, { token: tovholder })).participantStatistics;
    expect(s.total).toBe(221);
    expect(s.suppressed).toBe(false);
    expect(cells(s, "MUNICIPALITY")).toEqual({ Ishøj: "186", Vallensbæk: "35" });
    expect(cells(s, "GENDER")).toEqual({ M: "108", K: "113" });
    expect(cells(s, "AGE_GROUP")).toEqual({ UNDER_30: "75", FROM_30_TO_49: "91", FROM_50: "55" });
    expect(cells(s, "ORIGIN")).toEqual({ DANISH: "106", IMMIGRANT_NON_WESTERN: "82", DESCENDANT_NON_WESTERN: "20", OTHER: "7", UOPLYST: "6" });
    expect(cells(s, "LONG_TERM_BENEFIT")).toEqual({ JA: "171", NEJ: "50" });
    expect(s.warnings[0]).toBe("Målgruppen er angivet til 219 borgere, men der er 221 deltagere i projektet (forskel 2).");
    expect(s.warnings[1]).toContain("Herkomst er uoplyst for 6 deltagere");
  });
});
