import { conversationHolder } from "@overblik/domain";
import type { FlowConversationFragment } from "@overblik/graphql-client";
import { useState } from "react";
import { formatDateDa } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import type { FlowTimeline, TimelineMutations } from "../hooks/use-flow";
import { conversationStatusLabel, holderKindLabel } from "../flow-labels";
import type { FlowMessage } from "./flow-message";
import { RecordConversationDialog } from "./record-conversation-dialog";
import { ScheduleConversationDialog } from "./schedule-conversation-dialog";

const STATUS_ICONS: Record<string, "check" | "hourglass" | "warning" | "close"> = {
  SCHEDULED: "hourglass",
  HELD: "check",
  NO_SHOW: "warning",
  CANCELLED: "close",
};

/** The status in words with an icon beside it. */
function ConversationStatus({ status }: { status: string }) {
  return (
    <span className={`status-badge conversation-status conversation-status--${status.toLowerCase()}`}>
      <Icon name={STATUS_ICONS[status] ?? "info"} />
      {conversationStatusLabel(status)}
    </span>
  );
}

/** The initial conversations: scheduled, held, no-show or cancelled, each recorded with its date. */
export function ConversationsSection({
  participant,
  mutations,
  canSchedule,
  canRecord,
  defaultDate,
  highlight,
  onMessage,
}: {
  participant: FlowTimeline;
  mutations: TimelineMutations;
  canSchedule: boolean;
  canRecord: boolean;
  defaultDate: string;
  highlight: readonly string[];
  onMessage: (message: FlowMessage | null, highlight?: string[]) => void;
}) {
  const [scheduling, setScheduling] = useState(false);
  const [recording, setRecording] = useState<FlowConversationFragment | null>(null);
  const holder = conversationHolder(participant.colour);

  return (
    <section className="participant-section" aria-labelledby="conversations-heading">
      <h3 id="conversations-heading">Indledende samtaler</h3>
      {holder === null ? (
        <p>
          {participant.colour === "ROED"
            ? "Røde borgere er ikke en del af projektets forløb og har ingen indledende samtale."
            : "Borgeren skal screenes i en farvegruppe, før den indledende samtale kan planlægges."}
        </p>
      ) : (
        <p>
          {holder === "JC_CASEWORKER"
            ? "Grøn: samtalen holdes af JC-sagsbehandleren. Udebliver borgeren, bliver borgeren orange og får en samtale med en tovholder."
            : "Orange eller blå: samtalen holdes af en tovholder."}
        </p>
      )}
      {canSchedule && holder !== null ? (
        <div className="button-row d-print-none">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              onMessage(null);
              setScheduling(true);
            }}
          >
            <Icon name="plus" />
            Planlæg samtale
          </button>
        </div>
      ) : null}
      {participant.conversations.length === 0 ? (
        <p className="line-meta-inline">Ingen samtaler endnu.</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label="Indledende samtaler">
          <table className="table table--compact flow-table">
            <caption className="sr-only">Borgerens indledende samtaler, ældste først</caption>
            <thead>
              <tr>
                <th scope="col">Planlagt</th>
                <th scope="col">Holdes af</th>
                <th scope="col">Status</th>
                <th scope="col">Holdt</th>
                {canRecord ? (
                  <th scope="col">
                    <span className="sr-only">Handling</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {participant.conversations.map((c) => (
                <tr key={c.id} className={highlight.includes(c.id) ? "flow-row--changed" : undefined}>
                  <th scope="row" className="nowrap">
                    {formatDateDa(c.scheduledDate)}
                  </th>
                  <td>
                    {holderKindLabel(c.holderKind)}
                    {c.holder ? <span className="line-meta">{c.holder.name}</span> : null}
                  </td>
                  <td>
                    <ConversationStatus status={c.status} />
                  </td>
                  <td className="nowrap">{c.heldDate ? formatDateDa(c.heldDate) : "–"}</td>
                  {canRecord ? (
                    <td className="d-print-none">
                      {c.status === "SCHEDULED" ? (
                        <button
                          type="button"
                          className="function-link"
                          onClick={() => {
                            onMessage(null);
                            setRecording(c);
                          }}
                        >
                          <Icon name="edit" />
                          Registrér udfald<span className="sr-only"> for samtalen d. {formatDateDa(c.scheduledDate)}</span>
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {scheduling ? (
        <ScheduleConversationDialog
          participant={participant}
          mutations={mutations}
          defaultDate={defaultDate}
          onClose={() => setScheduling(false)}
          onSaved={(text, conversationId) => {
            setScheduling(false);
            onMessage({ kind: "saved", text }, [conversationId]);
          }}
        />
      ) : null}
      {recording ? (
        <RecordConversationDialog
          participant={participant}
          conversation={recording}
          mutations={mutations}
          onClose={() => setRecording(null)}
          onSaved={(message, ids) => {
            setRecording(null);
            onMessage(message, ids);
          }}
        />
      ) : null}
    </section>
  );
}
