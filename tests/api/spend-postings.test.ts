import { parseMoney } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, type TestApi } from "../support/api.js";
import { csv, IMPORT, POSTINGS, PREVIEW, startSpendWorld, type SpendWorld } from "../support/spend-world.js";

/** Postings, their import from the finance system, activity and the competence pool (tests/support/spend-world.ts). */
let api: TestApi;
let leader: string;
let bfaId: string;
let budgetId: string;
let people: SpendWorld["people"];
let line: SpendWorld["line"];
let followUp: SpendWorld["followUp"];
beforeAll(async () => {
  ({ api, leader, bfaId, budgetId, people, line, followUp } = await startSpendWorld());
});
afterAll(() => api?.close());

describe("postings", () => {
  const ADD = `mutation Add($input: AddPostingInput!) { addPosting(input: $input) { id amount voucher lineName quantity createdBy { name } } }`;
  const REVERSE = `mutation Reverse($input: ReversePostingInput!) { reversePosting(input: $input) { id amount voucher reversesPostingId text } }`;

  it("adds one by one, and corrects only by a reversing posting", async () => {
    const added = dataOf(
      await gql<{ addPosting: { id: string; amount: string; quantity: string } }, object>(
        api.url,
        ADD,
        {
          input: { budgetLineId: line("Lægekonsulent").id, date: "2013-02-28", amount: "1600.00", text: "2 timer", voucher: "T-100", quantity: "2" },
        },
        { token: leader },
      ),
    ).addPosting;
    expect(added.quantity).toBe("2.00");
    const again = await gql(
      api.url,
      ADD,
      { input: { budgetLineId: line("Lægekonsulent").id, date: "2013-02-28", amount: "1600.00", text: "2 timer", voucher: "T-100" } },
      { token: leader },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const reversal = dataOf(
      await gql<{ reversePosting: { amount: string; voucher: string; reversesPostingId: string } }, object>(
        api.url,
        REVERSE,
        { input: { postingId: added.id, date: "2013-03-01", reason: "Forkert linje" } },
        { token: leader },
      ),
    ).reversePosting;
    expect(reversal).toMatchObject({ amount: "-1600.00", voucher: "T-100-T", reversesPostingId: added.id });
    const twice = await gql(api.url, REVERSE, { input: { postingId: added.id, date: "2013-03-02", voucher: "X", reason: "Igen" } }, { token: leader });
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const list = dataOf(
      await gql<{ project: { budgets: Array<{ postings: { items: Array<{ id: string; reversedById: string | null }> } }> } }, object>(
        api.url,
        POSTINGS,
        { id: bfaId, lineId: line("Lægekonsulent").id },
        { token: leader },
      ),
    );
    expect(list.project.budgets[0]?.postings.items.find((p) => p.id === added.id)?.reversedById).not.toBeNull();
  });

  it("does not let a caseworker post", async () => {
    const caseworker = people.sagsbehandler.token;
    const res = await gql(
      api.url,
      ADD,
      { input: { budgetLineId: line("Andre").id, date: "2013-02-28", amount: "1.00", text: "x", voucher: "X-1" } },
      { token: caseworker },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("CSV import from the finance system", () => {
  // Vouchers of their own (B-…), so that the good file's import (F-…) cannot change what the bad one is told.
  const bad = [
    "01-02-2013;B-1;Honorar;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2",
    "01-02-2013;B-2;Honorar;12,345;Lægekonsulent honorar v/ca. 50 timer;",
    "02-02-2013;B-3;Kursus;2.000,00;Ukendt linje;",
    "31-02-2013;B-4;Husleje;500,00;Andre udgifter;",
    "01-02-2013;B-1;Honorar igen;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2",
  ];
  const good = [
    "01-02-2013;F-1;Honorar;1.600,00;Lægekonsulent honorar v/ca. 50 timer;2",
    "01-02-2013;F-2;Honorar;12.345,00;Lægekonsulent honorar v/ca. 50 timer;",
    "02-02-2013;F-3;Kursus;2.000,00;Andre udgifter;",
    "28-02-2013;F-4;Husleje;500,00;Andre udgifter;",
  ];

  async function postingCount(): Promise<number> {
    const data = dataOf(
      await gql<{ project: { budgets: Array<{ postings: { totalCount: number } }> } }, object>(api.url, POSTINGS, { id: bfaId }, { token: leader }),
    );
    return data.project.budgets[0]?.postings.totalCount ?? -1;
  }

  it("names every bad row and its problem, and writes nothing", async () => {
    const before = await postingCount();
    const input = { budgetId, fileName: "forkert.csv", contentBase64: csv(bad) };
    const preview = dataOf(
      await gql<{ previewPostingImport: { rowCount: number; errors: Array<{ row: number; message: string }> } }, object>(
        api.url,
        PREVIEW,
        { input },
        { token: leader },
      ),
    ).previewPostingImport;
    expect(preview.rowCount).toBe(5);
    expect(preview.errors.map((e) => e.row)).toEqual([3, 4, 5, 6]);
    expect(preview.errors[0]?.message).toContain("12,345");
    expect(preview.errors[1]?.message).toContain("Ukendt budgetlinje");
    expect(preview.errors[2]?.message).toContain("31-02-2013");
    expect(preview.errors[3]?.message).toContain("række 2");

    const res = await gql(api.url, IMPORT, { input }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((res.errors?.[0]?.extensions?.details as { errors: unknown[] }).errors).toHaveLength(4);
    expect(await postingCount()).toBe(before);
  });

  it("imports the corrected file (Windows-1252) once; a second import adds nothing", async () => {
    const before = await postingCount();
    const input = { budgetId, fileName: "rettet.csv", contentBase64: csv(good, "latin1") };
    const preview = dataOf(
      await gql<{ previewPostingImport: { encoding: string; newCount: number; newTotal: string; errors: unknown[] } }, object>(
        api.url,
        PREVIEW,
        { input },
        { token: leader },
      ),
    ).previewPostingImport;
    expect(preview).toMatchObject({ encoding: "windows-1252", newCount: 4, newTotal: "16445.00", errors: [] });
    expect(await postingCount()).toBe(before);

    const first = dataOf(
      await gql<{ importPostings: { added: number; alreadyThere: number; addedTotal: string } }, object>(api.url, IMPORT, { input }, { token: leader }),
    ).importPostings;
    expect(first).toMatchObject({ added: 4, alreadyThere: 0, addedTotal: "16445.00" });
    const second = dataOf(
      await gql<{ importPostings: { added: number; alreadyThere: number } }, object>(api.url, IMPORT, { input }, { token: leader }),
    ).importPostings;
    expect(second).toMatchObject({ added: 0, alreadyThere: 4 });
    expect(await postingCount()).toBe(before + 4);
  });

  it("refuses a re-import that changes an amount already booked", async () => {
    const booked = { budgetId, fileName: "husleje.csv", contentBase64: csv(["28-02-2013;R-4;Husleje;500,00;Andre udgifter;"]) };
    expect(dataOf(await gql<{ importPostings: { added: number } }, object>(api.url, IMPORT, { input: booked }, { token: leader })).importPostings.added).toBe(
      1,
    );
    const input = { budgetId, fileName: "aendret.csv", contentBase64: csv(["28-02-2013;R-4;Husleje;550,00;Andre udgifter;"]) };
    const res = await gql(api.url, IMPORT, { input }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const details = res.errors?.[0]?.extensions?.details as { errors: Array<{ row: number; message: string }> };
    expect(details.errors[0]?.row).toBe(2);
    expect(details.errors[0]?.message).toContain("allerede bogført med 500 kr., ikke 550 kr. Ret bilagsnummeret");
  });
});

describe("activity and the competence pool", () => {
  it("records delivered hours, which the follow-up then counts", async () => {
    const before = await followUp("2013-03-31");
    const doctorBefore = before.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    const RECORD = `mutation R($input: RecordActivityInput!) { recordActivity(input: $input) { quantity source } }`;
    const tovholder = people.tovholder.token;
    const res = dataOf(
      await gql<{ recordActivity: { quantity: string; source: string } }, object>(
        api.url,
        RECORD,
        { input: { budgetLineId: line("Lægekonsulent").id, date: "2013-03-15", quantity: "4.5" } },
        { token: tovholder },
      ),
    );
    expect(res.recordActivity).toEqual({ quantity: "4.50", source: "MANUAL" });
    const after = await followUp("2013-03-31");
    const doctorAfter = after.lines.find((l) => l.name.startsWith("Lægekonsulent"));
    expect(parseMoney(String(doctorAfter?.deliveredQuantity))).toBe(parseMoney(String(doctorBefore?.deliveredQuantity)) + 450n);
    const noDriver = await gql(api.url, RECORD, { input: { budgetLineId: line("Andre").id, date: "2013-03-15", quantity: "1" } }, { token: tovholder });
    expect(noDriver.errors?.[0]?.message).toContain("ingen aktivitetsdriver");
  });

  it("summarises the 185.000 kr. pool: planned against actual and cost per participant", async () => {
    const POOL = `query P($id: ID!) { project(id: $id) { competencePools { amount activities { name status version id } summary { planned spent uncommitted plannedParticipants actualParticipants actualCostPerParticipant } } } }`;
    const data = dataOf(
      await gql<
        {
          project: {
            competencePools: Array<{
              amount: string;
              activities: Array<{ name: string; status: string; version: number; id: string }>;
              summary: Record<string, string | number>;
            }>;
          };
        },
        object
      >(api.url, POOL, { id: bfaId }, { token: leader }),
    );
    const pool = data.project.competencePools[0];
    expect(pool?.amount).toBe("185000.00");
    expect(pool?.summary).toMatchObject({
      planned: "185000.00",
      spent: "141200.00",
      uncommitted: "3800.00",
      plannedParticipants: 64,
      actualParticipants: 50,
      actualCostPerParticipant: "2824.00",
    });

    const planned = pool?.activities.find((a) => a.status === "PLANNED");
    const RECORD = `mutation R($input: RecordCompetenceActivityInput!) { recordCompetenceActivity(input: $input) { status actualCost version } }`;
    const held = dataOf(
      await gql<{ recordCompetenceActivity: { status: string; actualCost: string } }, object>(
        api.url,
        RECORD,
        { input: { activityId: planned?.id, expectedVersion: planned?.version, status: "HELD", actualParticipants: 10, actualCost: "41000.00" } },
        { token: leader },
      ),
    );
    expect(held.recordCompetenceActivity).toMatchObject({ status: "HELD", actualCost: "41000.00" });
    const stale = await gql(api.url, RECORD, { input: { activityId: planned?.id, expectedVersion: planned?.version, status: "CANCELLED" } }, { token: leader });
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });
});
