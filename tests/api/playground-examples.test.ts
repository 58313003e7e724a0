// Its subject is the demo data: the playground's example operations name the demo's users and must run against the demo (Brug for alle).
import { createSchema, declaredPermission, queryProtection } from "@overblik/api";
import type { Permission } from "@overblik/domain";
import { buildSchema, getVariableValues, Kind, parse, TypeInfo, validate, visit, visitWithTypeInfo, type OperationDefinitionNode } from "graphql";
import { readFile } from "node:fs/promises";
import { parseMoney, sumOre } from "@overblik/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataOf, gql, login, startTestApi, type TestApi } from "../support/api.js";

interface ExampleIds {
  projectId: string;
  setup: { projectId: string; startYear: number; budget: { id: string; version: number }; flowPlanVersion: number | null };
  styregruppeUserId: string;
}
/** The shape of apps/portal/src/playground/examples/index.ts that this test relies on. */
interface ExamplesModule {
  EXAMPLE_IDS_QUERY: string;
  PLACEHOLDER_IDS: ExampleIds;
  exampleIdsFrom: (data: unknown) => ExampleIds;
  PLAYGROUND_EXAMPLES: ReadonlyArray<PlaygroundExample>;
  newSetupCode: (now?: number) => string;
}
interface PlaygroundExample {
  title: string;
  login: string;
  needs: { permissions: readonly Permission[]; in: "example" | "setup" | "global" };
  query: string;
  variables(ids: ExampleIds): Record<string, unknown>;
}
// The examples are the portal's source, outside this project's rootDir: a static import would make tsc
// refuse the project (TS6059), so vitest loads the file by its URL.
const examplesUrl = new URL("../../apps/portal/src/playground/examples/index.ts", import.meta.url);
const { EXAMPLE_IDS_QUERY, exampleIdsFrom, newSetupCode, PLACEHOLDER_IDS, PLAYGROUND_EXAMPLES } = (await import(examplesUrl.href)) as ExamplesModule;
const { exampleRefusal } = (await import(new URL("../../apps/portal/src/playground/example-access.ts", import.meta.url).href)) as {
  exampleRefusal: (example: PlaygroundExample, ids: ExampleIds) => string | null;
};

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

  it("set a new project up on the newest project »Opret et projekt« made, not on a real one whose code begins alike", () => {
    const project = (id: string, code: string, startDate = "2027-01-01") => ({
      id,
      code,
      startDate,
      budget: null,
      flowPlan: null,
      memberships: [],
      myRoles: [],
    });
    const second = Date.UTC(2026, 11, 6, 6, 0, 0);
    const [older, newer, later] = [newSetupCode(second), newSetupCode(second + 1000), newSetupCode(second + 36 ** 6 * 1000)];
    expect([older, newer, later]).toEqual(["EKSTPM0O0", "EKSTPM0O1", "EKS1TPM0O0"]);
    const ids = exampleIdsFrom({
      projects: {
        items: [
          project("bfa", "BFA", "2012-07-16"),
          project("later", later, "2028-01-01"),
          project("newer", newer),
          project("older", older),
          project("real", "EKSPRES"),
        ],
      },
      me: { globalRoles: [] },
    });
    expect(ids?.projectId).toBe("bfa");
    expect(ids?.setup).toMatchObject({ projectId: "later", startYear: 2028, flowPlanVersion: null });
    const withoutLonger = exampleIdsFrom({
      projects: { items: [project("older", older), project("newer", newer), project("real", "EKSPRES")] },
      me: { globalRoles: [] },
    });
    expect(withoutLonger?.setup.projectId).toBe("newer");
    const none = exampleIdsFrom({ projects: { items: [project("real", "EKSPRES")] }, me: { globalRoles: [] } });
    expect(none?.setup.projectId).toMatch(/^<kør først »Opret et projekt«/);
  });

  it("tell a visitor with no project that »Opret et projekt« may run, and that the project examples need a project", () => {
    const create = PLAYGROUND_EXAMPLES.find((e) => e.needs.in === "global" && e.needs.permissions.includes("project.create"));
    const inProject = PLAYGROUND_EXAMPLES.find((e) => e.needs.in === "example");
    const admin = exampleIdsFrom({ projects: { items: [] }, me: { globalRoles: ["ADMIN"] } });
    const nobody = exampleIdsFrom({ projects: { items: [] }, me: { globalRoles: [] } });
    expect(create && exampleRefusal(create, admin)).toBeNull();
    expect(create && exampleRefusal(create, nobody)).toMatch(/^din bruger må ikke oprette projekter/);
    expect(inProject && exampleRefusal(inProject, admin)).toMatch(/^du har ingen roller i et projekt/);
    expect(admin.projectId).toMatch(/^<du har ingen roller i et projekt/);
  });

  it("name the permissions their fields declare (@Allow), so the pane can say who may run them", async () => {
    const live = await createSchema();
    const declared = (query: string) => {
      const found = new Set<string>();
      const typeInfo = new TypeInfo(live);
      visit(
        parse(query),
        visitWithTypeInfo(typeInfo, {
          Field() {
            const field = typeInfo.getFieldDef();
            const permission = field ? declaredPermission(field) : null;
            if (permission && permission !== "PUBLIC") found.add(permission);
          },
        }),
      );
      return [...found].sort();
    };
    // "project.read" comes with every role in a project, so an example names it only when it needs nothing else.
    const stated = PLAYGROUND_EXAMPLES.map((e) => [
      e.title,
      declared(e.query).filter((p) => p !== "project.read" || e.needs.permissions.includes("project.read")),
    ]);
    expect(stated).toEqual(PLAYGROUND_EXAMPLES.map((e) => [e.title, [...e.needs.permissions].sort()]));
  });

  it("cover the main tasks", () => {
    const names = PLAYGROUND_EXAMPLES.map((e) => (parse(e.query).definitions[0] as OperationDefinitionNode).name?.value);
    expect(names).toEqual([
      "Projektliste",
      "Budgetopfoelgning",
      "Omplacering",
      "Deltagerstatistik",
      "TovholderOverblik",
      "Kapacitetsplan",
      "Styregruppe",
      // A new project set up over the API, in the order a script does it.
      "OpretProjekt",
      "GivRolle",
      "OpretBudget",
      "SkrivBudgetudkast",
      "SendTilGodkendelse",
      "GodkendBudget",
      "MaalOgMilepaele",
      "Forloebsplan",
      "EkstraTeammoede",
    ]);
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

    const steering: { project: { dashboard: { coloursNow: Array<{ label: string; display: string }> } }; portfolio: { projects: unknown[] } } =
      await run("Styregruppens overblik");
    expect(steering.project.dashboard.coloursNow.find((c) => c.label === "Blå")?.display).toBe("<5");
    expect(steering.portfolio.projects.length).toBeGreaterThan(0);
  });

  it("say which login they need: the suggested one may run each, and the developer is told before the API refuses", async () => {
    const developer = await login(api.url, "udvikler@overblik.demo");
    const developerIds = exampleIdsFrom(dataOf(await gql<unknown, object>(api.url, EXAMPLE_IDS_QUERY, {}, { token: developer })));
    if (!developerIds) throw new Error("the developer has no project");
    const brugForAlle = PLAYGROUND_EXAMPLES.filter((e) => e.needs.in !== "setup");
    const refused: string[] = [];
    for (const example of brugForAlle) {
      const own = exampleIdsFrom(dataOf(await gql<unknown, object>(api.url, EXAMPLE_IDS_QUERY, {}, { token: await login(api.url, example.login) })));
      expect([example.title, own && exampleRefusal(example, own)]).toEqual([example.title, null]);
      const refusal = exampleRefusal(example, developerIds);
      if (!refusal) continue;
      refused.push(example.title);
      expect(refusal).toContain(`Log ind som ${example.login}`);
      // What the pane says is what the API does.
      const res = await gql<unknown, object>(api.url, example.query, example.variables(developerIds), { token: developer });
      expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(refused).toEqual(["Omplacering (budgetjustering)", "Tovholderens overblik", "Opret et projekt"]);
  });

  it("set a new project up in the pane's order, each step on the project the previous ones made, and leave the demo's examples as they were", async () => {
    type Money = string;
    const project: {
      createProject: {
        id: string;
        code: string;
        startDate: string;
        endDate: string;
        status: string;
        myRoles: string[];
        municipalities: Array<{ name: string }>;
      };
    } = await run("Opret et projekt");
    expect(project.createProject.code).toMatch(/^EKS[0-9A-Z]{6,7}$/);
    const year = new Date().getFullYear() + 1;
    expect([project.createProject.startDate, project.createProject.endDate]).toEqual([`${year}-01-01`, `${year + 2}-12-31`]);
    expect(project.createProject.status).toBe("PLANNED");
    expect(project.createProject.myRoles).toContain("LEADER");
    expect(project.createProject.municipalities.map((m) => m.name).sort()).toEqual(["Ishøj", "Vallensbæk"]);

    const member: { addProjectMember: { id: string; memberships: Array<{ name: string; role: string }> } } = await run("Giv styregruppen en rolle");
    expect(member.addProjectMember.id).toBe(project.createProject.id);
    expect(member.addProjectMember.memberships.map((m) => `${m.name} ${m.role}`).sort()).toEqual([
      "Anna Administrator LEADER",
      "Susanne Styregruppe STYREGRUPPE",
    ]);

    const budget: { createBudget: { status: string; years: number[] } } = await run("Opret budgettet");
    expect(budget.createBudget).toMatchObject({ status: "DRAFT", years: [year, year + 1, year + 2] });

    interface Draft {
      saveBudgetDraft: {
        version: number;
        lines: Array<{
          side: "INCOME" | "EXPENSE";
          name: string;
          total: Money;
          amounts: Array<{ year: number; amount: Money }>;
          driver: { unitRate: Money } | null;
        }>;
        totals: {
          income: Money;
          expense: Money;
          difference: Money;
          balanced: boolean;
          years: Array<{ year: number; income: Money; expense: Money; balanced: boolean }>;
        };
      };
    }
    const draft: Draft = await run("Skriv budgetudkastet");
    const { lines, totals } = draft.saveBudgetDraft;
    expect(lines.map((l) => l.side)).toEqual(["INCOME", "INCOME", "EXPENSE", "EXPENSE", "EXPENSE", "EXPENSE", "EXPENSE"]);
    expect(lines.filter((l) => l.total.startsWith("-")).map((l) => [l.name, l.total])).toEqual([["Overførsel ml. BIF og SOF", "-60000.00"]]);
    const driven = lines.find((l) => l.driver);
    expect([driven?.total, driven?.driver?.unitRate, driven?.amounts.map((a) => a.amount)]).toEqual([
      "48000.00",
      "800.00",
      ["16000.00", "16000.00", "16000.00"],
    ]);
    // The totals the API answers, recomputed here from the lines it stored, to the øre.
    const sideSum = (side: "INCOME" | "EXPENSE", y?: number) =>
      sumOre(lines.filter((l) => l.side === side).flatMap((l) => l.amounts.filter((a) => y === undefined || a.year === y).map((a) => parseMoney(a.amount))));
    expect([totals.income, totals.expense, totals.difference, totals.balanced]).toEqual(["1500000.00", "1500000.00", "0.00", true]);
    expect(parseMoney(totals.income)).toBe(sideSum("INCOME"));
    expect(parseMoney(totals.expense)).toBe(sideSum("EXPENSE"));
    expect(totals.years.map((y) => [y.year, y.income, y.expense, y.balanced])).toEqual(
      [year, year + 1, year + 2].map((y) => [y, "500000.00", "500000.00", true]),
    );
    for (const y of totals.years) expect(parseMoney(y.expense)).toBe(sideSum("EXPENSE", y.year));
    // Opened again, the example carries the budget's new version: it saves again instead of a CONFLICT.
    const again: Draft = await run("Skriv budgetudkastet");
    expect(again.saveBudgetDraft.version).toBeGreaterThan(draft.saveBudgetDraft.version);
    expect(again.saveBudgetDraft.lines).toHaveLength(7);

    const submitted: { submitBudget: { status: string } } = await run("Send budgettet til godkendelse");
    expect(submitted.submitBudget.status).toBe("SUBMITTED");
    const approved: { approveBudget: { status: string; approvedAt: string | null; totals: { expense: Money; balanced: boolean } } } =
      await run("Godkend budgettet (styregruppen)");
    expect(approved.approveBudget).toMatchObject({ status: "APPROVED", totals: { expense: "1500000.00", balanced: true } });
    expect(approved.approveBudget.approvedAt).not.toBeNull();

    const plan: { createGoal: { targetPercent: number; targetDate: string }; createMilestone: { name: string; dueDate: string } } =
      await run("Mål og milepæle");
    expect([plan.createGoal.targetPercent, plan.createGoal.targetDate]).toEqual([25, `${year + 2}-12-31`]);
    expect([plan.createMilestone.name, plan.createMilestone.dueDate]).toEqual(["Teamet i drift", `${year}-04-01`]);

    const flow: { setFlowPlan: { version: number; missingMeetings: number; capacityPlan: { meetings: number } }; generateTeamMeetings: number } =
      await run("Sæt forløbsplanen og opret møder");
    // Every 14th day from 1 April to 30 June: 7 meetings, all missing until generateTeamMeetings adds them.
    expect([flow.setFlowPlan.capacityPlan.meetings, flow.setFlowPlan.missingMeetings, flow.generateTeamMeetings]).toEqual([7, 7, 7]);
    // Opened again it sends the flow plan's version (a change, not a second plan) and finds no meeting missing.
    const flowAgain: typeof flow = await run("Sæt forløbsplanen og opret møder");
    expect([flowAgain.setFlowPlan.version, flowAgain.setFlowPlan.missingMeetings, flowAgain.generateTeamMeetings]).toEqual([
      flow.setFlowPlan.version + 1,
      0,
      0,
    ]);

    const extra: { addTeamMeeting: { date: string; status: string; maxItems: number; minutesPerItem: number } } = await run("Et ekstra teammøde");
    expect(extra.addTeamMeeting).toEqual({ ...extra.addTeamMeeting, date: `${year}-07-07`, status: "PLANNED", maxItems: 5, minutesPerItem: 30 });

    // The demo's examples still find Brug for alle: the new project is the administrator's and the styregruppe's, not the leader's.
    const list: { projects: { items: Array<{ code: string }> } } = await run("Projektlisten");
    expect(list.projects.items.map((p) => p.code).sort()).toEqual(["BFA", "KBH"]);
    const stats: { participantStatistics: { total: number | null; targetSize: number | null } } = await run("Deltagerstatistik (styregruppen)");
    expect(stats.participantStatistics.targetSize).toBe(219);
  });
});
