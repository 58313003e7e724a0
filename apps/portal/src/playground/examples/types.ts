// The shapes every example is written against: the ids it needs, and what it shows, asks and runs.
import type { Permission, Role } from "@overblik/domain";

/** The ids an example needs, looked up with the visitor's own token when the example is opened. */
export interface ExampleIds {
  projectId: string;
  budgetId: string;
  /** A year of the budget, for the adjustment. */
  year: number;
  /** The two expense lines of the adjustment, with the versions the lookup saw (optimistic locking). */
  fromLine: { id: string; version: number };
  toLine: { id: string; version: number };
  /** The project the "Nyt projekt" examples set up: the newest one »Opret et projekt« created. */
  setup: {
    projectId: string;
    /** The project's first year: the budget's years and the plan's dates follow from it. */
    startYear: number;
    /** Its (first) budget with the version the lookup saw, sent back as expectedVersion. */
    budget: { id: string; version: number };
    /** The flow plan's version, or null while the project has none (setFlowPlan then creates it). */
    flowPlanVersion: number | null;
  };
  /** A styregruppe member of the example project (Brug for alle), who gets the same role in the new project. */
  styregruppeUserId: string;
  /**
   * The visitor's roles in the example project (null when they have a role in no project at all), in the newest
   * set-up project (null while there is none) and globally.
   */
  roles: { example: Role[] | null; setup: Role[] | null; global: Role[] };
}

export interface PlaygroundExample {
  title: string;
  /** One or two Danish sentences: what it shows, and who may run it. */
  description: string;
  /** The demo login that can run it (password overblik-demo). */
  login: string;
  /**
   * What the operation asks of the logged-in user (the permissions its fields declare with @Allow; "project.read",
   * which every role in a project gives, only when it is all), and in which
   * project: Brug for alle ("example"), the project »Opret et projekt« made ("setup"), or none ("global"). The pane
   * says so before a run would answer FORBIDDEN; tests/api/playground-examples.test.ts checks it against the API.
   */
  needs: { permissions: readonly Permission[]; in: "example" | "setup" | "global" };
  query: string;
  variables(ids: ExampleIds): Record<string, unknown>;
}
