import { ProjectsDocument } from "@overblik/graphql-client";
import { dataOf, gql, login, startTestApi, type TestApi } from "./api.js";

/** For the tests whose subject is the demo data: the API on the demo seed, its tovholder logged in, and Brug for alle's id. */
export async function startDemo(): Promise<{ api: TestApi; tovholder: string; bfaId: string }> {
  const api = await startTestApi();
  const tovholder = await login(api.url, "tovholder@overblik.demo");
  const bfaId = dataOf(await gql(api.url, ProjectsDocument, {}, { token: tovholder })).projects.items.find((p) => p.code === "BFA")?.id ?? "";
  return { api, tovholder, bfaId };
}
