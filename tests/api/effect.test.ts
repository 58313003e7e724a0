import { discloseCount, newcombeDifference, wilsonInterval } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeProject } from "../support/fixtures.js";
import { makeLoggedInUser, makeStudyGroups } from "../support/fixtures-api-a.js";

let api: TestApi;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

/** JobFirst's study: 100 citizens in each group, by latest outcome on 1 June 2016; every job with its hours a week. */
const JF = {
  INTERVENTION: { JOB: 30, EDUCATION: 28, PENSION_RECOMMENDED: 2, NONE: 40 },
  CONTROL: { JOB: 18, EDUCATION: 36, PENSION_RECOMMENDED: 3, NONE: 43 },
};
const JOB_HOURS = { INTERVENTION: "20", CONTROL: "15" };

const EFFECT = `query E($p: ID!, $asOf: String) { project(id: $p) { effect(asOf: $asOf) { asOf interventionSize controlSize note
  outcomes { key label intervention { count countDisplay percent lower upper } control { count countDisplay percent lower upper } difference differenceLower differenceUpper wording }
  hours { interventionMean controlMean difference lower upper recorded wording } } } }`;

type Share = { count: number | null; countDisplay: string; percent: string | null; lower: string | null; upper: string | null };
type Effect = {
  interventionSize: string;
  controlSize: string;
  outcomes: Array<{
    key: string;
    intervention: Share;
    control: Share;
    difference: string | null;
    differenceLower: string | null;
    differenceUpper: string | null;
    wording: string;
  }>;
  hours: {
    interventionMean: string | null;
    controlMean: string | null;
    difference: string | null;
    lower: string | null;
    upper: string | null;
    recorded: number;
    wording: string;
  };
};

const effect = async (project: string, token: string, asOf = "2017-12-31") =>
  dataOf(await gql<{ project: { effect: Effect | null } }, object>(api.url, EFFECT, { p: ids[project], asOf }, { token })).project.effect;
const pct = (x: number) => (Math.round(x * 1000) / 10).toLocaleString("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  ids.JF = (await makeProject(api.dataSource, { code: "JF", startDate: "2016-01-01", endDate: "2017-12-31" })).id;
  // A project without a control group.
  ids.BFA = (await makeProject(api.dataSource, { code: "BFA", startDate: "2016-01-01", endDate: "2017-12-31" })).id;
  tokens.styregruppe = (
    await makeLoggedInUser(api, {
      roles: [
        [ids.JF, "STYREGRUPPE"],
        [ids.BFA, "STYREGRUPPE"],
      ],
    })
  ).token;
  await makeStudyGroups(api, ids.JF, JF, { enrolmentDate: "2016-01-01", outcomeDate: "2016-06-01", jobHours: JOB_HOURS });
});
afterAll(() => api?.close());

