import { rolesAllow } from "@overblik/domain";
import { useDateLink } from "../../ui/date-param";
import { Link, usePathname } from "../../ui/navigation";
import { useFlowProject } from "../flow/hooks/use-flow";
import { styregruppePaths } from "./styregruppe-hooks";

/** The project tab "Styregruppe" for the roles that see the dashboard (from the cache the project page filled). */
export function SteeringTabItem({ projectId }: { projectId: string }) {
  const { data } = useFlowProject(projectId);
  const pathname = usePathname().replace(/\/$/, "");
  const roles = data?.project.myRoles ?? [];
  const dated = useDateLink();
  if (!rolesAllow(roles, "steering.read")) return null;
  const to = styregruppePaths.dashboard(projectId);
  const current = pathname === to || pathname.startsWith(`${to}/`);
  return (
    <li>
      <Link to={dated(to)} className="tab-button" aria-current={current ? "page" : undefined}>
        <span>Styregruppe</span>
      </Link>
    </li>
  );
}
