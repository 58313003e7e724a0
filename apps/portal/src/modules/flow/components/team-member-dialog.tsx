import type { TeamMemberRowFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { ACTIVITY_SOURCE_LABELS, activitySourceLabel } from "../../budget/activity-source";
import { COMPETENCE_LABELS } from "../flow-labels";
import type { TeamMutations } from "../hooks/use-team";
import type { PayingLine } from "../paying-lines";
import { planErrorText } from "../plan-errors";
import { PayingLineSelect } from "./paying-line-select";

export interface LoginOption {
  id: string;
  name: string;
}

/** What choosing the line means for the member's hours at held meetings, before it is saved. */
export function hoursEffect(line: PayingLine | null): string {
  if (!line) return "Mødetimerne bliver ikke aktivitet på en budgetlinje.";
  if (line.activitySource === "TEAM_HOURS") return "Timerne på afholdte teammøder bliver aktivitet på linjen.";
  return `Linjens aktivitet kommer fra »${activitySourceLabel(line.activitySource).toLowerCase()}«, så mødetimerne bliver først aktivitet på den, når lederen skifter kilden til »${ACTIVITY_SOURCE_LABELS.TEAM_HOURS.toLowerCase()}«.`;
}

/**
 * "Tilføj medlem" and "Ret": the member's name, title, competence, core team or resource network, the line their
 * hours count on and their login. The login is one of the project's users in the role TEAM_MEMBER (the API refuses
 * anyone else); a correction is sent with the version the screen showed, and a CONFLICT reloads the team.
 */
export function TeamMemberDialog({
  projectId,
  member,
  logins,
  lines,
  mutations,
  onClose,
  onSaved,
  onConflict,
}: {
  projectId: string;
  /** The member to correct; null adds a new one. */
  member: TeamMemberRowFragment | null;
  logins: readonly LoginOption[];
  lines: readonly PayingLine[];
  mutations: TeamMutations;
  onClose: () => void;
  onSaved: (text: string) => void;
  /** The member changed meanwhile: the team is fetched again and the dialog closes with this sentence. */
  onConflict: (text: string) => void;
}) {
  const id = useId();
  const [name, setName] = useState(member?.name ?? "");
  const [title, setTitle] = useState(member?.title ?? "");
  const [competence, setCompetence] = useState(member?.competence ?? "");
  const [part, setPart] = useState(member?.adHoc ? "NETWORK" : "CORE");
  const [lineId, setLineId] = useState(member?.budgetLineId ?? "");
  const [userId, setUserId] = useState(member?.userId ?? "");
  const [add, { loading: adding }] = mutations.add;
  const [update, { loading: updating }] = mutations.update;
  const busy = adding || updating;
  const { shown, field, serverError, setServerError, start } = useSubmitErrors(id, {
    name: name.trim().length < 2 ? "Skriv medlemmets navn." : null,
    title: title.trim().length < 2 ? "Skriv medlemmets titel, fx Lægekonsulent." : null,
    competence: competence === "" ? "Vælg medlemmets kompetence." : null,
  });
  // The member's own login stays a choice even if the user has left the role since, so the form shows what is saved.
  const offered =
    member?.userId && !logins.some((l) => l.id === member.userId) ? [{ id: member.userId, name: member.userName ?? "Ukendt bruger" }, ...logins] : logins;

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event)) return;
    const fields = { name: name.trim(), title: title.trim(), competence, adHoc: part === "NETWORK", budgetLineId: lineId || null, userId: userId || null };
    try {
      if (member) {
        await update({ variables: { input: { teamMemberId: member.id, expectedVersion: member.version, ...fields } } });
        onSaved(`${fields.name} er rettet.`);
      } else {
        await add({ variables: { input: { projectId, ...fields } } });
        onSaved(`${fields.name} er tilføjet til ${fields.adHoc ? "ressourcenetværket" : "kerneteamet"}.`);
      }
    } catch (e) {
      if (errorCode(e) === "CONFLICT") onConflict(await planErrorText(e, mutations.reload));
      else setServerError(errorMessage(e));
    }
  }

  const input = (key: "name" | "title") => ({ ...field(key), className: "form-input input-width-l" });

  return (
    <Modal
      title={member ? `Ret ${member.name}` : "Tilføj medlem til teamet"}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={busy}
      footer={<SubmitCancelFooter busy={busy} submitText={member ? "Gem" : "Tilføj medlem"} onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <FormField id={`${id}-name`} label="Navn" error={shown("name")}>
        <input {...input("name")} type="text" maxLength={200} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
      </FormField>
      <FormField id={`${id}-title`} label="Titel" error={shown("title")}>
        <input {...input("title")} type="text" maxLength={200} autoComplete="off" value={title} onChange={(e) => setTitle(e.target.value)} />
      </FormField>
      <FormField id={`${id}-competence`} label="Kompetence" hint="Borgernes temaer afgør, hvilke kompetencer et møde kalder på." error={shown("competence")}>
        <select className="form-select" value={competence} onChange={(e) => setCompetence(e.target.value)} {...field("competence", true)}>
          <option value="">Vælg kompetence</option>
          {Object.entries(COMPETENCE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${id}-part`} label="Del af teamet" hint="Kerneteamet indkaldes efter kompetence; ressourcenetværket kaldes på efter behov.">
        <select id={`${id}-part`} className="form-select" value={part} onChange={(e) => setPart(e.target.value)} aria-describedby={`${id}-part-hint`}>
          <option value="CORE">Kerneteamet</option>
          <option value="NETWORK">Ressourcenetværket (ad hoc)</option>
        </select>
      </FormField>
      <PayingLineSelect
        id={`${id}-line`}
        lines={lines}
        value={lineId}
        onChange={setLineId}
        optional
        label="Timerne tæller på budgetlinjen (valgfri)"
        effect={hoursEffect}
      />
      <FormField
        id={`${id}-login`}
        label="Login"
        hint="Projektets brugere i rollen teammedlem, som ikke allerede er login for et andet medlem. Med login ser medlemmet dagsordenerne til sine møder."
      >
        <select id={`${id}-login`} className="form-select" value={userId} onChange={(e) => setUserId(e.target.value)} aria-describedby={`${id}-login-hint`}>
          <option value="">Ingen login</option>
          {offered.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </FormField>
    </Modal>
  );
}
