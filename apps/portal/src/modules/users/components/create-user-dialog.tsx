import { useMutation } from "@apollo/client/react";
import { grantableGlobalRoles, type GlobalRole } from "@overblik/domain";
import { CreateUserDocument, type MunicipalityFieldsFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useSession } from "../../session/hooks/use-session";
import { GlobalRoleCheckboxes, MunicipalitySelect } from "./user-fields";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "Opret bruger": name, e-mail, global roles, municipality. The one-time password is shown by the caller. */
export function CreateUserDialog({
  municipalities,
  onClose,
  onCreated,
}: {
  municipalities: readonly MunicipalityFieldsFragment[];
  onClose: () => void;
  onCreated: (created: { name: string; email: string; oneTimePassword: string }) => void;
}) {
  const [create, { loading }] = useMutation(CreateUserDocument, { refetchQueries: ["UserList"] });
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const { user: me } = useSession();
  const grantable = grantableGlobalRoles(me.globalRoles);
  const [roles, setRoles] = useState<GlobalRole[]>([]);
  const [municipalityCode, setMunicipalityCode] = useState("");
  const id = useId();
  const errors = {
    name: name.trim().length < 2 ? "Skriv brugerens navn." : null,
    email: EMAIL.test(email.trim()) ? null : "Skriv en gyldig e-mailadresse, fx navn@kommune.dk.",
  };
  const { shown, field, start, serverError: failure, setServerError: setFailure } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event)) return;
    try {
      const result = await create({
        variables: { input: { name: name.trim(), email: email.trim(), globalRoles: roles, municipalityCode: municipalityCode || null } },
      });
      const created = result.data?.createUser;
      if (created) onCreated({ name: created.user.name, email: created.user.email, oneTimePassword: created.oneTimePassword });
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <Modal
      title="Opret bruger"
      onClose={onClose}
      busy={loading}
      onSubmit={(e) => void submit(e)}
      footer={<SubmitCancelFooter busy={loading} submitText="Opret bruger" busyText="Opretter …" onClose={onClose} />}
    >
      {failure ? <ErrorAlert message={failure} /> : null}
      <FormField id={`${id}-name`} label="Navn" error={shown("name")}>
        <input className="form-input" value={name} onChange={(e) => setName(e.target.value)} {...field("name")} />
      </FormField>
      <FormField id={`${id}-email`} label="E-mail" error={shown("email")}>
        <input className="form-input" type="email" value={email} onChange={(e) => setEmail(e.target.value)} {...field("email")} />
      </FormField>
      <FormField id={`${id}-municipality`} label="Kommune" hint="Valgfri. Afgør fx, om brugeren som leder selv må oprette projekter.">
        <MunicipalitySelect id={`${id}-municipality`} value={municipalityCode} municipalities={municipalities} onChange={setMunicipalityCode} />
      </FormField>
      {grantable.length > 0 ? (
        <GlobalRoleCheckboxes
          id={id}
          hint="Valgfri. Projektroller gives i projektet under Opsætning → Medlemmer; en kommuneadministrator skal have en kommune."
          roles={roles}
          grantable={grantable}
          onChange={setRoles}
        />
      ) : null}
    </Modal>
  );
}
