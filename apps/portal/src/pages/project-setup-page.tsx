import { ProjectSetup } from "../modules/projects/components/project-setup";
import type { SetupStep } from "../modules/projects/project-setup-paths";

export function ProjectSetupPage({ projectId, step }: { projectId: string; step: SetupStep }) {
  return <ProjectSetup projectId={projectId} step={step} />;
}
