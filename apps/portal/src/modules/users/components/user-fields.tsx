import { GLOBAL_ROLES, ROLE_LABELS, type GlobalRole } from "@overblik/domain";
import type { MunicipalityFieldsFragment } from "@overblik/graphql-client";

const ROLE_HINTS: Readonly<Record<GlobalRole, string>> = {
  ADMIN: "opretter brugere og projekter i alle kommuner",
  MUNICIPALITY_ADMIN: "som administrator, men kun for brugere og projekter i brugerens egen kommune",
  DEVELOPER: "legepladsen og skemaet",
};

/** A user's global roles as checkboxes (create and edit a user); a role the administrator may not grant is disabled. */
export function GlobalRoleCheckboxes({
  id,
  hint,
  roles,
  grantable,
  onChange,
}: {
  id: string;
  hint: string;
  roles: readonly GlobalRole[];
  grantable: readonly GlobalRole[];
  onChange: (roles: GlobalRole[]) => void;
}) {
  return (
    <fieldset>
      <legend className="form-label">Globale roller</legend>
      <p className="form-hint">{hint}</p>
      {GLOBAL_ROLES.map((role) => (
        <div className="form-group" key={role}>
          <input
            className="form-checkbox"
            type="checkbox"
            id={`${id}-${role}`}
            checked={roles.includes(role)}
            disabled={!grantable.includes(role)}
            onChange={(e) => onChange(e.target.checked ? GLOBAL_ROLES.filter((r) => r === role || roles.includes(r)) : roles.filter((r) => r !== role))}
          />
          <label htmlFor={`${id}-${role}`}>
            {ROLE_LABELS[role]} <span className="form-hint">({ROLE_HINTS[role]})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The municipality of a user, from the 98 (create and edit a user); "" is none. */
export function MunicipalitySelect({
  id,
  value,
  municipalities,
  disabled = false,
  onChange,
}: {
  id: string;
  value: string;
  municipalities: readonly MunicipalityFieldsFragment[];
  disabled?: boolean;
  onChange: (code: string) => void;
}) {
  return (
    <select className="form-select" id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`}>
      <option value="">Ingen kommune</option>
      {municipalities.map((m) => (
        <option key={m.code} value={m.code}>
          {m.name} ({m.code})
        </option>
      ))}
    </select>
  );
}
