import { queryProtection } from "@overblik/api";
import { buildSchema, getVariableValues, Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

interface ExampleIds {
  projectId: string;
}
/** The shape of apps/portal/src/playground/examples.ts that this test relies on. */
interface ExamplesModule {
  EXAMPLE_IDS_QUERY: string;
  PLACEHOLDER_IDS: ExampleIds;
  exampleIdsFrom(data: unknown): ExampleIds | null;
  PLAYGROUND_EXAMPLES: ReadonlyArray<{ title: string; login: string; query: string; variables(ids: ExampleIds): Record<string, unknown> }>;
}
// The examples are the portal's source, outside this project's rootDir: a static import would make tsc
// refuse the project (TS6059), so vitest loads the file by its URL.
const examplesUrl = new URL("../../apps/portal/src/playground/examples.ts", import.meta.url);
const { EXAMPLE_IDS_QUERY, exampleIdsFrom, PLACEHOLDER_IDS, PLAYGROUND_EXAMPLES } = (await import(examplesUrl.href)) as ExamplesModule;

const committedSchema = buildSchema(await readFile(new URL("../../apps/api/schema.graphql", import.meta.url), "utf8"));
const operations = [
  { title: "id-opslaget", query: EXAMPLE_IDS_QUERY, variables: {} as Record<string, unknown> },
  ...PLAYGROUND_EXAMPLES.map((e) => ({ title: e.title, query: e.query, variables: e.variables(PLACEHOLDER_IDS) })),
];

describe("the playground's example operations against the committed schema", () => {
  it.each(operations)("$title is one named operation, valid, within the query limits, with variables of the right types", ({ query, variables }) => {
    const document = parse(query);
    const definitions = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(definitions).toHaveLength(1);
    expect(definitions[0]?.name?.value).toMatch(/^[A-Z]/);
    expect(validate(committedSchema, document).map((e) => e.message)).toEqual([]);
    expect(validate(committedSchema, document, queryProtection().validationRules).map((e) => e.message)).toEqual([]);
    const coerced = getVariableValues(committedSchema, definitions[0]?.variableDefinitions ?? [], variables);
    expect(coerced.errors?.map((e) => e.message)).toBeUndefined();
  });

  it("cover the main tasks", () => {
    const names = PLAYGROUND_EXAMPLES.map((e) => (parse(e.query).definitions[0] as OperationDefinitionNode).name?.value);
    expect(names).toEqual(["Projektliste", "Budgetopfoelgning", "Omplacering", "Deltagerstatistik", "TovholderOverblik", "Kapacitetsplan", "Styregruppe"]);
  });
});

describe("the playground's example operations against a running API", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  /** What the playground does when an example is opened: look the ids up with the visitor's token, then run it. */
  async function run(title: string) {
    const example = PLAYGROUND_EXAMPLES.find((e) => e.title === title);
    if (!example) throw new Error(`no example ${title}`);
    const token = await login(api.url, example.login);
    const ids = exampleIdsFrom(dataOf(await gql<unknown, object>(api.url, EXAMPLE_IDS_QUERY, {}, { token })));
    expect(ids).not.toBeNull();
    return dataOf(await gql<Record<string, unknown>, object>(api.url, example.query, example.variables(ids ?? PLACEHOLDER_IDS), { token })) as never;
  }

  it("run as their suggested demo user with the ids the playground looks up, and answer with Brug for alle's figures", async () => {
    const list: { projects: { items: Array<{ code: string }> } } = await run("Projektlisten");
    expect(list.projects.items.map((p) => p.code).sort()).toEqual(["BFA", "KBH"]);

    const followUp: { project: { code: string; budget: { followUp: { expense: { corrected: string }; lines: unknown[] } } } } = await run("Budgetopfølgning");
    expect(followUp.project.code).toBe("BFA");
    expect(followUp.project.budget.followUp.expense.corrected).toBe("1193000.00");
    expect(followUp.project.budget.followUp.lines.length).toBeGreaterThan(5);

    const move: { adjustBudget: { status: string; entries: Array<{ lineName: string; delta: string }> } } = await run("Omplacering (budgetjustering)");
    expect(move.adjustBudget.status).toBe("APPLIED");
    expect(move.adjustBudget.entries.map((e) => [e.lineName.split(" ")[0], e.delta])).toEqual([
      ["Andre", "-10000.00"],
      ["Lægekonsulent", "10000.00"],
    ]);
    // Opened again, the example carries the lines' new versions, so it runs again instead of a CONFLICT.
    expect(((await run("Omplacering (budgetjustering)")) as typeof move).adjustBudget.status).toBe("APPLIED");

    const stats: { participantStatistics: { suppressed: boolean; breakdowns: unknown[] } } = await run("Deltagerstatistik (styregruppen)");
    expect(stats.participantStatistics.suppressed).toBe(true);
    expect(stats.participantStatistics.breakdowns.length).toBeGreaterThan(0);

    const overview: { project: { overview: unknown[] } } = await run("Tovholderens overblik");
    expect(overview.project.overview.length).toBeGreaterThan(0);

    const capacity: { project: { capacityPlan: { citizens: number } | null; milestones: unknown[] } } = await run("Kapacitetsplanen");
    expect(capacity.project.capacityPlan?.citizens).toBe(219);
    expect(capacity.project.milestones.length).toBeGreaterThan(0);

    const steering: { project: { dashboard: { coloursNow: Array<{ label: string; display: string }> } }; portfolio: { projects: unknown[] } } = await run("Styregruppens overblik");
    expect(steering.project.dashboard.coloursNow.find((c) => c.label === "Blå")?.display).toBe("<5");
    expect(steering.portfolio.projects.length).toBeGreaterThan(0);
  });
});
