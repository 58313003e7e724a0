import { useMutation } from "@apollo/client/react";
import { GLOBAL_ROLES, grantableGlobalRoles, type GlobalRole } from "@overblik/domain";
import { SetUserGlobalRolesDocument, SetUserMunicipalityDocument, type MunicipalityFieldsFragment, type UserAccountFieldsFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useSession } from "../../session/hooks/use-session";
import { GlobalRoleCheckboxes, MunicipalitySelect } from "./user-fields";

/**
 * "Roller og kommune": a user's global roles and municipality. Each is its own versioned change; the municipality
 * goes first when the user becomes kommuneadministrator (the role needs one), last when the role is taken.
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
  const [saveMunicipality, municipalityState] = useMutation(SetUserMunicipalityDocument);
  const busy = rolesState.loading || municipalityState.loading;
  const id = useId();
  const onlyOwnMunicipality = !grantable.includes("ADMIN");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const rolesChanged = roles.length !== (user.globalRoles?.length ?? 0) || roles.some((r) => !user.globalRoles?.includes(r));
    const municipalityChanged = municipalityCode !== (user.municipality?.code ?? "");
    let version = user.version ?? 0;
    const changeMunicipality = async () => {
      if (!municipalityChanged) return;
      const result = await saveMunicipality({ variables: { input: { userId: user.id, municipalityCode: municipalityCode || null, expectedVersion: version } } });
      version = result.data?.setUserMunicipality.version ?? version;
    };
    const changeRoles = async () => {
      if (!rolesChanged) return;
      const result = await saveRoles({ variables: { input: { userId: user.id, globalRoles: roles, expectedVersion: version } } });
      version = result.data?.setUserGlobalRoles.version ?? version;
    };
    try {
      if (roles.includes("MUNICIPALITY_ADMIN")) {
        await changeMunicipality();
        await changeRoles();
      } else {
        await changeRoles();
        await changeMunicipality();
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
      <GlobalRoleCheckboxes id={id} hint="Projektroller gives i projektet under Opsætning → Medlemmer." roles={roles} grantable={grantable} onChange={setRoles} />
      <FormField
        id={`${id}-municipality`}
        label="Kommune"
        hint={onlyOwnMunicipality ? "Som kommuneadministrator kan du ikke flytte brugere til en anden kommune." : "En kommuneadministrator skal høre til en kommune."}
      >
        <MunicipalitySelect id={`${id}-municipality`} value={municipalityCode} municipalities={municipalities} disabled={onlyOwnMunicipality} onChange={setMunicipalityCode} />
      </FormField>
    </Modal>
  );
}
