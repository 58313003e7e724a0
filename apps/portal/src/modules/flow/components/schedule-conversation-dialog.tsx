import { conversationHolder } from "@overblik/domain";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { formatDateDa } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import type { FlowTimeline, TimelineMutations } from "../hooks/use-flow";
import { holderKindInSentence } from "../flow-labels";
import { ISO_DATE } from "../flow-view";
import { DateField } from "./date-field";

/** Plan an initial conversation; who holds it follows from the colour (grøn: JC-sagsbehandler, orange and blå: tovholder). */
export function ScheduleConversationDialog({
  participant,
  mutations,
  defaultDate,
  onClose,
  onSaved,
}: {
  participant: FlowTimeline;
  mutations: TimelineMutations;
  defaultDate: string;
  onClose: () => void;
  onSaved: (text: string, conversationId: string) => void;
}) {
  const id = useId();
  const [schedule, { loading }] = mutations.schedule;
  const [date, setDate] = useState(defaultDate);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const holder = conversationHolder(participant.colour);
  const dateError = ISO_DATE.test(date) ? null : "Vælg datoen for samtalen.";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (dateError) {
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    try {
      const result = await schedule({ variables: { input: { participantId: participant.id, date } } });
      const conversation = result.data?.scheduleConversation;
      onSaved(
        `Indledende samtale planlagt d. ${formatDateDa(date)} for ${participant.code} med ${holderKindInSentence(conversation?.holderKind ?? holder ?? "")}.`,
        conversation?.id ?? "",
      );
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  return (
    <Modal
      title={`Planlæg samtale for ${participant.code}`}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Planlæg samtalen" busyText="Planlægger …" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        {holder === "JC_CASEWORKER"
          ? "Borgeren er grøn: den indledende samtale holdes af JC-sagsbehandleren inden for den almindelige kontakt."
          : "Borgeren er orange eller blå: den indledende samtale holdes af en tovholder."}
      </p>
      <DateField id={`${id}-date`} label="Dato for samtalen" error={submitted ? dateError : null} value={date} onChange={setDate} />
    </Modal>
  );
}
