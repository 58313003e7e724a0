import { RolePermissionsTable } from "../modules/users/components/role-permissions-table";
import { useDocumentTitle } from "../ui/document-title";

export function RolesPage() {
  useDocumentTitle("Roller og rettigheder");
  return (
    <>
      <h1>Roller og rettigheder</h1>
      <p>
        Projektroller gælder i det projekt, hvor brugeren har rollen; globale roller i alle projekter (en kommuneadministrators kun i kommunens egne). Tabellen
        er den samme, som systemet tjekker hver forespørgsel efter.
      </p>
      <RolePermissionsTable />
    </>
  );
}
