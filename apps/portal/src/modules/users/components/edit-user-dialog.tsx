import { useMutation } from "@apollo/client/react";
import { GLOBAL_ROLES, grantableGlobalRoles, type GlobalRole } from "@overblik/domain";
import { SetUserGlobalRolesDocument, type MunicipalityFieldsFragment, type UserAccountFieldsFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useSession } from "../../session/hooks/use-session";
import { GlobalRoleCheckboxes, MunicipalitySelect } from "./user-fields";

/**
 * "Roller og kommune": a user's global roles and municipality, saved as one versioned change (setUserGlobalRoles
 * with the municipality), so a kommuneadministrator and its municipality are saved together or not at all.
 */
export function EditUserDialog({
  user,
  municipalities,
  onClose,
  onSaved,
}: {
  user: UserAccountFieldsFragment;
  municipalities: readonly MunicipalityFieldsFragment[];
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { user: me } = useSession();
  const grantable = grantableGlobalRoles(me.globalRoles);
  const [roles, setRoles] = useState<GlobalRole[]>(() => GLOBAL_ROLES.filter((r) => user.globalRoles?.includes(r)));
  const [municipalityCode, setMunicipalityCode] = useState(user.municipality?.code ?? "");
  const [failure, setFailure] = useState<string | null>(null);
  const [saveRoles, rolesState] = useMutation(SetUserGlobalRolesDocument);
  const busy = rolesState.loading;
  const id = useId();
  const onlyOwnMunicipality = !grantable.includes("ADMIN");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const rolesChanged = roles.length !== (user.globalRoles?.length ?? 0) || roles.some((r) => !user.globalRoles?.includes(r));
    const municipalityChanged = municipalityCode !== (user.municipality?.code ?? "");
    try {
      // Roles and municipality in one change: both are saved, or neither.
      if (rolesChanged || municipalityChanged) {
        await saveRoles({
          variables: { input: { userId: user.id, globalRoles: roles, municipalityCode: municipalityCode || null, expectedVersion: user.version ?? 0 } },
        });
      }
      onSaved(rolesChanged || municipalityChanged ? `${user.name} er opdateret.` : "Intet er ændret.");
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <Modal
      title={`Roller og kommune for ${user.name}`}
      onClose={onClose}
      busy={busy}
      onSubmit={(e) => void submit(e)}
      footer={<SubmitCancelFooter busy={busy} submitText="Gem" busyText="Gemmer …" onClose={onClose} />}
    >
      {failure ? <ErrorAlert message={failure} /> : null}
      <GlobalRoleCheckboxes
        id={id}
        hint="Projektroller gives i projektet under Opsætning → Medlemmer."
        roles={roles}
        grantable={grantable}
        onChange={setRoles}
      />
      <FormField
        id={`${id}-municipality`}
        label="Kommune"
        hint={
          onlyOwnMunicipality
            ? "Som kommuneadministrator kan du ikke flytte brugere til en anden kommune."
            : "En kommuneadministrator skal høre til en kommune."
        }
      >
        <MunicipalitySelect
          id={`${id}-municipality`}
          value={municipalityCode}
          municipalities={municipalities}
          disabled={onlyOwnMunicipality}
          onChange={setMunicipalityCode}
        />
      </FormField>
    </Modal>
  );
}
