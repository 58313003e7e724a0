import { NewProject } from "../modules/projects/components/new-project";

export function NewProjectPage() {
  return <NewProject />;
}
