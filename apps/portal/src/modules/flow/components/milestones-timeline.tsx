import type { FlowCapacityQuery } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { formatDateDa } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { useSubmitErrors } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useCompleteMilestone } from "../hooks/use-flow";
import { MILESTONE_STATUS_LABELS } from "../flow-labels";
import { ISO_DATE } from "../flow-view";
import { DateField } from "./date-field";
import type { FlowMessage } from "./flow-message";

type Milestone = FlowCapacityQuery["project"]["milestones"][number];

/** The status in words (nået d. …, fristen er overskredet, kommende) with an icon: never the colour alone. */
function MilestoneStatus({ milestone }: { milestone: Milestone }) {
  const icon = milestone.status === "DONE" ? "check" : milestone.status === "OVERDUE" ? "warning" : "hourglass";
  const text =
    milestone.status === "DONE" && milestone.doneDate
      ? `Nået ${formatDateDa(milestone.doneDate)}${milestone.doneDate > milestone.dueDate ? " (efter fristen)" : ""}`
      : (MILESTONE_STATUS_LABELS[milestone.status] ?? milestone.status);
  return (
    <span className={`status-badge milestone-status milestone-status--${milestone.status.toLowerCase()}`}>
      <Icon name={icon} />
      {text}
    </span>
  );
}

function CompleteDialog({
  projectId,
  asOf,
  milestone,
  onClose,
  onSaved,
}: {
  projectId: string;
  asOf: string;
  milestone: Milestone;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [complete, { loading }] = useCompleteMilestone(projectId, asOf);
  const [date, setDate] = useState(asOf);
  const { shown, serverError, setServerError, start } = useSubmitErrors(id, { date: ISO_DATE.test(date) ? null : "Vælg datoen, milepælen blev nået." });

  async function submit(event: FormEvent<HTMLFormElement>) {
    if (!start(event)) return;
    try {
      await complete({ variables: { input: { milestoneId: milestone.id, doneDate: date, expectedVersion: milestone.version } } });
      onSaved(`»${milestone.name}« er markeret som nået d. ${formatDateDa(date)}.`);
    } catch (e) {
      setServerError(errorCode(e) === "CONFLICT" ? `${errorMessage(e)} Luk dialogen, og prøv igen på den opdaterede side.` : errorMessage(e));
    }
  }

  return (
    <Modal
      title="Markér milepæl som nået"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Markér som nået" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        <strong>{milestone.name}</strong>, frist {formatDateDa(milestone.dueDate)}, ansvarlig: {milestone.responsible}.
      </p>
      <DateField id={`${id}-date`} label="Nået den" error={shown("date")} value={date} onChange={setDate} />
    </Modal>
  );
}

/** The project's timetable (tidsplan) in date order, each milestone with its status as of the page's date. */
export function MilestonesTimeline({
  projectId,
  asOf,
  milestones,
  canComplete,
  onMessage,
}: {
  projectId: string;
  asOf: string;
  milestones: readonly Milestone[];
  canComplete: boolean;
  onMessage: (message: FlowMessage | null) => void;
}) {
  const [completing, setCompleting] = useState<Milestone | null>(null);
  if (milestones.length === 0) return <p>Projektet har ingen milepæle.</p>;
  return (
    <>
      <ol className="milestone-timeline">
        {milestones.map((m) => (
          <li key={m.id} className={`milestone milestone--${m.status.toLowerCase()}`}>
            <span className="milestone-marker" aria-hidden="true" />
            <div className="milestone-body">
              <span className="milestone-date">{formatDateDa(m.dueDate)}</span>
              <strong className="milestone-name">{m.name}</strong>
              <span className="line-meta">Ansvarlig: {m.responsible}</span>
              <MilestoneStatus milestone={m} />
              {canComplete && m.status !== "DONE" ? (
                <button
                  type="button"
                  className="function-link milestone-action d-print-none"
                  onClick={() => {
                    onMessage(null);
                    setCompleting(m);
                  }}
                >
                  <Icon name="check" />
                  Markér som nået<span className="sr-only"> ({m.name})</span>
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {completing ? (
        <CompleteDialog
          projectId={projectId}
          asOf={asOf}
          milestone={completing}
          onClose={() => setCompleting(null)}
          onSaved={(text) => {
            setCompleting(null);
            onMessage({ kind: "saved", text });
          }}
        />
      ) : null}
    </>
  );
}
