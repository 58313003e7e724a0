import { createLogger, createSchema, queryProtection, startServer, type RunningServer } from "@overblik/api";
import * as documents from "@overblik/graphql-client";
import { Kind, validate, type DocumentNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, login, startTestApi, TEST_KEYS, type TestApi } from "../support/api.js";
import { FIXTURE_PASSWORD } from "../support/fixtures.js";
import { makeLoggedInUser } from "../support/fixtures-api-a.js";

let api: TestApi;
let production: RunningServer;
let token: string;
let developerEmail: string;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  production = await startServer(
    {
      dataSource: api.dataSource,
      logger: createLogger("silent"),
      sessionSecret: "test-secret-test-secret-test-secret-0123",
      personalDataKeys: TEST_KEYS,
      production: true,
    },
    0,
  );
  // A user without a global role (the limits apply to anyone logged in) and a developer (introspection).
  token = (await makeLoggedInUser(api, { name: "Lars Leder" })).token;
  developerEmail = (await makeLoggedInUser(api, { name: "Ulla Udvikler", globalRoles: ["DEVELOPER"] })).email;
});
afterAll(async () => {
  await production?.close();
  await api?.close();
});

const code = (res: { errors?: Array<{ extensions?: { code?: string } }> }) => res.errors?.[0]?.extensions?.code;

describe("hostile queries", () => {
  it("rejects a 7-level nested query", async () => {
    const res = await gql(api.url, `{ projects { items { budgets { lines { history { entries { lineName } } } } } } }`, {}, { token });
    expect(code(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors?.[0]?.message).toMatch(/depth/i);
  });

  it("rejects 16 aliases", async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
    const res = await gql(api.url, query, {}, { token });
    expect(code(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("rejects a 2 MB query", async () => {
    const query = `{ me { ${"id ".repeat(700_000)} } }`;
    expect(query.length).toBeGreaterThan(2_000_000);
    const res = await gql(api.url, query, {}, { token });
    expect(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"]).toContain(code(res));
  });

  it("rejects a batched array body and a text/plain POST", async () => {
    const batched = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]),
    });
    expect(batched.status).toBe(400);
    const plain = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(plain.status).toBe(400);
  });

  it("refuses a body that is not JSON, and one over the size limit, as the client's error and not a 500", async () => {
    const broken = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: '{"query": "{ me { id } }"',
    });
    expect(broken.status).toBe(400);
    const body = (await broken.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe("BAD_REQUEST");
    expect(body.errors[0]?.message).toBe("Forespørgslens krop er ikke gyldig JSON.");
    const huge = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { id } }", variables: { padding: "x".repeat(16 * 1024 * 1024) } }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("hides field suggestions", async () => {
    const res = await gql(api.url, `{ me { nam } }`, {}, { token });
    expect(code(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("allows introspection in production only to developers and administrators", async () => {
    const query = `{ __schema { queryType { name } } }`;
    expect(code(await gql(production.url, query, {}))).toBe("UNAUTHENTICATED");
    expect(code(await gql(production.url, query, {}, { token }))).toBe("FORBIDDEN");
    const developer = await login(production.url, developerEmail, FIXTURE_PASSWORD);
    const res = await gql<{ __schema: { queryType: { name: string } } }, object>(production.url, query, {}, { token: developer });
    expect(res.data?.__schema.queryType.name).toBe("Query");
  });

  it("lets every document the portal uses through the same limits", async () => {
    const schema = await createSchema();
    const rules = queryProtection().validationRules;
    const docs = Object.entries(documents).filter(([name, value]) => name.endsWith("Document") && (value as DocumentNode).kind === Kind.DOCUMENT) as Array<
      [string, DocumentNode]
    >;
    expect(docs.length).toBeGreaterThan(20);
    const failures = docs.flatMap(([name, doc]) => validate(schema, doc, rules).map((e) => `${name}: ${e.message}`));
    expect(failures).toEqual([]);
  });
});
