// Ready-to-run operations for the playground's "Eksempler" pane. Plain strings, so the test in
// tests/api/playground-examples.test.ts can validate every one of them against the committed
// schema (apps/api/schema.graphql) and run it against a real API: a schema change that breaks an
// example fails CI instead of a developer's first afternoon.
import { BRUG_FOR_ALLE_EXAMPLES } from "./brug-for-alle";
import { NEW_PROJECT_EXAMPLES } from "./new-project";
import type { PlaygroundExample } from "./types";

export type { ExampleIds, PlaygroundExample } from "./types";
export {
  EXAMPLE_IDS_QUERY,
  EXAMPLE_PROJECT_CODE,
  exampleIdsFrom,
  newProjectStartYear,
  newSetupCode,
  PLACEHOLDER_IDS,
  SETUP_CODE_PREFIX,
  type ExampleIdsData,
} from "./example-ids";

/** In the pane's order: Brug for alle's examples first, then the steps that set a new project up. */
export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [...BRUG_FOR_ALLE_EXAMPLES, ...NEW_PROJECT_EXAMPLES];
