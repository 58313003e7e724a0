import type { FlowConversationFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { formatDateDa } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import type { FlowTimeline, TimelineMutations } from "../hooks/use-flow";
import { CONVERSATION_OUTCOMES, CONVERSATION_STATUS_LABELS, holderKindInSentence, type ConversationOutcome } from "../flow-labels";
import { ISO_DATE, weekLater } from "../flow-view";
import type { FlowMessage } from "./flow-message";
import { DateField } from "./date-field";
import { ChoiceGroup, useSubmitErrors } from "../../../ui/form-field";

const OUTCOME_HINTS: Record<ConversationOutcome, string> = {
  HELD: "Samtalen er holdt med borgeren. Den tæller med i tempoet og som aktivitet på budgetlinjen for samtaler.",
  NO_SHOW: "Borgeren mødte ikke op.",
  CANCELLED: "Samtalen blev aflyst og skal planlægges igen.",
};

/**
 * The outcome of a scheduled conversation, with the version the screen showed. A grøn citizen who
 * does not show up becomes orange and gets a new conversation with a tovholder (the source
 * document's rule, applied by the API); the dialog says so before it is saved.
 */
export function RecordConversationDialog({
  participant,
  conversation,
  mutations,
  onClose,
  onSaved,
}: {
  participant: FlowTimeline;
  conversation: FlowConversationFragment;
  mutations: TimelineMutations;
  onClose: () => void;
  onSaved: (message: FlowMessage, highlightIds: string[]) => void;
}) {
  const id = useId();
  const [record, { loading }] = mutations.record;
  const [outcome, setOutcome] = useState<ConversationOutcome | null>(null);
  const [date, setDate] = useState(conversation.scheduledDate);
  const [nextDate, setNextDate] = useState(weekLater(conversation.scheduledDate));
  const [nextTouched, setNextTouched] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  const turnsOrange = outcome === "NO_SHOW" && participant.colour === "GROEN";
  const errors = {
    outcome: outcome ? null : "Vælg, hvordan samtalen gik.",
    date: ISO_DATE.test(date) ? null : "Vælg datoen.",
    nextDate: !turnsOrange || (ISO_DATE.test(nextDate) && nextDate > date) ? null : "Vælg en dato efter udeblivelsen for den nye samtale.",
  };
  const { show, serverError, setServerError, start } = useSubmitErrors(id, errors, { outcome: "outcome-HELD", nextDate: "next" });
  const busy = loading || refreshing;

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event) || !outcome) return;
    const before = new Set(participant.conversations.map((c) => c.id));
    try {
      const result = await record({
        variables: {
          input: { conversationId: conversation.id, outcome, date, expectedVersion: conversation.version, ...(turnsOrange ? { nextDate } : {}) },
        },
      });
      const conversations = result.data?.recordConversation ?? [];
      if (turnsOrange) {
        setRefreshing(true);
        await mutations.refreshAfterNoShow();
        const next = conversations.find((c) => !before.has(c.id));
        onSaved(
          {
            kind: "saved",
            heading: `${participant.code} er nu orange`,
            text: `${participant.code} udeblev fra den indledende samtale d. ${formatDateDa(date)}. En grøn borger, der udebliver, bliver orange: farveskiftet står i farvehistorikken, og en ny indledende samtale med ${holderKindInSentence(next?.holderKind ?? "TOVHOLDER")} er planlagt d. ${formatDateDa(next?.scheduledDate ?? nextDate)}.`,
          },
          [conversation.id, ...(next ? [next.id] : [])],
        );
      } else {
        onSaved(
          {
            kind: "saved",
            text: `Samtalen d. ${formatDateDa(conversation.scheduledDate)} er registreret som ${CONVERSATION_STATUS_LABELS[outcome].toLowerCase()} (${formatDateDa(date)}).`,
          },
          [conversation.id],
        );
      }
    } catch (error) {
      if (errorCode(error) === "CONFLICT") {
        setRefreshing(true);
        await mutations.refresh();
        setRefreshing(false);
        setServerError(`${errorMessage(error)} Borgerens samtaler er hentet igen; luk dialogen, og registrér ud fra dem.`);
      } else {
        setServerError(errorMessage(error));
      }
    }
  }

  return (
    <Modal
      title={`Registrér samtalen d. ${formatDateDa(conversation.scheduledDate)}`}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={busy}
      footer={<SubmitCancelFooter busy={busy} submitText="Gem udfaldet" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        Den indledende samtale for {participant.code} med {holderKindInSentence(conversation.holderKind)}
        {conversation.holder ? ` (${conversation.holder.name})` : ""}, planlagt d. {formatDateDa(conversation.scheduledDate)}.
      </p>
      <ChoiceGroup id={`${id}-outcome`} legend="Udfald" error={show(errors.outcome)}>
        {CONVERSATION_OUTCOMES.map((value) => (
          <div className="form-group-radio" key={value}>
            <input
              type="radio"
              className="form-radio"
              id={`${id}-outcome-${value}`}
              name={`${id}-outcome`}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
              aria-describedby={`${id}-outcome-${value}-hint`}
            />
            <label className="form-label" htmlFor={`${id}-outcome-${value}`}>
              {CONVERSATION_STATUS_LABELS[value]}
            </label>
            <span className="form-hint" id={`${id}-outcome-${value}-hint`}>
              {OUTCOME_HINTS[value]}
            </span>
          </div>
        ))}
      </ChoiceGroup>
      <DateField
        id={`${id}-date`}
        label={outcome === "HELD" ? "Dato for den holdte samtale" : "Dato"}
        error={show(errors.date)}
        value={date}
        onChange={(value) => {
          setDate(value);
          if (!nextTouched && ISO_DATE.test(value)) setNextDate(weekLater(value));
        }}
      />
      {turnsOrange ? (
        <>
          <Alert variant="warning" heading="Borgeren bliver orange" headingLevel={3}>
            <p className="m-0">
              {participant.code} er grøn. En grøn borger, der udebliver fra den indledende samtale, bliver orange, og der planlægges en ny samtale med en
              tovholder.
            </p>
          </Alert>
          <DateField
            id={`${id}-next`}
            label="Dato for den nye samtale med en tovholder"
            hint="Standard er en uge efter udeblivelsen"
            error={show(errors.nextDate)}
            value={nextDate}
            onChange={(value) => {
              setNextTouched(true);
              setNextDate(value);
            }}
          />
        </>
      ) : null}
    </Modal>
  );
}
