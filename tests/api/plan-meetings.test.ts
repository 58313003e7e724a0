import {
  FlowAddToAgendaDocument,
  FlowGenerateTeamMeetingsDocument,
  FlowHoldTeamMeetingDocument,
  PlanAddTeamMeetingDocument,
  PlanCancelTeamMeetingDocument,
  PlanMoveTeamMeetingDocument,
  PlanSetFlowPlanDocument,
  PlanSetupDocument,
} from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, type TestApi } from "../support/api.js";
import { makeParticipant } from "../support/fixtures.js";
import { codeOf } from "../support/error-code.js";
import { BFA_PLAN, startPlanWorld, type PlanWorld } from "../support/plan-setup-world.js";

/** The team meetings, generated from a flow plan set up beforehand (tests/support/plan-setup-world.ts). */
let api: TestApi;
let projectId: string;
let token: PlanWorld["token"];
let meetings: PlanWorld["meetings"];
let userIds: PlanWorld["userIds"];
beforeAll(async () => {
  ({ api, projectId, token, meetings, userIds } = await startPlanWorld({ planned: true }));
});
afterAll(() => api?.close());

describe("team meetings", () => {
  it("are generated from the plan; an extra meeting is added once a date, and takes a citizen on its agenda", async () => {
    expect(dataOf(await gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).generateTeamMeetings).toBe(22);
    const extra = dataOf(
      await gql(api.url, PlanAddTeamMeetingDocument, { input: { projectId, date: "2013-08-15" } }, { token: token("TOVHOLDER") }),
    ).addTeamMeeting;
    expect(extra).toMatchObject({ date: "2013-08-15", status: "PLANNED", maxItems: 5, minutesPerItem: 30, items: [], cancelReason: null });
    const twice = await gql(api.url, PlanAddTeamMeetingDocument, { input: { projectId, date: "2013-08-15", maxItems: 3 } }, { token: token("TOVHOLDER") });
    expect([codeOf(twice), twice.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", "Der er allerede et teammøde d. 15.08.2013. Vælg en anden dato."]);
    const outside = await gql(api.url, PlanAddTeamMeetingDocument, { input: { projectId, date: "2014-01-02" } }, { token: token("TOVHOLDER") });
    expect(outside.errors?.[0]?.message).toBe("Mødets dato (02.01.2014) skal ligge i projektets periode, 01.04.2012–31.12.2013.");
    const small = dataOf(
      await gql(
        api.url,
        PlanAddTeamMeetingDocument,
        { input: { projectId, date: "2013-08-16", maxItems: 2, minutesPerItem: 45 } },
        { token: token("TOVHOLDER") },
      ),
    ).addTeamMeeting;
    expect([small.maxItems, small.minutesPerItem]).toEqual([2, 45]);

    const [citizen] = await api.dataSource.query<[{ id: string }]>(`SELECT id FROM participant WHERE project_id = $1 AND code = 'BFA-0001'`, [projectId]);
    expect(
      dataOf(await gql(api.url, FlowAddToAgendaDocument, { input: { meetingId: extra.id, participantId: citizen.id } }, { token: token("TOVHOLDER") }))
        .addToAgenda,
    ).toBe(1);
    const after = (await meetings()).find((m) => m.id === extra.id);
    expect(after?.items.map((i) => i.participantCode)).toEqual(["BFA-0001"]);
    expect(await meetings()).toHaveLength(24);
  });

  it("moves a planned meeting (its plan date is not generated again) but never a held one", async () => {
    const first = (await meetings())[0];
    if (!first) throw new Error("no meeting");
    expect(first.date).toBe("2012-10-01");
    const moved = dataOf(
      await gql(
        api.url,
        PlanMoveTeamMeetingDocument,
        { input: { meetingId: first.id, expectedVersion: first.version, date: "2012-10-03" } },
        { token: token("TOVHOLDER") },
      ),
    ).moveTeamMeeting;
    expect(moved).toMatchObject({ date: "2012-10-03", plannedDate: "2012-10-01", version: first.version + 1 });
    const stale = await gql(
      api.url,
      PlanMoveTeamMeetingDocument,
      { input: { meetingId: first.id, expectedVersion: first.version, date: "2012-10-04" } },
      { token: token("TOVHOLDER") },
    );
    expect(codeOf(stale)).toBe("CONFLICT");
    const onto = await gql(
      api.url,
      PlanMoveTeamMeetingDocument,
      { input: { meetingId: first.id, expectedVersion: moved.version, date: "2012-10-15" } },
      { token: token("TOVHOLDER") },
    );
    expect(onto.errors?.[0]?.message).toBe("Der er allerede et teammøde d. 15.10.2012. Vælg en anden dato.");
    expect(dataOf(await gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).generateTeamMeetings).toBe(0);

    dataOf(
      await gql(
        api.url,
        FlowHoldTeamMeetingDocument,
        { input: { meetingId: moved.id, expectedVersion: moved.version, attendance: [], outcomes: [] } },
        { token: token("TOVHOLDER") },
      ),
    );
    const held = await gql(
      api.url,
      PlanMoveTeamMeetingDocument,
      { input: { meetingId: moved.id, expectedVersion: moved.version + 1, date: "2012-10-05" } },
      { token: token("TOVHOLDER") },
    );
    expect([codeOf(held), held.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", "Mødet er afholdt og kan ikke flyttes."]);
    const cancelHeld = await gql(
      api.url,
      PlanCancelTeamMeetingDocument,
      { input: { meetingId: moved.id, expectedVersion: moved.version + 1, reason: "Sygdom" } },
      { token: token("TOVHOLDER") },
    );
    expect(cancelHeld.errors?.[0]?.message).toBe("Mødet er afholdt og kan ikke aflyses.");
  });

  it("cancels a meeting with a reason and moves its agenda after the chosen meeting's own; refuses, changing nothing, when it does not fit", async () => {
    const planned = (await meetings()).filter((m) => m.status === "PLANNED");
    const [source, full, roomy] = [planned[0], planned[1], planned[2]];
    if (!source || !full || !roomy) throw new Error("too few meetings");
    const citizens: Array<{ id: string; code: string }> = await api.dataSource.query(`SELECT id, code FROM participant WHERE project_id = $1 ORDER BY code`, [
      projectId,
    ]);
    for (let i = 5; i <= 7; i++) citizens.push(await makeParticipant(api.dataSource, projectId, { code: `BFA-${String(i).padStart(4, "0")}` }));
    const add = async (meetingId: string, participantId: string) =>
      dataOf(await gql(api.url, FlowAddToAgendaDocument, { input: { meetingId, participantId } }, { token: token("TOVHOLDER") }));
    const [c1, c2, c3, c4, c5, c6, c7] = citizens.map((c) => c.id);
    if (!c1 || !c2 || !c3 || !c4 || !c5 || !c6 || !c7) throw new Error("too few citizens");
    await add(source.id, c1);
    await add(source.id, c2);
    for (const c of [c3, c4, c5, c6]) await add(full.id, c); // 4 of 5 places: one free
    await add(roomy.id, c7);

    const noTarget = await gql(
      api.url,
      PlanCancelTeamMeetingDocument,
      { input: { meetingId: source.id, expectedVersion: source.version, reason: "Tovholderen er syg" } },
      { token: token("TOVHOLDER") },
    );
    expect([codeOf(noTarget), noTarget.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", "Vælg et møde, dagsordenen flyttes til."]);
    const tooMany = await gql(
      api.url,
      PlanCancelTeamMeetingDocument,
      { input: { meetingId: source.id, expectedVersion: source.version, reason: "Tovholderen er syg", moveAgendaToMeetingId: full.id } },
      { token: token("TOVHOLDER") },
    );
    expect([codeOf(tooMany), tooMany.errors?.[0]?.message]).toEqual([
      "BAD_USER_INPUT",
      `Dagsordenen har 2 borgere, men mødet d. ${full.date.split("-").reverse().join(".")} har kun 1 ledig plads. Vælg et andet møde.`,
    ]);
    const unchanged = await meetings();
    expect(unchanged.find((m) => m.id === source.id)).toMatchObject({ status: "PLANNED", version: source.version, cancelReason: null });
    expect(unchanged.find((m) => m.id === source.id)?.items.map((i) => i.participantId)).toEqual([c1, c2]);
    expect(unchanged.find((m) => m.id === full.id)?.items).toHaveLength(4);

    const cancelled = dataOf(
      await gql(
        api.url,
        PlanCancelTeamMeetingDocument,
        { input: { meetingId: source.id, expectedVersion: source.version, reason: "Tovholderen er syg", moveAgendaToMeetingId: roomy.id } },
        { token: token("TOVHOLDER") },
      ),
    ).cancelTeamMeeting;
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelReason: "Tovholderen er syg", items: [], version: source.version + 1 });
    const target = (await meetings()).find((m) => m.id === roomy.id);
    expect(target?.items.map((i) => [i.participantId, i.position])).toEqual([
      [c7, 1],
      [c1, 2],
      [c2, 3],
    ]);
    const row: Array<{ cancelled_by: string; has_time: boolean }> = await api.dataSource.query(
      `SELECT cancelled_by, cancelled_at IS NOT NULL AS has_time FROM team_meeting WHERE id = $1`,
      [source.id],
    );
    expect(row).toEqual([{ cancelled_by: userIds.TOVHOLDER, has_time: true }]);
    const again = await gql(
      api.url,
      PlanCancelTeamMeetingDocument,
      { input: { meetingId: source.id, expectedVersion: source.version + 1, reason: "Igen" } },
      { token: token("TOVHOLDER") },
    );
    expect(again.errors?.[0]?.message).toBe("Mødet er aflyst og kan ikke aflyses.");
    // A cancelled meeting keeps its plan date: generating the plan does not bring it back.
    expect(dataOf(await gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).generateTeamMeetings).toBe(0);
  });

  it("offers the meetings a longer team period adds, and creates them", async () => {
    const current = dataOf(await gql(api.url, PlanSetupDocument, { projectId }, { token: token("TOVHOLDER") })).project.flowPlan;
    expect(current?.missingMeetings).toBe(0);
    const longer = dataOf(
      await gql(
        api.url,
        PlanSetFlowPlanDocument,
        { input: { projectId, expectedVersion: current?.version, ...BFA_PLAN, teamEnd: "2013-09-01" } },
        { token: token("TOVHOLDER") },
      ),
    ).setFlowPlan;
    // 22 meetings up to 22.7.2013; every 14 days on: 5.8. and 19.8.2013.
    expect(longer.missingMeetings).toBe(2);
    expect(longer.capacityPlan.meetings).toBe(24);
    expect(dataOf(await gql(api.url, FlowGenerateTeamMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).generateTeamMeetings).toBe(2);
    const dates = (await meetings()).map((m) => m.date).filter((d) => d >= "2013-08-01");
    expect(dates).toEqual(["2013-08-05", "2013-08-15", "2013-08-16", "2013-08-19"]);
  });
});
