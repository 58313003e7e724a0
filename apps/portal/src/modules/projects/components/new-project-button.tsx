import { Link } from "../../../ui/navigation";
import { useSession } from "../../session/hooks/use-session";
import { setupPaths } from "../project-setup-paths";

/** "Nyt projekt" for those who may create projects (the API's rule, answered in me.mayCreateProjects). */
export function NewProjectButton() {
  const { user } = useSession();
  if (!user.mayCreateProjects) return null;
  return (
    <p>
      <Link to={setupPaths.newProject} className="button button-primary">
        Nyt projekt
      </Link>
    </p>
  );
}
