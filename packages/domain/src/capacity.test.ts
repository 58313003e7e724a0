import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { averagePace, capacityPlan, judgedPace, meetingDates, paceByWeek, paceSummary } from "./capacity.js";
import { addDays, daysInclusive, formatIsoWeek, isoWeek, mondayOf } from "./calendar.js";

const BFA = {
  citizens: 219,
  conversationStart: "2012-09-01",
  conversationEnd: "2012-12-21",
  teamStart: "2012-10-01",
  teamEnd: "2013-08-01",
  meetingIntervalDays: 14,
  minutesPerCitizen: 30,
  maxCitizensPerMeeting: 5,
};

describe("capacityPlan for Brug for alle, from its own inputs", () => {
  it("needs 14 conversations a week and ≈ 109 team hours", () => {
    const plan = capacityPlan(BFA);
    expect(plan.conversationWeeks).toBe(16);
    expect(plan.conversationsPerWeek).toBe(14);
    expect(plan.teamHoursText).toBe("109,5");
  });

  it("shows the document's mismatch: 22 meetings of at most 5 are 110 places, not 219", () => {
    const plan = capacityPlan(BFA);
    expect(plan.meetings).toBe(22);
    expect(plan.meetingCapacity).toBe(110);
    expect(plan.citizensPerMeetingNeeded).toBe(10);
    expect(plan.mismatches[0]).toMatch(/^22 møder à højst 5 borgere giver plads til 110, ikke 219/);
    expect(plan.mismatches[0]).toMatch(/hver 7\. dag\.$/);
  });

  it("finds no mismatch when the orange part alone goes to the team", () => {
    expect(capacityPlan({ ...BFA, citizens: 96 }).mismatches).toEqual([]);
  });

  it("changes with its inputs (nothing is baked in)", () => {
    expect(capacityPlan({ ...BFA, citizens: 100 }).conversationsPerWeek).toBe(7);
    expect(capacityPlan({ ...BFA, meetingIntervalDays: 7 }).meetings).toBe(44);
  });
});

describe("calendar", () => {
  it("counts ISO weeks the Danish way", () => {
    expect(isoWeek("2012-07-16")).toEqual({ year: 2012, week: 29 });
    expect(formatIsoWeek("2012-07-20")).toBe("uge 29");
    expect(isoWeek("2013-01-01")).toEqual({ year: 2013, week: 1 });
    expect(isoWeek("2012-12-31")).toEqual({ year: 2013, week: 1 });
    expect(isoWeek("2010-01-03")).toEqual({ year: 2009, week: 53 });
    expect(mondayOf("2012-09-01")).toBe("2012-08-27");
    expect(daysInclusive("2012-09-01", "2012-12-21")).toBe(112);
    expect(addDays("2012-02-28", 1)).toBe("2012-02-29");
  });

  it("lays out meetings every 14 days", () => {
    const dates = meetingDates("2012-10-01", "2013-08-01", 14);
    expect(dates[0]).toBe("2012-10-01");
    expect(dates[1]).toBe("2012-10-15");
    expect(dates).toHaveLength(22);
  });
});

describe("paceByWeek", () => {
  it("compares the weekly pace with the required one and projects the finish", () => {
    // 9 conversations a week from 3 Sep: behind the 14 a week the plan needs.
    const events: string[] = [];
    for (let w = 0; w < 8; w++) for (let i = 0; i < 9; i++) events.push(addDays("2012-09-03", w * 7 + (i % 5)));
    const pace = paceByWeek(events, { start: "2012-09-01", end: "2012-12-21", total: 219 }, "2012-10-28");
    expect(pace.weeks[1]).toMatchObject({ weekStart: "2012-09-03", done: 9 });
    expect(pace.onTrack).toBe(false);
    expect(pace.averagePerWeek).toBeCloseTo(72 / 8.29, 1);
    expect(pace.projectedFinish && pace.projectedFinish > "2012-12-21").toBe(true);
  });

  it("measures the pace over the period once it is over, not over the quiet months after it", () => {
    // 14 a week from 3 Sep to 21 Dec: 16 weeks, 224 conversations.
    const events: string[] = [];
    for (let w = 0; w < 16; w++) for (let i = 0; i < 14; i++) events.push(addDays("2012-09-03", w * 7 + (i % 5)));
    const plan = { start: "2012-09-01", end: "2012-12-21", total: 250 };
    const atEnd = paceByWeek(events, plan, "2012-12-21");
    const later = paceByWeek(events, plan, "2013-08-01");
    expect(later.averagePerWeek).toBeCloseTo(atEnd.averagePerWeek, 10);
    expect(later.averagePerWeek).toBeCloseTo((224 * 7) / 112, 6);
    expect(later.projectedFinish).toBe(atEnd.projectedFinish);
    expect(later.weeks).toHaveLength(atEnd.weeks.length);
  });
});

describe("paceSummary", () => {
  const day = (n: number) => addDays("2012-08-01", n);
  const arbitraryCase = fc.record({
    events: fc.array(fc.integer({ min: 0, max: 400 }).map(day), { maxLength: 300 }),
    start: fc.integer({ min: 0, max: 200 }),
    length: fc.integer({ min: 0, max: 200 }),
    total: fc.integer({ min: 0, max: 400 }),
    asOf: fc.integer({ min: 0, max: 450 }).map(day),
  });

  it("averages the events from the plan's start up to the date, paced until the latest of them after the period", () => {
    fc.assert(
      fc.property(arbitraryCase, ({ events, start, length, total, asOf }) => {
        const plan = { start: day(start), end: day(start + length), total };
        const summary = paceSummary(events, plan, asOf);
        // The rule written out independently: the counted events sorted, their number and the last of them.
        const counted = events.filter((e) => e <= asOf && e >= plan.start).sort();
        expect(summary.doneTotal).toBe(counted.length);
        expect(summary).toMatchObject(averagePace(counted.length, counted[counted.length - 1] ?? null, plan, asOf));
        expect(summary.judged).toEqual(judgedPace(events, plan, asOf));
        // The pace table reads the same two numbers.
        const table = paceByWeek(events, plan, asOf);
        expect([table.judged, table.averagePerWeek]).toEqual([summary.judged, summary.averagePerWeek]);
      }),
    );
  });

  it("leaves every event in the table's week of its own Monday (events counted per day first)", () => {
    fc.assert(
      fc.property(arbitraryCase, ({ events, start, length, total, asOf }) => {
        const plan = { start: day(start), end: day(start + length), total };
        const table = paceByWeek(events, plan, asOf);
        for (const week of table.weeks) {
          const sunday = addDays(week.weekStart, 6);
          const until = table.judged?.until ?? asOf;
          expect(week.done).toBe(events.filter((e) => e >= week.weekStart && e <= sunday && e <= until && e >= mondayOf(plan.start)).length);
        }
      }),
    );
  });
});
