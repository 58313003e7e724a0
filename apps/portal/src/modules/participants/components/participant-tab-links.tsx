import { rolesAllow, type Permission } from "@overblik/domain";
import { useDateLink } from "../../../ui/date-param";
import { usePathname, Link } from "../../../ui/navigation";
import { useParticipantProjectFrame } from "../hooks/use-participants";
import { participantPaths } from "../participant-paths";

const TABS: ReadonlyArray<{ label: string; action: Permission; to: (projectId: string) => string; matches: (path: string, base: string) => boolean }> = [
  {
    label: "Borgere",
    action: "participant.read",
    to: participantPaths.list,
    matches: (path, base) => path === base || path.startsWith(`${base}/`),
  },
  { label: "Farvetavle", action: "participant.read", to: participantPaths.board, matches: (path, base) => path === base },
  { label: "Borgere i tal", action: "participant.statistics", to: participantPaths.statistics, matches: (path, base) => path === base },
];

/**
 * The citizens' tabs in the project's tab list, each only for the roles that have it: a
 * styregruppe member or a leader never gets a link to the list of citizens, only to the numbers.
 * The roles come from the cache the project page already filled (no extra request).
 */
export function ParticipantTabItems({ projectId }: { projectId: string }) {
  const { data } = useParticipantProjectFrame(projectId);
  const pathname = usePathname().replace(/\/$/, "");
  const roles = data?.project.myRoles ?? [];
  const dated = useDateLink();
  return (
    <>
      {TABS.filter((tab) => rolesAllow(roles, tab.action)).map((tab) => {
        const to = tab.to(projectId);
        return (
          <li key={tab.label}>
            <Link to={dated(to)} className="tab-button" aria-current={tab.matches(pathname, to) ? "page" : undefined}>
              <span>{tab.label}</span>
            </Link>
          </li>
        );
      })}
    </>
  );
}
