import { rolesAllow } from "@overblik/domain";
import { useSession } from "../modules/session/hooks/use-session";
import { UserAuditTrail } from "../modules/users/components/user-audit-trail";
import { ErrorAlert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";
import { useSearch } from "../ui/navigation";

export function UserAuditPage() {
  useDocumentTitle("Brugerhistorik");
  const { user } = useSession();
  const userId = new URLSearchParams(useSearch()).get("bruger");
  if (!rolesAllow(user.globalRoles, "user.manage")) return <ErrorAlert message="Du har ikke adgang til brugerhistorikken." />;
  return <UserAuditTrail key={userId ?? ""} userId={userId} />;
}
