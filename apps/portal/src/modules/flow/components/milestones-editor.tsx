import type { FlowMilestoneFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa, todayIso } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { MILESTONE_STATUS_LABELS } from "../flow-labels";
import { ISO_DATE } from "../flow-view";
import type { usePlanSetupMutations } from "../hooks/use-plan-setup";
import { planErrorText } from "../plan-errors";
import { DateField } from "./date-field";
import type { FlowMessage } from "./flow-message";
import { AddRowButton, DeletePlanRowDialog, useListEditor } from "./list-editor";
import { RowActions } from "./row-actions";
import { ScrollRegion } from "../../../ui/scroll-region";

type Milestone = FlowMilestoneFragment;
type Mutations = ReturnType<typeof usePlanSetupMutations>;

function MilestoneDialog({
  projectId,
  milestone,
  mutations,
  onClose,
  onSaved,
}: {
  projectId: string;
  milestone: Milestone | null;
  mutations: Mutations;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [name, setName] = useState(milestone?.name ?? "");
  const [dueDate, setDueDate] = useState(milestone?.dueDate ?? "");
  const [responsible, setResponsible] = useState(milestone?.responsible ?? "");
  const [doneDate, setDoneDate] = useState(milestone?.doneDate ?? "");
  const [busy, setBusy] = useState(false);
  const errors = {
    name: name.trim().length < 2 ? "Skriv milepælens navn." : null,
    due: ISO_DATE.test(dueDate) ? null : "Vælg milepælens frist.",
    done: doneDate === "" || ISO_DATE.test(doneDate) ? null : "Skriv datoen som dd.mm.åååå, eller lad feltet være tomt.",
  };
  const { shown, field, serverError, setServerError, start } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event)) return;
    setBusy(true);
    try {
      if (milestone) {
        await mutations.updateMilestone[0]({
          variables: {
            input: {
              milestoneId: milestone.id,
              expectedVersion: milestone.version,
              name: name.trim(),
              dueDate,
              responsible: responsible.trim(),
              doneDate: doneDate === "" ? null : doneDate,
            },
          },
        });
      } else {
        await mutations.createMilestone[0]({ variables: { input: { projectId, name: name.trim(), dueDate, responsible: responsible.trim() } } });
      }
      onSaved(milestone ? `Milepælen »${name.trim()}« er rettet.` : `Milepælen »${name.trim()}« er oprettet.`);
    } catch (e) {
      setServerError(await planErrorText(e, mutations.reload));
      setBusy(false);
    }
  }

  return (
    <Modal
      title={milestone ? "Ret milepæl" : "Tilføj milepæl"}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={busy}
      footer={<SubmitCancelFooter busy={busy} submitText="Gem milepæl" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <FormField id={`${id}-name`} label="Milepælens navn" error={shown("name")}>
        <input className="form-input" value={name} maxLength={300} onChange={(e) => setName(e.target.value)} {...field("name")} />
      </FormField>
      <DateField id={`${id}-due`} label="Frist" error={shown("due")} value={dueDate} onChange={setDueDate} />
      <FormField id={`${id}-responsible`} label="Ansvarlig (valgfri)">
        <input id={`${id}-responsible`} className="form-input" value={responsible} maxLength={200} onChange={(e) => setResponsible(e.target.value)} />
      </FormField>
      {milestone ? <DateField id={`${id}-done`} label="Nået den (tom: ikke nået)" error={shown("done")} value={doneDate} onChange={setDoneDate} /> : null}
    </Modal>
  );
}

/** The project's timetable (tidsplan) as written: add, edit, delete, and mark a milestone done today. */
export function MilestonesEditor({
  projectId,
  milestones,
  mutations,
  onMessage,
}: {
  projectId: string;
  milestones: readonly Milestone[];
  mutations: Mutations;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const list = useListEditor<Milestone>(onMessage);
  const { editing, deleting } = list;
  const [marking, setMarking] = useState<string | null>(null);

  async function markDone(m: Milestone) {
    onMessage(null);
    setMarking(m.id);
    const today = todayIso();
    try {
      await mutations.updateMilestone[0]({
        variables: { input: { milestoneId: m.id, expectedVersion: m.version, name: m.name, dueDate: m.dueDate, responsible: m.responsible, doneDate: today } },
      });
      onMessage({ kind: "saved", text: `»${m.name}« er markeret som nået d. ${formatDateDa(today)}.` });
    } catch (e) {
      onMessage({ kind: "error", text: await planErrorText(e, mutations.reload) });
    } finally {
      setMarking(null);
    }
  }

  return (
    <>
      {milestones.length === 0 ? (
        <p>Projektet har ingen milepæle endnu.</p>
      ) : (
        <ScrollRegion label="Milepæle">
          <table className="table table--compact flow-table">
            <caption className="sr-only">Tidsplanens milepæle i datoorden</caption>
            <thead>
              <tr>
                <th scope="col">Milepæl</th>
                <th scope="col">Frist</th>
                <th scope="col">Ansvarlig</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="sr-only">Handlinger</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td className="nowrap">{formatDateDa(m.dueDate)}</td>
                  <td>{m.responsible || "–"}</td>
                  <td>{m.doneDate ? `Nået ${formatDateDa(m.doneDate)}` : (MILESTONE_STATUS_LABELS[m.status] ?? m.status)}</td>
                  <td className="nowrap">
                    {m.doneDate ? null : (
                      <>
                        <button type="button" className="function-link" onClick={() => void markDone(m)} disabled={marking === m.id}>
                          <Icon name="check" />
                          Markér som nået<span className="sr-only"> ({m.name})</span>
                        </button>{" "}
                      </>
                    )}
                    <RowActions
                      what={`milepælen ${m.name}`}
                      actions={[
                        { icon: "edit", label: "Ret", onClick: () => list.edit(m) },
                        { icon: "close", label: "Slet", onClick: () => list.remove(m) },
                      ]}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <AddRowButton label="Tilføj milepæl" onClick={() => list.edit("new")} />
      {editing ? (
        <MilestoneDialog
          projectId={projectId}
          milestone={editing === "new" ? null : editing}
          mutations={mutations}
          onClose={list.closeEdit}
          onSaved={list.saved}
        />
      ) : null}
      {deleting ? (
        <DeletePlanRowDialog
          title="Slet milepæl"
          text={`Milepælen »${deleting.name}« (frist ${formatDateDa(deleting.dueDate)}) slettes fra tidsplanen.`}
          run={() => mutations.deleteMilestone[0]({ variables: { input: { milestoneId: deleting.id, expectedVersion: deleting.version } } })}
          reload={mutations.reload}
          onClose={list.closeDelete}
          onDeleted={() => list.deleted(`Milepælen »${deleting.name}« er slettet.`)}
        />
      ) : null}
    </>
  );
}
