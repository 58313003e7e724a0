import { ProjectsDocument } from "@overblik/graphql-client";
import { newcombeDifference, wilsonInterval } from "@overblik/domain";
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
  it("gives JobFirst's jobs as 30/100 against 18/100 with the reference intervals, counted from the events", async () => {
    const e = (await effect("JF", tokens.styregruppe as string)) as Effect;
    expect([e.interventionSize, e.controlSize]).toEqual(["100", "100"]);
    const [counted]: Array<{ i: number; c: number }> = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.study_group = 'INTERVENTION')::int AS i, count(*) FILTER (WHERE p.study_group = 'CONTROL')::int AS c
         FROM participant p JOIN project pr ON pr.id = p.project_id
        WHERE pr.code = 'JF' AND (SELECT o.kind FROM outcome o WHERE o.participant_id = p.id ORDER BY o.outcome_date DESC LIMIT 1) = 'JOB'`,
    );
    expect([counted?.i, counted?.c]).toEqual([30, 18]);
    const job = e.outcomes.find((o) => o.key === "JOB");
    const w1 = wilsonInterval(30, 100);
    expect(job?.intervention).toEqual({ count: 30, countDisplay: "30", percent: "30,0", lower: pct(w1?.lower ?? 0), upper: pct(w1?.upper ?? 0) });
    expect([job?.intervention.lower, job?.intervention.upper, job?.control.lower, job?.control.upper]).toEqual(["21,9", "39,6", "11,7", "26,7"]);
    const d = newcombeDifference(30, 100, 18, 100);
    expect([job?.difference, job?.differenceLower, job?.differenceUpper]).toEqual(["12,0", pct(d?.lower ?? 0), pct(d?.upper ?? 0)]);
    // The wording says the same as the numbers.
    expect(job?.wording).toBe(
      `Andelen med resultatet "job" er 12,0 procentpoint højere i indsatsgruppen end i kontrolgruppen. Forskellen kan være mellem ${job?.differenceLower} og ${job?.differenceUpper} procentpoint (95 %-interval). Intervallet ligger helt over 0, så forskellen er næppe tilfældig.`,
    );
    // No outcome yet, 40 against 43: an interval around 0 is said as such.
    const none = e.outcomes.find((o) => o.key === "NONE");
    expect([none?.intervention.countDisplay, none?.control.countDisplay, none?.difference]).toEqual(["40", "43", "-3,0"]);
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

  it("hides enough of the latest outcomes that the hidden ones hold at least 5 citizens, and 'job or education' where it would bound a hidden one", async () => {
    const e = (await effect("JF", tokens.styregruppe as string)) as Effect;
    const latest = ["JOB", "EDUCATION", "REMATCHED_2", "PENSION_RECOMMENDED", "PASSIVE", "NONE"];
    for (const g of ["intervention", "control"] as const) {
      const cells = e.outcomes.filter((o) => latest.includes(o.key)).map((o) => o[g]);
      const hidden = cells.filter((c) => c.count === null);
      // The group's size is shown and the latest outcomes (with "none yet") add up to it: what is hidden is 100 less what is shown.
      const hiddenTogether = 100 - cells.reduce((sum, c) => sum + (c.count ?? 0), 0);
      expect(hidden.length === 0 || hiddenTogether >= 5).toBe(true);
      expect(hidden.length).not.toBe(1);
    }
    // Rematched and pension are under 5 in both groups, so a third cell (education) is hidden with them ...
    const education = e.outcomes.find((o) => o.key === "EDUCATION");
    expect([education?.intervention.countDisplay, education?.control.countDisplay, education?.difference]).toEqual(["skjult", "skjult", null]);
    // ... and job or education (ever), at least job + education, would bound it: hidden too.
    const joe = e.outcomes.find((o) => o.key === "JOB_OR_EDUCATION");
    expect([joe?.intervention.count, joe?.control.count, joe?.difference]).toEqual([null, null, null]);
    const [counted]: Array<{ i: number; c: number }> = await api.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.study_group = 'INTERVENTION' AND x.kind = 'EDUCATION')::int AS i, count(*) FILTER (WHERE p.study_group = 'CONTROL' AND x.kind = 'EDUCATION')::int AS c
         FROM participant p JOIN project pr ON pr.id = p.project_id
         CROSS JOIN LATERAL (SELECT o.kind FROM outcome o WHERE o.participant_id = p.id ORDER BY o.outcome_date DESC, o.created_at DESC LIMIT 1) x
        WHERE pr.code = 'JF'`,
    );
    // Education itself is 5 or more in each group: hidden to protect the small cells, not for being small.
    expect(Math.min(counted?.i ?? 0, counted?.c ?? 0)).toBeGreaterThanOrEqual(5);
  });

  it("compares hours a week in ordinary employment with Welch's interval, and is null for a project without groups", async () => {
    const e = (await effect("JF", tokens.styregruppe as string)) as Effect;
    expect(e.hours.recorded).toBe(48);
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
