/** Addresses of creating and setting up a project (routes in app/router.tsx, before the project's tabs). */
export const SETUP_STEPS = ["basics", "members", "budget", "plan"] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export const SETUP_STEP_SEGMENTS: Record<SetupStep, string> = { basics: "stamdata", members: "medlemmer", budget: "budget", plan: "plan" };

export const SETUP_STEP_LABELS: Record<SetupStep, string> = { basics: "Stamdata", members: "Medlemmer", budget: "Budget", plan: "Mål og plan" };

export const setupPaths = {
  newProject: "/projekter/nyt",
  setup: (projectId: string, step: SetupStep = "basics") =>
    `/projekter/${encodeURIComponent(projectId)}/opsaetning${step === "basics" ? "" : `/${SETUP_STEP_SEGMENTS[step]}`}`,
} as const;

export function setupStepFromSegment(segment: string | undefined): SetupStep | null {
  if (!segment) return "basics";
  return SETUP_STEPS.find((s) => SETUP_STEP_SEGMENTS[s] === segment) ?? null;
}
