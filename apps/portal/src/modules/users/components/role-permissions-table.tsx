import { GLOBAL_ROLES, PERMISSION_LABELS, PERMISSIONS, PROJECT_ROLES, ROLE_LABELS, rolesAllow, type Role } from "@overblik/domain";
import { ScrollRegion } from "../../../ui/scroll-region";

/**
 * What each role may do, read from the same table the API checks (packages/domain's permissions.ts): the people who
 * give roles see what they give. Project roles count in their own project; global roles everywhere (a
 * kommuneadministrator's in its own municipality).
 */
export function RolePermissionsTable() {
  const roles: Role[] = [...PROJECT_ROLES, ...GLOBAL_ROLES];
  return (
    <ScrollRegion label="Roller og rettigheder">
      <table className="table table--compact role-permissions-table">
        <caption>Hvad rollerne giver adgang til</caption>
        <thead>
          <tr>
            <th scope="col">Må …</th>
            {roles.map((role) => (
              <th key={role} scope="col">
                {ROLE_LABELS[role]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PERMISSIONS.map((permission) => (
            <tr key={permission}>
              <th scope="row">{PERMISSION_LABELS[permission]}</th>
              {roles.map((role) => (
                <td key={role}>{rolesAllow([role], permission) ? "Ja" : <span className="sr-only">Nej</span>}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
