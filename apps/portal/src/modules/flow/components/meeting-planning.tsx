import type { FlowMeetingFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { FormField, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { ISO_DATE } from "../flow-view";
import { useMeetingPlanning } from "../hooks/use-plan-setup";
import { planErrorText } from "../plan-errors";
import { DateField } from "./date-field";
import type { FlowMessage } from "./flow-message";
import { RowActions } from "./row-actions";

type Meeting = FlowMeetingFragment;
type Planning = ReturnType<typeof useMeetingPlanning>;

const freePlaces = (m: Meeting) => m.maxItems - m.items.length;
const placesText = (n: number) => (n === 1 ? "1 ledig plads" : `${n} ledige pladser`);

/** "Tilføj ekstra møde": one date; the agenda's limit and minutes follow the flow plan. */
export function AddMeetingForm({ planning, projectId, onMessage }: { planning: Planning; projectId: string; onMessage: (m: FlowMessage | null) => void }) {
  const id = useId();
  const [date, setDate] = useState("");
  const [add, { loading }] = planning.addMeeting;
  const { shown, check, reset } = useSubmitErrors(id, { date: ISO_DATE.test(date) ? null : "Vælg datoen for det ekstra møde." });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onMessage(null);
    if (!check()) return;
    try {
      await add({ variables: { input: { projectId, date } } });
      onMessage({ kind: "saved", text: `Et ekstra møde d. ${formatDateDa(date)} er tilføjet.` });
      setDate("");
      reset();
    } catch (e) {
      onMessage({ kind: "error", text: await planErrorText(e, planning.reload) });
    }
  }

  return (
    <form className="add-meeting-form d-print-none" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
      <DateField
        id={`${id}-date`}
        label="Dato for ekstra møde"
        hint="Dagsordenens grænse og tiden pr. borger følger forløbsplanen."
        error={shown("date")}
        value={date}
        onChange={setDate}
      />
      <button type="submit" className="button button-secondary" disabled={loading}>
        <Icon name="plus" />
        {loading ? "Tilføjer …" : "Tilføj ekstra møde"}
      </button>
    </form>
  );
}

export function MoveMeetingDialog({
  meeting,
  planning,
  onClose,
  onSaved,
}: {
  meeting: Meeting;
  planning: Planning;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [date, setDate] = useState(meeting.date);
  const [serverError, setServerError] = useState<string | null>(null);
  const [move, { loading }] = planning.moveMeeting;
  const { shown, check } = useSubmitErrors(id, {
    date: !ISO_DATE.test(date) ? "Vælg den nye dato." : date === meeting.date ? "Vælg en anden dato end mødets nuværende." : null,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    if (!check()) return;
    try {
      await move({ variables: { input: { meetingId: meeting.id, expectedVersion: meeting.version, date } } });
      onSaved(`Mødet d. ${formatDateDa(meeting.date)} er flyttet til ${formatDateDa(date)}.`);
    } catch (e) {
      setServerError(await planErrorText(e, planning.reload));
    }
  }

  return (
    <Modal
      title={`Flyt mødet d. ${formatDateDa(meeting.date)}`}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Flyt mødet" busyText="Flytter …" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">Dagsordenen følger med mødet.</p>
      <DateField id={`${id}-date`} label="Ny dato" error={shown("date")} value={date} onChange={setDate} />
    </Modal>
  );
}

/** Aflys: the reason, and the planned meeting the agenda moves to (with its free places). */
export function CancelMeetingDialog({
  meeting,
  meetings,
  planning,
  onClose,
  onSaved,
}: {
  meeting: Meeting;
  meetings: readonly Meeting[];
  planning: Planning;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [reason, setReason] = useState("");
  const [targetId, setTargetId] = useState("");
  const [serverError, setServerError] = useState<string | null>(null);
  const [cancel, { loading }] = planning.cancelMeeting;
  const others = meetings.filter((m) => m.status === "PLANNED" && m.id !== meeting.id);
  const onAgenda = meeting.items.length;
  const target = others.find((m) => m.id === targetId);
  // A citizen already on the chosen meeting's agenda stays there once (as the API does).
  const moving = target ? meeting.items.filter((i) => !target.items.some((t) => t.participantId === i.participantId)).length : onAgenda;
  const errors = {
    reason: reason.trim().length < 2 ? "Skriv, hvorfor mødet aflyses." : null,
    target:
      onAgenda === 0
        ? null
        : !target
          ? "Vælg et møde, dagsordenen flyttes til."
          : freePlaces(target) < moving
            ? `Mødet d. ${formatDateDa(target.date)} har kun ${placesText(freePlaces(target))}; dagsordenen har ${moving} borgere. Vælg et andet møde.`
            : null,
  };
  const { shown, check, field } = useSubmitErrors(id, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setServerError(null);
    if (!check()) return;
    try {
      await cancel({
        variables: { input: { meetingId: meeting.id, expectedVersion: meeting.version, reason: reason.trim(), moveAgendaToMeetingId: target?.id ?? null } },
      });
      onSaved(
        target && onAgenda > 0
          ? `Mødet d. ${formatDateDa(meeting.date)} er aflyst; dagsordenen er flyttet til mødet d. ${formatDateDa(target.date)}.`
          : `Mødet d. ${formatDateDa(meeting.date)} er aflyst.`,
      );
    } catch (e) {
      setServerError(await planErrorText(e, planning.reload));
    }
  }

  return (
    <Modal
      title={`Aflys mødet d. ${formatDateDa(meeting.date)}`}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Aflys mødet" busyText="Aflyser …" cancelText="Fortryd" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <FormField id={`${id}-reason`} label="Begrundelse" error={shown("reason")}>
        <textarea className="form-input" rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} {...field("reason")} />
      </FormField>
      {onAgenda === 0 ? (
        <p>Mødet har ingen borgere på dagsordenen.</p>
      ) : (
        <FormField
          id={`${id}-target`}
          label="Flyt dagsordenen til"
          hint={`${onAgenda} ${onAgenda === 1 ? "borger" : "borgere"} på dagsordenen kommer efter det valgte mødes egne.`}
          error={shown("target")}
        >
          <select className="form-select" value={targetId} onChange={(e) => setTargetId(e.target.value)} {...field("target", true)}>
            <option value="">Vælg møde</option>
            {others.map((m) => (
              <option key={m.id} value={m.id}>
                {formatDateDa(m.date)} ({placesText(freePlaces(m))})
              </option>
            ))}
          </select>
        </FormField>
      )}
    </Modal>
  );
}

/** The planning controls of one meeting in the list: move and cancel a planned one. */
export function MeetingActions({ meeting, onMove, onCancel }: { meeting: Meeting; onMove: () => void; onCancel: () => void }) {
  if (meeting.status !== "PLANNED") return null;
  return (
    <RowActions
      what={`mødet ${formatDateDa(meeting.date)}`}
      actions={[
        { icon: "edit", label: "Flyt", onClick: onMove },
        { icon: "close", label: "Aflys", onClick: onCancel },
      ]}
    />
  );
}
