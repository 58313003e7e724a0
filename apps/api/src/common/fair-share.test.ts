import { readdirSync, readFileSync } from "node:fs";
import { buildSchema, Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { pino } from "pino";
import type { EntityManager } from "typeorm";
import { CHEAP_COST, DEFAULT_FAIR_SHARE_COST_PER_MINUTE, FairShare, FIELD_COSTS, LIST_FACTOR, LIST_SIZES, operationCost, retryAfterOf } from "./fair-share.js";

// The committed SDL (npm run codegen writes it from the resolvers) and the portal's own documents.
const schema = buildSchema(readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8"));
const documentsDir = new URL("../../../../packages/graphql-client/src/documents/", import.meta.url);
const portal = parse(
  readdirSync(documentsDir)
    .filter((f) => f.endsWith(".graphql"))
    .map((f) => readFileSync(new URL(f, documentsDir), "utf8"))
    .join("\n"),
);

function operations(document: DocumentNode): OperationDefinitionNode[] {
  return document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
}

function cost(query: string): number {
  const document = parse(query);
  return operationCost(schema, document, operations(document)[0] as OperationDefinitionNode);
}

const dashboard = FIELD_COSTS["Project.dashboard"] as number;

describe("the cost of an operation", () => {
  it("names only fields that exist in the schema", () => {
    for (const coordinate of [...Object.keys(FIELD_COSTS), ...Object.keys(LIST_SIZES)]) {
      const [type, field] = coordinate.split(".") as [string, string];
      const named = schema.getType(type);
      expect(named && "getFields" in named ? Object.keys(named.getFields()) : [], coordinate).toContain(field);
    }
  });

  it("is 1 for one cheap root field and counts each root field", () => {
    expect(cost("{ me { id name } }")).toBe(CHEAP_COST);
    expect(cost("{ __typename }")).toBe(1);
    expect(cost("{ me { id } users { id } }")).toBe(2);
  });

  it("counts every alias of an expensive field", () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `d${i}: dashboard { asOf }`).join(" ");
    expect(cost(`query Q($p: ID!) { project(id: $p) { id dashboard { asOf } } }`)).toBe(1 + dashboard);
    expect(cost(`query Q($p: ID!) { project(id: $p) { ${aliases} } }`)).toBe(1 + 15 * dashboard);
    expect(cost(`{ a: portfolio { asOf } b: portfolio { asOf } }`)).toBe(2 * (FIELD_COSTS["Query.portfolio"] as number));
  });

  it("counts an expensive field inside a fragment at each spread, and inside inline fragments", () => {
    const query = `query Q($p: ID!) { a: project(id: $p) { ...D } b: project(id: $p) { ...D ... on Project { effect { asOf } } } }
      fragment D on Project { dashboard { asOf } }`;
    expect(cost(query)).toBe(2 + 2 * dashboard + (FIELD_COSTS["Project.effect"] as number));
  });

  it("counts an expensive field below a list LIST_FACTOR times", () => {
    expect(cost(`{ projects { items { dashboard { asOf } } } }`)).toBe(1 + LIST_FACTOR * dashboard);
    // A project's budgets are a short list.
    expect(cost(`query Q($p: ID!) { project(id: $p) { budgets { followUp { asOf } } } }`)).toBe(
      1 + (LIST_SIZES["Project.budgets"] as number) * (FIELD_COSTS["Budget.followUp"] as number),
    );
  });

  it("keeps the frozen dashboard of a meeting pack cheap: it is stored figures", () => {
    expect(cost(`query Q($id: ID!) { meetingPack(id: $id) { dashboard { asOf } } }`)).toBe(FIELD_COSTS["Query.meetingPack"]);
  });

  it("lets a user load the portal's heaviest page at least 25 times a minute", () => {
    const costs = operations(portal).map((op) => ({ name: op.name?.value ?? "?", cost: operationCost(schema, portal, op) }));
    costs.sort((a, b) => b.cost - a.cost);
    console.log(
      `the portal's heaviest operations: ${costs
        .slice(0, 8)
        .map((c) => `${c.name} ${c.cost}`)
        .join(", ")}`,
    );
    expect(costs.length).toBeGreaterThan(50);
    expect(costs[0]?.cost).toBeLessThanOrEqual(DEFAULT_FAIR_SHARE_COST_PER_MINUTE / 25);
  });
});

describe("the fair share of one process", () => {
  const logger = pino({ level: "silent" });
  const statements: string[] = [];
  /** A database whose upsert answers `row` (the user's count after this operation). */
  const database = (row: { cost: number; retry_after: number; fresh: boolean }): Pick<EntityManager, "query"> => ({
    async query<T>(sql: string): Promise<T> {
      statements.push(sql);
      return [row] as T;
    },
  });
  /** The count is always within the budget: only the in-flight cap can refuse. */
  const manager = database({ cost: 2, retry_after: 60, fresh: false });

  it("asks the database nothing for a cheap operation", async () => {
    statements.length = 0;
    const share = new FairShare(600, 1);
    (await share.admit({ manager, logger }, "u", CHEAP_COST))();
    (await share.admit({ manager, logger }, "u", CHEAP_COST))();
    expect(statements).toEqual([]);
  });

  it("refuses a user's expensive operation beyond the cap in flight at once, and admits again when one ends", async () => {
    const share = new FairShare(600, 2);
    const first = await share.admit({ manager, logger }, "a", 10);
    await share.admit({ manager, logger }, "a", 10);
    await expect(share.admit({ manager, logger }, "a", 10)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Du har allerede 2 tunge forespørgsler i gang. Prøv igen om 1 sekund.",
    });
    // Another user is not affected.
    await share.admit({ manager, logger }, "b", 10);
    first();
    first(); // ending twice frees one place only
    await share.admit({ manager, logger }, "a", 10);
    await expect(share.admit({ manager, logger }, "a", 10)).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("refuses past the budget with the seconds the database says, and frees the place in flight", async () => {
    const over = database({ cost: 700, retry_after: 42, fresh: false });
    const share = new FairShare(600, 1);
    const refusal = share.admit({ manager: over, logger }, "c", 151);
    await expect(refusal).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: "Du har brugt din andel af serverens kapacitet for nu. Prøv igen om 42 sekunder.",
    });
    await refusal.catch((error: unknown) => expect(retryAfterOf(error)).toBe(42));
    (await share.admit({ manager, logger }, "c", 151))();
  });
});
