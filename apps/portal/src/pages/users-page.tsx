import { rolesAllow } from "@overblik/domain";
import { useSession } from "../modules/session/hooks/use-session";
import { UsersAdmin } from "../modules/users/components/users-admin";
import { ErrorAlert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";

export function UsersPage() {
  useDocumentTitle("Brugere");
  const { user } = useSession();
  if (!rolesAllow(user.globalRoles, "user.manage")) return <ErrorAlert message="Du har ikke adgang til at administrere brugere." />;
  return <UsersAdmin />;
}
