import { parseMoney, sumOre } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { addMember, FIXTURE_PASSWORD, makeBudgetThroughApi, makeProject, makeUser } from "../support/fixtures.js";

let api: TestApi;
let leader: string;
let budget: { id: string; budgetId: string };
let unindexed: { id: string; budgetId: string };

const every = (amount: string) => [2012, 2013, 2014, 2015].map((year) => ({ year, amount }));

const SET = `mutation S($input: SetPriceIndexInput!) { setBudgetPriceIndex(input: $input) { year index } }`;
const RESTATED = `query R($id: ID!, $to: Int!) { project(id: $id) { budgets { priceIndex { year index } restated(toYear: $to) {
  fromYear toYear explanation income expense lines { name total amounts { year amount } } } } } }`;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  const user = await makeUser(api.dataSource);
  leader = await login(api.url, user.email, FIXTURE_PASSWORD);
  // A draft budget for 2012–2015 in 2012-p/l, as a project's leader writes it: 1.000.000 kr. a year net, one line negative.
  const build = async () => {
    const project = await makeProject(api.dataSource, { startDate: "2012-01-01", endDate: "2015-12-31" });
    await addMember(api.dataSource, project.id, user.id, "LEADER");
    const lines = [
      { side: "EXPENSE" as const, name: "Jobsamtaler", amounts: every("500000.00") },
      { side: "EXPENSE" as const, name: "Overførsel ml. BIF og SOF", amounts: every("-200000.00") },
      { side: "EXPENSE" as const, name: "Progressionsmåling", amounts: every("700000.00") },
    ];
    const budgetId = await makeBudgetThroughApi(api.url, project.id, lines, { leader, styregruppe: leader }, { startYear: 2012, endYear: 2015, draft: true });
    return { id: project.id, budgetId };
  };
  // Two alike: one that never gets an index, whatever the other tests enter on the other.
  budget = await build();
  unindexed = await build();
});
afterAll(() => api?.close());

/** The leader sets the budget's price index for some years; the raw answer, so a test can assert a refusal. */
const setIndex = (entries: Array<{ year: number; index: string }>) =>
  gql<{ setBudgetPriceIndex: Array<{ year: number; index: string }> }, object>(
    api.url,
    SET,
    { input: { budgetId: budget.budgetId, entries } },
    { token: leader },
  );

describe("price index", () => {
  it("says what is missing before an index is entered", async () => {
    const res = await gql(api.url, RESTATED, { id: unindexed.id, to: 2015 }, { token: leader });
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toContain("mangler for 2012 og 2015");
  });

  it("shows a budget in 2012-p/l in 2015 prices, every cell and total recomputable", async () => {
    const set = dataOf(
      await setIndex([
        { year: 2012, index: "100.00" },
        { year: 2015, index: "104.9" },
      ]),
    );
    expect(set.setBudgetPriceIndex).toEqual([
      { year: 2012, index: "100.00" },
      { year: 2015, index: "104.90" },
    ]);
    const data = dataOf(
      await gql<
        {
          project: {
            budgets: Array<{
              restated: {
                explanation: string;
                expense: string;
                lines: Array<{ name: string; total: string; amounts: Array<{ year: number; amount: string }> }>;
              };
            }>;
          };
        },
        object
      >(api.url, RESTATED, { id: budget.id, to: 2015 }, { token: leader }),
    );
    const r = data.project.budgets[0]?.restated;
    expect(r?.explanation).toBe("Omregnet fra 2012-p/l (indeks 100) til 2015-p/l (indeks 104,9).");
    const transfer = r?.lines.find((l) => l.name.startsWith("Overførsel"));
    expect(transfer?.amounts.map((a) => a.amount)).toEqual(["-209800.00", "-209800.00", "-209800.00", "-209800.00"]);
    // 500.000 − 200.000 + 700.000 = 1.000.000 kr. in 2012 is 1.049.000 kr. in 2015 prices; −200.000 is −209.800.
    const year2012 = sumOre((r?.lines ?? []).map((l) => parseMoney(l.amounts.find((a) => a.year === 2012)?.amount ?? "0")));
    expect(year2012).toBe(parseMoney("1049000.00"));
    expect(parseMoney(r?.expense ?? "0")).toBe(sumOre((r?.lines ?? []).map((l) => parseMoney(l.total))));
  });

  it("refuses a year twice and a zero index, and writes nothing", async () => {
    dataOf(
      await setIndex([
        { year: 2012, index: "100" },
        { year: 2015, index: "104.9" },
      ]),
    );
    const res = await setIndex([
      { year: 2013, index: "101" },
      { year: 2013, index: "102" },
    ]);
    expect(res.errors?.[0]?.message).toBe("Året 2013 står mere end én gang.");
    const zero = await setIndex([{ year: 2013, index: "0" }]);
    expect(zero.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const data = dataOf(
      await gql<{ project: { budgets: Array<{ priceIndex: Array<{ year: number }> }> } }, object>(
        api.url,
        `query($id: ID!) { project(id: $id) { budgets { priceIndex { year } } } }`,
        { id: budget.id },
        { token: leader },
      ),
    );
    expect(data.project.budgets[0]?.priceIndex.map((e) => e.year)).toEqual([2012, 2015]);
  });
});
