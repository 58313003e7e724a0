import { readdirSync, readFileSync } from "node:fs";
import { buildSchema, Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { CHEAP_COST, DEFAULT_FAIR_SHARE_COST_PER_MINUTE, FIELD_COSTS, LIST_FACTOR, LIST_SIZES, operationCost } from "./fair-share.js";

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
    expect(cost(`query Q($p: ID!) { project(id: $p) { budgets { followUp { asOf } } } }`)).toBe(1 + (LIST_SIZES["Project.budgets"] as number) * (FIELD_COSTS["Budget.followUp"] as number));
  });

  it("keeps the frozen dashboard of a meeting pack cheap: it is stored figures", () => {
    expect(cost(`query Q($id: ID!) { meetingPack(id: $id) { dashboard { asOf } } }`)).toBe(FIELD_COSTS["Query.meetingPack"]);
  });

  it("lets a user load the portal's heaviest page at least 25 times a minute", () => {
    const costs = operations(portal).map((op) => ({ name: op.name?.value ?? "?", cost: operationCost(schema, portal, op) }));
    costs.sort((a, b) => b.cost - a.cost);
    console.log(`the portal's heaviest operations: ${costs.slice(0, 8).map((c) => `${c.name} ${c.cost}`).join(", ")}`);
    expect(costs.length).toBeGreaterThan(50);
    expect(costs[0]?.cost).toBeLessThanOrEqual(DEFAULT_FAIR_SHARE_COST_PER_MINUTE / 25);
  });
});
