import { type RunningServer } from "@overblik/api";
import { LogoutDocument, MeDocument } from "@overblik/graphql-client";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";
import { FIXTURE_PASSWORD, makeUser } from "../support/fixtures.js";
import { startSecondApi } from "../support/second-api.js";

let first: TestApi;
let secondData: DataSource;
let second: RunningServer;
let email: string;

beforeAll(async () => {
  first = await startTestApi({ seed: false });
  // One user is the whole world: the sessions are what is shared between the processes.
  email = (await makeUser(first.dataSource, { email: "to.processer@test.dk" })).email;
  // A second API with its own connection pool and nothing shared in memory, on the same database.
  ({ dataSource: secondData, server: second } = await startSecondApi(first));
});
afterAll(async () => {
  await second?.close();
  await secondData?.destroy();
  await first?.close();
});

describe("two API processes behind one port", () => {
  it("accept a session created on either, and a logout on one ends it on the other at once", async () => {
    const token = await login(first.url, email, FIXTURE_PASSWORD);
    expect(dataOf(await gql(second.url, MeDocument, {}, { token })).me.email).toBe("to.processer@test.dk");
    expect(dataOf(await gql(second.url, LogoutDocument, {}, { token })).logout).toBe(true);
    const res = await gql(first.url, MeDocument, {}, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("send the security headers", async () => {
    const res = await fetch(`${second.url}/healthz`);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("send the same security headers on POST /graphql (set from a list made at start), with no-store and a request id", async () => {
    const health = await fetch(`${second.url}/healthz`);
    const post = await fetch(`${second.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(post.status).toBe(200);
    const helmetNames = [
      "content-security-policy",
      "cross-origin-opener-policy",
      "cross-origin-resource-policy",
      "origin-agent-cluster",
      "referrer-policy",
      "x-content-type-options",
      "x-dns-prefetch-control",
      "x-download-options",
      "x-frame-options",
      "x-permitted-cross-domain-policies",
      "x-xss-protection",
    ];
    for (const name of helmetNames) {
      expect(health.headers.get(name), name).not.toBeNull();
      expect(post.headers.get(name), name).toBe(health.headers.get(name));
    }
    expect(post.headers.get("x-powered-by")).toBeNull();
    expect(post.headers.get("cache-control")).toBe("no-store");
    expect(post.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