describe("effect against the control group", () => {
  it("gives JobFirst's jobs (30/100 against 18/100) to the styregruppe rounded to 5, with intervals of the rounded counts", async () => {
    const e = (await effect("JF", tokens.styregruppe as string)) as Effect;
    expect([e.interventionSize, e.controlSize]).toEqual(["100", "100"]);
    // What the styregruppe sees: disclosure.ts's rounding of the exact counts, and the shares of the rounded ones.
    const [i, c] = [discloseCount(JF.INTERVENTION.JOB).count ?? 0, discloseCount(JF.CONTROL.JOB).count ?? 0];
    expect([i, c]).toEqual([30, 20]);
    const job = e.outcomes.find((o) => o.key === "JOB");
    const w1 = wilsonInterval(i, 100);
    const w2 = wilsonInterval(c, 100);
    expect(job?.intervention).toEqual({ count: i, countDisplay: String(i), percent: "30,0", lower: pct(w1?.lower ?? 0), upper: pct(w1?.upper ?? 0) });
    expect(job?.control).toEqual({ count: c, countDisplay: String(c), percent: "20,0", lower: pct(w2?.lower ?? 0), upper: pct(w2?.upper ?? 0) });
    // The reference intervals of 30/100 and 18/100 (Wilson) still hold for the exact counts.
    expect([wilsonInterval(30, 100), wilsonInterval(18, 100)].flatMap((w) => [pct(w?.lower ?? 0), pct(w?.upper ?? 0)])).toEqual([
      "21,9",
      "39,6",
      "11,7",
      "26,7",
    ]);
    const d = newcombeDifference(i, 100, c, 100);
    expect([job?.difference, job?.differenceLower, job?.differenceUpper]).toEqual(["10,0", pct(d?.lower ?? 0), pct(d?.upper ?? 0)]);
    // The wording says the same as the numbers.
    expect(job?.wording).toBe(
      `Andelen med resultatet "job" er 10,0 procentpoint højere i indsatsgruppen end i kontrolgruppen. Forskellen kan være mellem ${job?.differenceLower} og ${job?.differenceUpper} procentpoint (95 %-interval). ${
        (d?.lower ?? 0) > 0
          ? "Intervallet ligger helt over 0, så forskellen er næppe tilfældig."
          : "Intervallet rummer 0, så tallene kan ikke afgøre, om der er en forskel."
      }`,
    );
    // No outcome yet, 40 against 43 (rounded: 40 against 45): an interval around 0 is said as such.
    const none = e.outcomes.find((o) => o.key === "NONE");
    expect([none?.intervention.countDisplay, none?.control.countDisplay, none?.difference]).toEqual([
      discloseCount(JF.INTERVENTION.NONE).display,
      discloseCount(JF.CONTROL.NONE).display,
      "-5,0",
    ]);
    expect(none?.wording).toMatch(/Intervallet rummer 0, så tallene kan ikke afgøre, om der er en forskel\.$/);
  });

  it("hides shares built on fewer than 5 citizens, and the difference built on them, from the styregruppe", async () => {
    const e = (await effect("JF", tokens.styregruppe as string)) as Effect;
    const pension = e.outcomes.find((o) => o.key === "PENSION_RECOMMENDED");
    expect(pension?.intervention).toEqual({ count: null, countDisplay: "<5", percent: null, lower: null, upper: null });
    expect(pension?.control.countDisplay).toBe("<5");
    expect([pension?.difference, pension?.differenceLower, pension?.differenceUpper]).toEqual([null, null, null]);
    expect(JSON.stringify(e)).not.toMatch(/"count":[1-4],/);
  });

  it("shows every latest outcome rounded to 5 (no complementary 'skjult' cells), 'job or education' included", async () => {
    const e = (await effect("JF", tokens.styregruppe as string)) as Effect;
    const counted = {
      i: JF.INTERVENTION.EDUCATION,
      c: JF.CONTROL.EDUCATION,
      ji: JF.INTERVENTION.JOB + JF.INTERVENTION.EDUCATION,
      jc: JF.CONTROL.JOB + JF.CONTROL.EDUCATION,
    };
    const education = e.outcomes.find((o) => o.key === "EDUCATION");
    expect([education?.intervention.countDisplay, education?.control.countDisplay]).toEqual([
      discloseCount(counted?.i ?? 0).display,
      discloseCount(counted?.c ?? 0).display,
    ]);
    const joe = e.outcomes.find((o) => o.key === "JOB_OR_EDUCATION");
    expect([joe?.intervention.countDisplay, joe?.control.countDisplay]).toEqual([
      discloseCount(counted?.ji ?? 0).display,
      discloseCount(counted?.jc ?? 0).display,
    ]);
    for (const o of e.outcomes)
      for (const share of [o.intervention, o.control])
        expect(share.count === null ? share.countDisplay : share.count % 5).toBe(share.count === null ? "<5" : 0);
    expect(JSON.stringify(e)).not.toContain("skjult");
  });

  it("compares hours a week in ordinary employment with Welch's interval, and is null for a project without groups", async () => {
    const e = (await effect("JF", tokens.styregruppe as string)) as Effect;
    // 30 + 18 citizens in a job with hours, shown to the styregruppe as disclosure.ts rounds them.
    expect(e.hours.recorded).toBe(discloseCount(JF.INTERVENTION.JOB + JF.CONTROL.JOB).count);
    // The mean over the whole group, 0 hours for those without a job: 30 × 20 / 100 and 18 × 15 / 100.
    expect([e.hours.interventionMean, e.hours.controlMean]).toEqual(["6,0", "2,7"]);
    expect(e.hours.wording).toMatch(/^Timer i ordinær beskæftigelse om ugen: i gennemsnit \d+,\d timer flere i indsatsgruppen/);
    expect(await effect("BFA", tokens.styregruppe as string)).toBeNull();
    const bad = await gql(api.url, EFFECT, { p: ids.JF, asOf: "2017-02-29" }, { token: tokens.styregruppe });
    expect([bad.errors?.[0]?.extensions?.code, bad.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", 'Datoen "2017-02-29" findes ikke i kalenderen.']);
  });
});
