import { ProjectsDocument } from "@overblik/graphql-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

let api: TestApi;
let bfaId: string;

const CREATE = `mutation C($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id name prefix expiresAt } } }`;
const REVOKE = `mutation R($id: ID!) { revokeAccessToken(id: $id) { revokedAt } }`;
const MINE = `{ myAccessTokens { id name revokedAt lastUsedAt } }`;

beforeAll(async () => {
  api = await startTestApi();
  const leader = await login(api.url, "leder@overblik.demo");
  bfaId = dataOf(await gql(api.url, ProjectsDocument, {}, { token: leader })).projects.items.find((p) => p.code === "BFA")?.id ?? "";
});
afterAll(() => api?.close());

describe("personal access tokens", () => {
  it("are shown once, stored hashed, carry the owner's roles only, and fail at once when revoked", async () => {
    const session = await login(api.url, "sagsbehandler@overblik.demo");
    const created = dataOf(await gql<{ createAccessToken: { token: string; accessToken: { id: string; prefix: string } } }, object>(api.url, CREATE, { input: { name: "Legepladsen", expiresInDays: 7 } }, { token: session })).createAccessToken;
    expect(created.token).toMatch(/^ovb_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.accessToken.prefix)).toBe(true);
    const stored: Array<{ t: string }> = await api.dataSource.query(`SELECT t::text AS t FROM personal_access_token t`);
    expect(stored[0]?.t).not.toContain(created.token);

    const pat = created.token;
    // What a caseworker may do: their own citizens …
    const own = await gql<{ participants: { totalCount: number } }, object>(api.url, `query($p: ID!) { participants(projectId: $p, purpose: "Test af token") { totalCount } }`, { p: bfaId }, { token: pat });
    expect(own.data?.participants.totalCount).toBe(30);
    // … and not what a caseworker may not do.
    const budgets = await gql<{ project: { budgets: Array<{ id: string }> } }, object>(api.url, `query($p: ID!) { project(id: $p) { budgets { id } } }`, { p: bfaId }, { token: pat });
    const budgetId = budgets.data?.project.budgets[0]?.id ?? "";
    const budget = await gql(api.url, `mutation($b: ID!) { approveBudget(input: { budgetId: $b, expectedVersion: 1 }) { id } }`, { b: budgetId }, { token: pat });
    expect(budget.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const log = await gql(api.url, `{ accessLog { totalCount } }`, {}, { token: pat });
    expect(log.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const another = await gql(api.url, CREATE, { input: { name: "Nyt", expiresInDays: 7 } }, { token: pat });
    expect(another.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const mine = dataOf(await gql<{ myAccessTokens: Array<{ id: string; lastUsedAt: string | null }> }, object>(api.url, MINE, {}, { token: session })).myAccessTokens;
    expect(mine[0]?.lastUsedAt).not.toBeNull();
    dataOf(await gql(api.url, REVOKE, { id: created.accessToken.id }, { token: session }));
    const after = await gql(api.url, `{ me { id } }`, {}, { token: pat });
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuse a token that has expired or never existed", async () => {
    const session = await login(api.url, "udvikler@overblik.demo");
    const created = dataOf(await gql<{ createAccessToken: { token: string; accessToken: { id: string } } }, object>(api.url, CREATE, { input: { name: "Kort", expiresInDays: 1 } }, { token: session })).createAccessToken;
    expect(dataOf(await gql<{ me: { email: string } }, object>(api.url, `{ me { email } }`, {}, { token: created.token })).me.email).toBe("udvikler@overblik.demo");
    await api.dataSource.query(`UPDATE personal_access_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [created.accessToken.id]);
    expect((await gql(api.url, `{ me { id } }`, {}, { token: created.token })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await gql(api.url, `{ me { id } }`, {}, { token: `ovb_${"x".repeat(43)}` })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const tooLong = await gql(api.url, CREATE, { input: { name: "Evigt", expiresInDays: 1000 } }, { token: session });
    expect(tooLong.errors?.[0]?.message).toBe("Tokenet kan højst gælde 365 dage.");
  });
});
