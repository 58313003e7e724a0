import { ProjectsDocument } from "@overblik/graphql-client";
import { discloseCount, newcombeDifference, wilsonInterval } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

const EFFECT = `query E($p: ID!, $asOf: String) { project(id: $p) { effect(asOf: $asOf) { asOf interventionSize controlSize note
  outcomes { key label intervention { count countDisplay percent lower upper } control { count countDisplay percent lower upper } difference differenceLower differenceUpper wording }
  hours { interventionMean controlMean difference lower upper recorded wording } } } }`;

type Share = { count: number | null; countDisplay: string; percent: string | null; lower: string | null; upper: string | null };
type Effect = {
  interventionSize: string;
  controlSize: string;
  outcomes: Array<{ key: string; intervention: Share; control: Share; difference: string | null; differenceLower: string | null; differenceUpper: string | null; wording: string }>;
  hours: { interventionMean: string | null; controlMean: string | null; difference: string | null; lower: string | null; upper: string | null; recorded: number; wording: string };
};

const effect = async (project: string, token: string, asOf = "2017-12-31") =>
  dataOf(await gql<{ project: { effect: Effect | null } }, object>(api.url, EFFECT, { p: ids[project], asOf }, { token })).project.effect;
const pct = (x: number) => (Math.round(x * 1000) / 10).toLocaleString("da-DK", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

beforeAll(async () => {
  api = await startTestApi();
  for (const r of ["styregruppe", "tovholder"]) tokens[r] = await login(api.url, `${r}@overblik.demo`);
  for (const p of dataOf(await gql(api.url, ProjectsDocument, {}, { token: tokens.styregruppe })).projects.items) ids[p.code] = p.id;
});
afterAll(() => api?.close());

describe("effect against the control group", () => {
  it("gives JobFirst's jobs (30/100 against 18/100 counted from the events) to the styregruppe rounded to 5, with intervals of the rounded counts", async () => {
    const e = (await effect("JF", tokens.styregruppe as string)) as Effect;
    expect([e.interventionSize, e.controlSize]).toEqual(["100", "100"]);
    const [counted]: Array<{ i: number; c: number }> = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.study_group = 'INTERVENTION')::int AS i, count(*) FILTER (WHERE p.study_group = 'CONTROL')::int AS c
         FROM participant p JOIN project pr ON pr.id = p.project_id
        WHERE pr.code = 'JF' AND (SELECT o.kind FROM outcome o WHERE o.participant_id = p.id ORDER BY o.outcome_date DESC LIMIT 1) = 'JOB'`,
    );
    expect([counted?.i, counted?.c]).toEqual([30, 18]);
    // What the styregruppe sees: disclosure.ts's rounding of the exact counts, and the shares of the rounded ones.
    const [i, c] = [discloseCount(30).count ?? 0, discloseCount(18).count ?? 0];
    expect([i, c]).toEqual([30, 20]);
    const job = e.outcomes.find((o) => o.key === "JOB");
    const w1 = wilsonInterval(i, 100);
    const w2 = wilsonInterval(c, 100);
    expect(job?.intervention).toEqual({ count: i, countDisplay: String(i), percent: "30,0", lower: pct(w1?.lower ?? 0), upper: pct(w1?.upper ?? 0) });
    expect(job?.control).toEqual({ count: c, countDisplay: String(c), percent: "20,0", lower: pct(w2?.lower ?? 0), upper: pct(w2?.upper ?? 0) });
    // The reference intervals of 30/100 and 18/100 (Wilson) still hold for the exact counts.
    expect([wilsonInterval(30, 100), wilsonInterval(18, 100)].flatMap((w) => [pct(w?.lower ?? 0), pct(w?.upper ?? 0)])).toEqual(["21,9", "39,6", "11,7", "26,7"]);
    const d = newcombeDifference(i, 100, c, 100);
    expect([job?.difference, job?.differenceLower, job?.differenceUpper]).toEqual(["10,0", pct(d?.lower ?? 0), pct(d?.upper ?? 0)]);
    // The wording says the same as the numbers.
    expect(job?.wording).toBe(
      `Andelen med resultatet "job" er 10,0 procentpoint højere i indsatsgruppen end i kontrolgruppen. Forskellen kan være mellem ${job?.differenceLower} og ${job?.differenceUpper} procentpoint (95 %-interval). ${
        (d?.lower ?? 0) > 0 ? "Intervallet ligger helt over 0, så forskellen er næppe tilfældig." : "Intervallet rummer 0, så tallene kan ikke afgøre, om der er en forskel."
      }`,
    );
    // No outcome yet, 40 against 43 (rounded: 40 against 45): an interval around 0 is said as such.
    const none = e.outcomes.find((o) => o.key === "NONE");
    expect([none?.intervention.countDisplay, none?.control.countDisplay, none?.difference]).toEqual([discloseCount(40).display, discloseCount(43).display, "-5,0"]);
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
    const [counted]: Array<{ i: number; c: number; ji: number; jc: number }> = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.study_group = 'INTERVENTION' AND x.kind = 'EDUCATION')::int AS i, count(*) FILTER (WHERE p.study_group = 'CONTROL' AND x.kind = 'EDUCATION')::int AS c,
              count(*) FILTER (WHERE p.study_group = 'INTERVENTION' AND EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.kind IN ('JOB', 'EDUCATION')))::int AS ji,
              count(*) FILTER (WHERE p.study_group = 'CONTROL' AND EXISTS (SELECT 1 FROM outcome o WHERE o.participant_id = p.id AND o.kind IN ('JOB', 'EDUCATION')))::int AS jc
         FROM participant p JOIN project pr ON pr.id = p.project_id
         CROSS JOIN LATERAL (SELECT o.kind FROM outcome o WHERE o.participant_id = p.id ORDER BY o.outcome_date DESC, o.created_at DESC LIMIT 1) x
        WHERE pr.code = 'JF'`,
    );
    const education = e.outcomes.find((o) => o.key === "EDUCATION");
    expect([education?.intervention.countDisplay, education?.control.countDisplay]).toEqual([discloseCount(counted?.i ?? 0).display, discloseCount(counted?.c ?? 0).display]);
    const joe = e.outcomes.find((o) => o.key === "JOB_OR_EDUCATION");
    expect([joe?.intervention.countDisplay, joe?.control.countDisplay]).toEqual([discloseCount(counted?.ji ?? 0).display, discloseCount(counted?.jc ?? 0).display]);
    for (const o of e.outcomes) for (const share of [o.intervention, o.control]) expect(share.count === null ? share.countDisplay : share.count % 5).toBe(share.count === null ? "<5" : 0);
    expect(JSON.stringify(e)).not.toContain("skjult");
  });

  it("compares hours a week in ordinary employment with Welch's interval, and is null for a project without groups", async () => {
    const e = (await effect("JF", tokens.styregruppe as string)) as Effect;
    // 48 citizens in a job with hours (the demo's), shown to the styregruppe as disclosure.ts rounds them.
    expect(e.hours.recorded).toBe(discloseCount(48).count);
    const [hours]: Array<{ i: string; c: string }> = await api.dataSource.query(
      `SELECT round(avg(coalesce(h, 0)) FILTER (WHERE g = 'INTERVENTION'), 1)::text AS i, round(avg(coalesce(h, 0)) FILTER (WHERE g = 'CONTROL'), 1)::text AS c
         FROM (SELECT p.study_group AS g, (SELECT o.hours_per_week FROM outcome o WHERE o.participant_id = p.id AND o.kind = 'JOB' LIMIT 1) AS h
                 FROM participant p JOIN project pr ON pr.id = p.project_id WHERE pr.code = 'JF') x`,
    );
    expect([e.hours.interventionMean, e.hours.controlMean]).toEqual([hours?.i.replace(".", ","), hours?.c.replace(".", ",")]);
    expect(e.hours.wording).toMatch(/^Timer i ordinær beskæftigelse om ugen: i gennemsnit \d+,\d timer flere i indsatsgruppen/);
    expect(await effect("BFA", tokens.styregruppe as string)).toBeNull();
    const bad = await gql(api.url, EFFECT, { p: ids.JF, asOf: "2017-02-29" }, { token: tokens.styregruppe });
    expect([bad.errors?.[0]?.extensions?.code, bad.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", 'Datoen "2017-02-29" findes ikke i kalenderen.']);
  });
});
