import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, startTestApi, type TestApi } from "../support/api.js";
import { makeBudgetThroughApi, makeParticipant, makeProject } from "../support/fixtures.js";
import { makeLoggedInUser, type FixtureUser } from "../support/fixtures-api-a.js";

let api: TestApi;
let projectId: string;
let budgetId: string;
let caseworker: FixtureUser;
let developer: FixtureUser;
/** The caseworker's own citizens; the project has others besides. */
const OWN = 3;

const CREATE = `mutation C($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id name prefix expiresAt } } }`;
const REVOKE = `mutation R($id: ID!) { revokeAccessToken(id: $id) { revokedAt } }`;
const MINE = `{ myAccessTokens { id name revokedAt lastUsedAt } }`;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  projectId = (await makeProject(api.dataSource, { startDate: "2026-01-01", endDate: "2026-12-31" })).id;
  const leader = await makeLoggedInUser(api, { roles: [[projectId, "LEADER"]] });
  const styregruppe = await makeLoggedInUser(api, { roles: [[projectId, "STYREGRUPPE"]] });
  caseworker = await makeLoggedInUser(api, { roles: [[projectId, "CASEWORKER"]] });
  developer = await makeLoggedInUser(api, { globalRoles: ["DEVELOPER"] });
  for (let i = 0; i < OWN; i++) await makeParticipant(api.dataSource, projectId, { caseworkerId: caseworker.user.id });
  for (let i = 0; i < 2; i++) await makeParticipant(api.dataSource, projectId);
  // A budget waiting for the styregruppe: what a caseworker's token must not approve.
  budgetId = await makeBudgetThroughApi(
    api.url,
    projectId,
    [{ side: "EXPENSE", name: "Mentor", amounts: [{ year: 2026, amount: "1000.00" }] }],
    { leader: leader.token, styregruppe: styregruppe.token },
    { startYear: 2026, endYear: 2026, draft: true },
  );
});
afterAll(() => api?.close());

describe("personal access tokens", () => {
  it("are shown once, stored hashed, carry the owner's roles only, and fail at once when revoked", async () => {
    const session = caseworker.token;
    const created = dataOf(
      await gql<{ createAccessToken: { token: string; accessToken: { id: string; prefix: string } } }, object>(
        api.url,
        CREATE,
        { input: { name: "Legepladsen", expiresInDays: 7 } },
        { token: session },
      ),
    ).createAccessToken;
    expect(created.token).toMatch(/^ovb_[A-Za-z0-9_-]{43}$/);
    expect(created.token.startsWith(created.accessToken.prefix)).toBe(true);
    const stored: Array<{ t: string }> = await api.dataSource.query(`SELECT t::text AS t FROM personal_access_token t`);
    expect(stored[0]?.t).not.toContain(created.token);

    const pat = created.token;
    // What a caseworker may do: their own citizens …
    const own = await gql<{ participants: { totalCount: number } }, object>(
      api.url,
      `query($p: ID!) { participants(projectId: $p, purpose: "Test af token") { totalCount } }`,
      { p: projectId },
      { token: pat },
    );
    expect(own.data?.participants.totalCount).toBe(OWN);
    // … and not what a caseworker may not do.
    const budget = await gql(
      api.url,
      `mutation($b: ID!) { approveBudget(input: { budgetId: $b, expectedVersion: 1 }) { id } }`,
      { b: budgetId },
      { token: pat },
    );
    expect(budget.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const log = await gql(api.url, `{ accessLog { totalCount } }`, {}, { token: pat });
    expect(log.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const another = await gql(api.url, CREATE, { input: { name: "Nyt", expiresInDays: 7 } }, { token: pat });
    expect(another.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const mine = dataOf(
      await gql<{ myAccessTokens: Array<{ id: string; lastUsedAt: string | null }> }, object>(api.url, MINE, {}, { token: session }),
    ).myAccessTokens;
    expect(mine[0]?.lastUsedAt).not.toBeNull();
    dataOf(await gql(api.url, REVOKE, { id: created.accessToken.id }, { token: session }));
    const after = await gql(api.url, `{ me { id } }`, {}, { token: pat });
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuse a token that has expired or never existed", async () => {
    const session = developer.token;
    const created = dataOf(
      await gql<{ createAccessToken: { token: string; accessToken: { id: string } } }, object>(
        api.url,
        CREATE,
        { input: { name: "Kort", expiresInDays: 1 } },
        { token: session },
      ),
    ).createAccessToken;
    expect(dataOf(await gql<{ me: { email: string } }, object>(api.url, `{ me { email } }`, {}, { token: created.token })).me.email).toBe(developer.email);
    await api.dataSource.query(`UPDATE personal_access_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [created.accessToken.id]);
    expect((await gql(api.url, `{ me { id } }`, {}, { token: created.token })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await gql(api.url, `{ me { id } }`, {}, { token: `ovb_${"x".repeat(43)}` })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const tooLong = await gql(api.url, CREATE, { input: { name: "Evigt", expiresInDays: 1000 } }, { token: session });
    expect(tooLong.errors?.[0]?.message).toBe("Tokenet kan højst gælde 365 dage.");
  });
});
