// Shared by the tests of people and projects (project-lifecycle, role-operations, installation).
import { LoginDocument, type CreateProjectInput } from "@overblik/graphql-client";
import { dataOf, gql } from "./api.js";

/** A valid new project: tests spread it and change what they test. */
export const PROJECT_BASICS: CreateProjectInput = {
  name: "Brug for alle 2",
  code: "bfa2",
  municipalityCodes: ["187", "183"],
  startDate: "2026-08-01",
  endDate: "2029-07-31",
  description: "Tværfaglig indsats for aktivitetsparate kontanthjælpsmodtagere.",
  targetSize: 219,
  matchGroup: "Matchgruppe 3 (aktivitetsparate)",
  eligibility: "Alle kontanthjælpsmodtagere i matchgruppe 3 pr. 1. april.",
  poolName: "Puljen til flere i job",
  coFinancingPercent: 50,
  approvalThreshold: "50000.00",
  priceLevelYear: 2026,
};

/** The whole login payload (the token and the user), for the tests that look at the user. */
export async function loginPayload(url: string, email: string, password: string) {
  return dataOf(await gql(url, LoginDocument, { input: { email, password } })).login;
}
