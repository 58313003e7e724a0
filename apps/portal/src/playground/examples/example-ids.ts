// Which project, budget and lines the examples run on: looked up with the visitor's own token when an example is
// opened, with placeholders that say what to do while there is nothing to look up.
import type { Role } from "@overblik/domain";
import type { ExampleIds } from "./types";

/** The project the examples are about: Brug for alle has the budget, the citizens and the flow. */
export const EXAMPLE_PROJECT_CODE = "BFA";

/**
 * Codes of the projects »Opret et projekt« creates: the prefix and the time in seconds in base 36, so that
 * running it again gives a new code (codes are unique), and the newest such project has the greatest code.
 */
export const SETUP_CODE_PREFIX = "EKS";

/** Such a code, and not a real project's that happens to begin with the prefix. */
const SETUP_CODE = new RegExp(`^${SETUP_CODE_PREFIX}[0-9A-Z]{6,7}$`);

/** A code no earlier run of »Opret et projekt« has used, e.g. "EKST7H2QZ" (2–10 letters and digits). */
export function newSetupCode(now: number = Date.now()): string {
  return (
    SETUP_CODE_PREFIX +
    Math.floor(now / 1000)
      .toString(36)
      .toUpperCase()
  );
}

/** The new project's first year: it runs three calendar years from next year's 1 January. */
export function newProjectStartYear(now: Date = new Date()): number {
  return now.getFullYear() + 1;
}

/**
 * Finds the ids for the examples: the visitor's projects with the current budget's expense lines, and for the
 * "Nyt projekt" examples the budget's and the flow plan's versions and the members. The list is ordered by
 * start date, and a new project starts next year, so it is asked for in full (take: 100, the most there is).
 */
export const EXAMPLE_IDS_QUERY = `query EksempelId {
  projects(take: 100) {
    items {
      id
      code
      startDate
      budget {
        id
        version
        years
        lines(side: EXPENSE) {
          id
          name
          version
        }
      }
      flowPlan {
        version
      }
      memberships {
        userId
        role
      }
      myRoles
    }
  }
  me {
    globalRoles
  }
}`;

export interface ExampleIdsData {
  projects: {
    items: Array<{
      id: string;
      code: string;
      startDate: string;
      budget: { id: string; version: number; years: number[]; lines: Array<{ id: string; name: string; version: number }> } | null;
      flowPlan: { version: number } | null;
      memberships: Array<{ userId: string; role: string }>;
      myRoles: Role[];
    }>;
  };
  me: { globalRoles: Role[] };
}

const LOG_IN = "<log ind øverst, og åbn eksemplet igen>";
const CREATE_FIRST = "<kør først »Opret et projekt«, og åbn eksemplet igen>";
const NO_PROJECT = "<du har ingen roller i et projekt: log ind som en bruger med et projekt>";

/** Shown in the variables when the visitor is not logged in: the operation is right, only the ids are missing. */
export const PLACEHOLDER_IDS: ExampleIds = {
  projectId: LOG_IN,
  budgetId: LOG_IN,
  year: 2012,
  fromLine: { id: LOG_IN, version: 1 },
  toLine: { id: LOG_IN, version: 1 },
  setup: { projectId: LOG_IN, startYear: newProjectStartYear(), budget: { id: LOG_IN, version: 1 }, flowPlanVersion: null },
  styregruppeUserId: LOG_IN,
  roles: { example: [], setup: null, global: [] },
};

/**
 * The ids from the lookup: Brug for alle if the visitor has a role in it (else their first project; with none, the
 * project's ids say so, and the global roles still tell whether »Opret et projekt« may run),
 * and for the adjustment the budget's "Andre udgifter" and "Lægekonsulent" lines (else its first two).
 * The "Nyt projekt" examples get the newest project with an example code, and Brug for alle's styregruppe.
 */
export function exampleIdsFrom(data: ExampleIdsData): ExampleIds {
  const items = data.projects.items;
  const project = items.find((p) => p.code === EXAMPLE_PROJECT_CODE) ?? items[0];
  if (!project)
    return {
      projectId: NO_PROJECT,
      budgetId: NO_PROJECT,
      year: PLACEHOLDER_IDS.year,
      fromLine: { id: NO_PROJECT, version: 1 },
      toLine: { id: NO_PROJECT, version: 1 },
      setup: { ...PLACEHOLDER_IDS.setup, projectId: CREATE_FIRST, budget: { id: CREATE_FIRST, version: 1 } },
      styregruppeUserId: NO_PROJECT,
      roles: { example: null, setup: null, global: data.me.globalRoles },
    };
  const lines = project.budget?.lines ?? [];
  const named = (prefix: string) => lines.find((l) => l.name.startsWith(prefix));
  const from = named("Andre udgifter") ?? lines[0];
  const to = named("Lægekonsulent") ?? lines.find((l) => l !== from);
  // Same-length base-36 codes sort as their times; a longer one is newer.
  const newest = items
    .filter((p) => SETUP_CODE.test(p.code))
    .sort((a, b) => a.code.length - b.code.length || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .at(-1);
  const styregruppe = project.memberships.find((m) => m.role === "STYREGRUPPE");
  return {
    projectId: project.id,
    budgetId: project.budget?.id ?? PLACEHOLDER_IDS.budgetId,
    year: project.budget?.years[0] ?? PLACEHOLDER_IDS.year,
    fromLine: from ? { id: from.id, version: from.version } : PLACEHOLDER_IDS.fromLine,
    toLine: to ? { id: to.id, version: to.version } : PLACEHOLDER_IDS.toLine,
    setup: newest
      ? {
          projectId: newest.id,
          startYear: Number(newest.startDate.slice(0, 4)),
          budget: newest.budget
            ? { id: newest.budget.id, version: newest.budget.version }
            : { id: "<kør først »Opret budgettet«, og åbn eksemplet igen>", version: 1 },
          flowPlanVersion: newest.flowPlan?.version ?? null,
        }
      : { ...PLACEHOLDER_IDS.setup, projectId: CREATE_FIRST, budget: { id: CREATE_FIRST, version: 1 } },
    styregruppeUserId: styregruppe?.userId ?? `<${project.code} har ingen styregruppe: skriv en brugers id>`,
    roles: { example: project.myRoles, setup: newest?.myRoles ?? null, global: data.me.globalRoles },
  };
}
