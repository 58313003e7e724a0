// The participants' statistics as each role sees them, and the colour screening as their baseline: later moves leave
// the distribution at the screening date unchanged, and a change is recorded in the citizen's history.
import { discloseCount } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql } from "../support/api.js";
import { COLOUR, ENROLLED, ONE, SCREENED, STATS, TARGET_SIZE, TOTAL, startParticipantsWorld, type ParticipantsWorld } from "../support/participants-world.js";

let api: ParticipantsWorld["api"];
let projectId: ParticipantsWorld["projectId"];
let tokens: ParticipantsWorld["tokens"];
let list: ParticipantsWorld["list"];
beforeAll(async () => {
  ({ api, projectId, tokens, list } = await startParticipantsWorld());
});
afterAll(() => api?.close());

type Stats = {
  total: number | null;
  totalDisplay: string;
  targetSize: number;
  suppressed: boolean;
  warnings: string[];
  breakdowns: Array<{ dimension: string; cells: Array<{ key: string; count: number | null; display: string; suppressed: string | null }> }>;
};
const cells = (s: Stats, dimension: string) =>
  Object.fromEntries((s.breakdowns.find((b) => b.dimension === dimension)?.cells ?? []).map((c) => [c.key, c.display]));

describe("the target group's statistics", () => {
  it("shows the styregruppe the 4 blå as <5 and the rest rounded to 5, as of the latest month end, with no complementary cells", async () => {
    const s = dataOf(
      await gql<{ participantStatistics: Stats }, object>(api.url, STATS, { projectId: projectId }, { token: tokens.styregruppe }),
    ).participantStatistics;
    expect(s.suppressed).toBe(true);
    const colour = s.breakdowns.find((b) => b.dimension === "COLOUR")?.cells ?? [];
    expect(colour.find((c) => c.key === "BLAA")).toEqual({ key: "BLAA", count: null, display: "<5", suppressed: "PRIMARY" });
    expect(colour.filter((c) => c.suppressed === "COMPLEMENTARY")).toHaveLength(0);
    // The built breakdown (Ishøj 15, Vallensbæk 7; 10 men, 12 women), through the domain's rounding.
    expect(cells(s, "MUNICIPALITY")).toEqual({ Ishøj: discloseCount(15).display, Vallensbæk: discloseCount(7).display });
    expect(cells(s, "GENDER")).toEqual({ M: discloseCount(10).display, K: discloseCount(12).display });
    expect(s.totalDisplay).toBe("20");
    // The warnings give no exact number: 22 against 21 is 20 against 20 when rounded, so no warning on the target size,
    // and the unknown origins rounded.
    expect(s.warnings.some((w) => w.startsWith("Målgruppen er angivet"))).toBe(false);
    expect(s.warnings).toContain(`Herkomst er uoplyst for ${discloseCount(2).display} deltagere: fordelingen på herkomst summer ikke til totalen uden dem.`);
    // The tovholder is told the exact difference.
    const exact = dataOf(
      await gql<{ participantStatistics: Stats }, object>(api.url, STATS, { projectId: projectId }, { token: tokens.tovholder }),
    ).participantStatistics;
    expect(exact.total).toBe(TOTAL);
    expect(exact.warnings[0]).toBe(`Målgruppen er angivet til ${TARGET_SIZE} borgere, men der er ${TOTAL} deltagere i projektet (forskel 1).`);
  });
});

describe("colour screening", () => {
  it("keeps the screening as the baseline: the distribution at the screening date is unchanged by later moves", async () => {
    const BASE = `query B($projectId: ID!, $asOf: String) { participantStatistics(projectId: $projectId, asOf: $asOf) { total breakdowns { dimension cells { key count } } } }`;
    const colours = async (asOf?: string) =>
      Object.fromEntries(
        (
          dataOf(
            await gql<{ participantStatistics: Stats }, object>(api.url, BASE, { projectId: projectId, asOf }, { token: tokens.tovholder }),
          ).participantStatistics.breakdowns.find((b) => b.dimension === "COLOUR")?.cells ?? []
        ).map((c) => [c.key, c.count]),
      );
    const baseline = await colours(SCREENED);
    expect(baseline).toMatchObject({ GROEN: 9, ORANGE: 9, BLAA: 4 });
    const beforeScreening = await colours(ENROLLED);
    expect(beforeScreening).toMatchObject({ UOPLYST: TOTAL });
    const p = dataOf(await list("tovholder", { colour: "BLAA", take: 1 })).participants.items[0];
    dataOf(
      await gql(
        api.url,
        COLOUR,
        { input: { participantId: p?.id, colour: "ORANGE", reason: "STU afsluttet", expectedVersion: p?.version } },
        { token: tokens.tovholder },
      ),
    );
    expect(await colours(SCREENED)).toEqual(baseline);
    expect((await colours()).BLAA).toBe(3);
  });

  it("records the history of a change, and a stale change gets CONFLICT", async () => {
    const p = dataOf(await list("tovholder", { colour: "GROEN", take: 1 })).participants.items[0];
    if (!p) throw new Error("no green participant");
    const changed = dataOf(
      await gql<{ changeParticipantColour: { colour: string; version: number } }, object>(
        api.url,
        COLOUR,
        { input: { participantId: p.id, colour: "ORANGE", reason: "Udeblev fra samtalen", expectedVersion: p.version } },
        { token: tokens.tovholder },
      ),
    );
    expect(changed.changeParticipantColour).toEqual({ colour: "ORANGE", version: p.version + 1 });
    const stale = await gql(
      api.url,
      COLOUR,
      { input: { participantId: p.id, colour: "ROED", reason: "Fraflyttet", expectedVersion: p.version } },
      { token: tokens.tovholder },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const one = dataOf(
      await gql<
        { participant: { colour: string; colourHistory: Array<{ from: string | null; to: string; reason: string; changedBy: { name: string } | null }> } },
        object
      >(api.url, ONE, { id: p.id }, { token: tokens.tovholder }),
    );
    expect(one.participant.colour).toBe("ORANGE");
    expect(one.participant.colourHistory.map((h) => [h.from, h.to, h.reason])).toEqual([
      ["GROEN", "ORANGE", "Udeblev fra samtalen"],
      [null, "GROEN", "Screening i uge 6"],
    ]);
  });
});
