import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { ChoiceGroup, FormField, RadioOptions, useSubmitErrors } from "../../../ui/form-field";
import { formatDateDa, formatQuantityText, parseQuantityInput } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import type { FlowTimeline, TimelineMutations } from "../hooks/use-flow";
import { OUTCOME_KINDS, OUTCOME_LABELS, outcomeLabel, type OutcomeKind } from "../flow-labels";
import { ISO_DATE } from "../flow-view";
import { DateField } from "./date-field";
import type { FlowMessage } from "./flow-message";

/** "7,5" → "7.5": hours a week as the API reads them (at most two decimals). */
function hoursToWire(hundredths: bigint): string {
  const whole = hundredths / 100n;
  const rest = hundredths % 100n;
  return rest === 0n ? whole.toString() : `${whole}.${rest.toString().padStart(2, "0").replace(/0$/, "")}`;
}

function RecordOutcomeDialog({
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
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [record, { loading }] = mutations.recordOutcome;
  const [kind, setKind] = useState<OutcomeKind | null>(null);
  const [date, setDate] = useState(defaultDate);
  const [hoursText, setHoursText] = useState("");
  const withHours = kind === "JOB";
  const hours = hoursText.trim() === "" ? null : parseQuantityInput(hoursText);
  const errors = {
    kind: kind ? null : "Vælg resultatet.",
    date: ISO_DATE.test(date) ? null : "Vælg datoen.",
    hours: !withHours || hours === null || (hours.ok && hours.value <= 8000n) ? null : hours.ok ? "Højst 80 timer om ugen." : hours.message,
  };
  const { show, field, serverError, setServerError, start } = useSubmitErrors(id, errors, { kind: "kind-JOB" });

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event) || !kind) return;
    try {
      await record({
        variables: {
          input: { participantId: participant.id, kind, date, hoursPerWeek: withHours && hours?.ok ? hoursToWire(hours.value) : null },
        },
      });
      onSaved(`Resultatet »${OUTCOME_LABELS[kind]}« er registreret for ${participant.code} pr. ${formatDateDa(date)}.`);
    } catch (error) {
      setServerError(errorMessage(error));
    }
  }

  return (
    <Modal
      title={`Registrér resultat for ${participant.code}`}
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Gem resultatet" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <ChoiceGroup id={`${id}-kind`} legend="Resultat" error={show(errors.kind)}>
        <RadioOptions id={`${id}-kind`} options={OUTCOME_KINDS.map((k) => [k, OUTCOME_LABELS[k]] as const)} value={kind} onChange={setKind} />
      </ChoiceGroup>
      <DateField id={`${id}-date`} label="Dato" error={show(errors.date)} value={date} onChange={setDate} />
      {withHours ? (
        <FormField id={`${id}-hours`} label="Timer om ugen i ordinær beskæftigelse (valgfri)" hint="Fx 15 eller 7,5" error={show(errors.hours)}>
          <input
            className="form-input input-width-xs"
            inputMode="decimal"
            value={hoursText}
            onChange={(e) => setHoursText(e.target.value)}
            {...field("hours", true)}
          />
        </FormField>
      ) : null}
    </Modal>
  );
}

/**
 * A citizen re-matched to match 2 leaves the team's queue; the tovholder can keep them in it (the
 * source document: only "if problems arise"). The switch saves at once and says what it did.
 */
function TeamQueueSwitch({
  participant,
  mutations,
  canChange,
  onMessage,
}: {
  participant: FlowTimeline;
  mutations: TimelineMutations;
  canChange: boolean;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const id = useId();
  const [keep, { loading }] = mutations.keepInTeamQueue;
  const kept = participant.keepInTeamQueue;
  const hint = "Rematchet til match 2: borgeren forlader teamets kø, medmindre tovholderen holder borgeren i den, fx fordi der er opstået problemer.";

  async function toggle() {
    onMessage(null);
    try {
      const result = await keep({ variables: { input: { participantId: participant.id, keep: !kept } } });
      onMessage({
        kind: "saved",
        text: result.data?.setKeepInTeamQueue
          ? `${participant.code} bliver i teamets kø, selv om borgeren er rematchet til match 2.`
          : `${participant.code} forlader teamets kø (rematchet til match 2).`,
      });
    } catch (error) {
      onMessage({ kind: "error", text: errorMessage(error) });
    }
  }

  if (!canChange) {
    return (
      <p>
        <strong>Teamets kø:</strong> {kept ? "Borgeren holdes i teamets kø." : "Borgeren er ikke i teamets kø (rematchet til match 2)."}
      </p>
    );
  }
  return (
    <div className="team-queue-switch d-print-none">
      <button
        type="button"
        className="toggle-switch"
        role="switch"
        aria-checked={kept}
        aria-describedby={`${id}-hint`}
        aria-busy={loading}
        disabled={loading}
        onClick={() => void toggle()}
      >
        <span>Bliv i teamets kø</span>
      </button>
      <p className="form-hint mt-0" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}

/** The outcomes: job or education, re-matched, still passive, or recommended for pension. */
export function OutcomesSection({
  participant,
  mutations,
  canRecord,
  canKeepInQueue,
  defaultDate,
  onMessage,
}: {
  participant: FlowTimeline;
  mutations: TimelineMutations;
  canRecord: boolean;
  /** The tovholder may keep a re-matched citizen in the team's queue. */
  canKeepInQueue: boolean;
  defaultDate: string;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const [recording, setRecording] = useState(false);
  const rematched = participant.outcomes.some((o) => o.kind === "REMATCHED_2");
  return (
    <section className="participant-section" aria-labelledby="outcomes-heading">
      <h3 id="outcomes-heading">Resultater</h3>
      {canRecord ? (
        <div className="button-row d-print-none">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              onMessage(null);
              setRecording(true);
            }}
          >
            <Icon name="plus" />
            Registrér resultat
          </button>
        </div>
      ) : null}
      {participant.outcomes.length === 0 ? (
        <p className="line-meta-inline">Intet resultat registreret.</p>
      ) : (
        <table className="table table--compact flow-table">
          <caption className="sr-only">Borgerens resultater, ældste først</caption>
          <thead>
            <tr>
              <th scope="col">Resultat</th>
              <th scope="col">Dato</th>
              <th scope="col">Timer om ugen</th>
            </tr>
          </thead>
          <tbody>
            {participant.outcomes.map((o) => (
              <tr key={o.id}>
                <th scope="row">{outcomeLabel(o.kind)}</th>
                <td className="nowrap">{formatDateDa(o.date)}</td>
                <td className="nowrap">{formatQuantityText(o.hoursPerWeek, "timer")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rematched ? <TeamQueueSwitch participant={participant} mutations={mutations} canChange={canKeepInQueue} onMessage={onMessage} /> : null}
      {recording ? (
        <RecordOutcomeDialog
          participant={participant}
          mutations={mutations}
          defaultDate={defaultDate}
          onClose={() => setRecording(false)}
          onSaved={(text) => {
            setRecording(false);
            onMessage({ kind: "saved", text });
          }}
        />
      ) : null}
    </section>
  );
}
