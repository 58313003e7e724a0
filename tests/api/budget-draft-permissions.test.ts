// Who may do what to a draft budget, derived from the permission table, and CONFLICT on a stale version.
import {
  ApproveBudgetDocument,
  CopyBudgetDocument,
  CreateBudgetDocument,
  ImportBudgetDocument,
  PreviewBudgetImportDocument,
  RejectBudgetDocument,
  SaveBudgetDraftDocument,
  SubmitBudgetDocument,
  type DraftBudgetFragment,
} from "@overblik/graphql-client";
import { PERMISSION_LABELS, PROJECT_ROLE_PERMISSIONS, rolesAllow, type Permission, type ProjectRole } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, type GraphQLResponse } from "../support/api.js";
import { startBudgetDraftWorld, type BudgetDraftWorld } from "../support/budget-draft-world.js";
import { codeOf } from "../support/error-code.js";

let api: BudgetDraftWorld["api"];
let leader: BudgetDraftWorld["leader"];
let styregruppe: BudgetDraftWorld["styregruppe"];
let outsider: BudgetDraftWorld["outsider"];
let projectId: BudgetDraftWorld["projectId"];
let tokenFor: BudgetDraftWorld["tokenFor"];
let create: BudgetDraftWorld["create"];
let withIncomeLine: BudgetDraftWorld["withIncomeLine"];
beforeAll(async () => {
  ({ api, leader, styregruppe, outsider, projectId, tokenFor, create, withIncomeLine } = await startBudgetDraftWorld());
}, 120_000);
afterAll(async () => {
  await api?.close();
});

/**
 * Role × operation, derived from the permission table: for each project role, the expected answer is OK when
 * rolesAllow([role], permission), else FORBIDDEN; without a role in the project, NOT_FOUND. Each operation gets
 * a budget in the state it needs, so the permission is the only thing that differs.
 */
describe("role × operation matrix", () => {
  const roles = Object.keys(PROJECT_ROLE_PERMISSIONS) as ProjectRole[];

  async function draftWithLine(): Promise<DraftBudgetFragment> {
    const b = await create(leader, "Matrix");
    return withIncomeLine(b);
  }
  async function submitted(): Promise<DraftBudgetFragment> {
    const b = await draftWithLine();
    return dataOf(await gql(api.url, SubmitBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token: leader })).submitBudget;
  }
  const sheet = Buffer.from("Tekst;2026;2027;2028\nIndtægter;;;\nTilskud;1;1;1").toString("base64");

  const operations: Array<{ name: string; permission: Permission; run: (token: string) => Promise<GraphQLResponse<unknown>> }> = [
    {
      name: "createBudget",
      permission: "budget.draft",
      run: (token) => gql(api.url, CreateBudgetDocument, { input: { projectId, name: "M", startYear: 2026, endYear: 2026 } }, { token }),
    },
    {
      name: "saveBudgetDraft",
      permission: "budget.draft",
      run: async (token) => {
        const b = await draftWithLine();
        return gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: b.version, lines: [] } }, { token });
      },
    },
    {
      name: "previewBudgetImport",
      permission: "budget.draft",
      run: async (token) =>
        gql(api.url, PreviewBudgetImportDocument, { input: { budgetId: (await draftWithLine()).id, fileName: "a.csv", contentBase64: sheet } }, { token }),
    },
    {
      name: "importBudget",
      permission: "budget.draft",
      run: async (token) => {
        const b = await draftWithLine();
        return gql(
          api.url,
          ImportBudgetDocument,
          { input: { budgetId: b.id, expectedVersion: b.version, fileName: "a.csv", contentBase64: sheet } },
          { token },
        );
      },
    },
    {
      name: "copyBudget",
      permission: "budget.draft",
      run: async (token) => gql(api.url, CopyBudgetDocument, { input: { sourceBudgetId: (await draftWithLine()).id, projectId } }, { token }),
    },
    {
      name: "submitBudget",
      permission: "budget.submit",
      run: async (token) => {
        const b = await draftWithLine();
        return gql(api.url, SubmitBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token });
      },
    },
    {
      name: "rejectBudget",
      permission: "budget.approve",
      run: async (token) => {
        const b = await submitted();
        return gql(api.url, RejectBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version, comment: "Ret det." } }, { token });
      },
    },
    {
      name: "approveBudget",
      permission: "budget.approve",
      run: async (token) => {
        const b = await submitted();
        return gql(api.url, ApproveBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version } }, { token });
      },
    },
  ];

  for (const op of operations) {
    it(`${op.name} (${PERMISSION_LABELS[op.permission]})`, async () => {
      const actual: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const role of roles) {
        actual[role] = codeOf(await op.run(await tokenFor(role, projectId)));
        expected[role] = rolesAllow([role], op.permission) ? "OK" : "FORBIDDEN";
      }
      actual.none = codeOf(await op.run(outsider));
      expected.none = "NOT_FOUND";
      expect(actual).toEqual(expected);
    });
  }

  it("a stale version is a CONFLICT for every versioned mutation, also for a role that may do it", async () => {
    const b = await draftWithLine();
    const s = await submitted();
    const codes = [
      codeOf(await gql(api.url, SaveBudgetDraftDocument, { input: { budgetId: b.id, expectedVersion: b.version - 1, lines: [] } }, { token: leader })),
      codeOf(
        await gql(
          api.url,
          ImportBudgetDocument,
          { input: { budgetId: b.id, expectedVersion: b.version - 1, fileName: "a.csv", contentBase64: sheet } },
          { token: leader },
        ),
      ),
      codeOf(await gql(api.url, SubmitBudgetDocument, { input: { budgetId: b.id, expectedVersion: b.version - 1 } }, { token: leader })),
      codeOf(
        await gql(api.url, RejectBudgetDocument, { input: { budgetId: s.id, expectedVersion: s.version - 1, comment: "Ret det." } }, { token: styregruppe }),
      ),
      codeOf(await gql(api.url, ApproveBudgetDocument, { input: { budgetId: s.id, expectedVersion: s.version - 1 } }, { token: styregruppe })),
    ];
    expect(codes).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT"]);
  });
});
