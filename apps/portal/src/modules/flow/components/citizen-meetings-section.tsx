import { useId, useState, type FormEvent } from "react";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField, SubmitRow } from "../../../ui/form-field";
import { formatDateDa } from "../../../ui/format";
import { Link } from "../../../ui/navigation";
import { useAddCitizenToAgenda, useCitizenOpenMeetings, type FlowTimeline } from "../hooks/use-flow";
import { flowPaths } from "../flow-paths";
import type { FlowMessage } from "./flow-message";
import { MeetingStatus } from "./meeting-status";

function attendance(present: boolean | null): string {
  return present === null ? "–" : present ? "Ja" : "Nej";
}

/**
 * Put the citizen on a planned meeting's agenda, chosen among the meetings from the page's date on. The list shows
 * dates and free places only; the API decides whether there is room (a full agenda is refused in its own words).
 */
function AddToMeetingForm({
  projectId,
  participant,
  from,
  onMessage,
}: {
  projectId: string;
  participant: FlowTimeline;
  from: string;
  onMessage: (message: FlowMessage | null, ids?: string[]) => void;
}) {
  const id = useId();
  const { data, error: loadError } = useCitizenOpenMeetings(projectId, from);
  const [add, { loading }] = useAddCitizenToAgenda(projectId, participant.id);
  const [meetingId, setMeetingId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const onAgenda = new Set(participant.agenda.map((a) => a.meetingId));
  const meetings = (data?.project.openTeamMeetings ?? []).filter((m) => !onAgenda.has(m.id));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onMessage(null);
    const meeting = meetings.find((m) => m.id === meetingId);
    if (!meeting) {
      setError("Vælg det teammøde, borgeren skal på.");
      document.getElementById(`${id}-meeting`)?.focus();
      return;
    }
    setError(null);
    try {
      const result = await add(meeting);
      setMeetingId("");
      onMessage(
        {
          kind: "saved",
          text: `${participant.code} er sat på dagsordenen for mødet d. ${formatDateDa(meeting.date)} som nr. ${result.data?.addToAgenda ?? ""}.`,
        },
        [meeting.id],
      );
    } catch (e) {
      // The API's own words, e.g. "Dagsordenen er fuld (højst 5 borgere). Vælg et andet møde."
      setError(errorMessage(e));
      document.getElementById(`${id}-meeting`)?.focus();
    }
  }

  if (participant.colour === "ROED") {
    return <p className="line-meta-inline">Røde borgere er ikke en del af projektets forløb og sættes ikke på et teammøde.</p>;
  }
  if (data && meetings.length === 0) {
    return (
      <p className="line-meta-inline">
        Der er ingen planlagte teammøder fra {formatDateDa(from)}, borgeren kan sættes på. Møderne planlægges under{" "}
        <Link to={flowPaths.meetings(projectId)}>Teammøder</Link>.
      </p>
    );
  }
  return (
    <form className="agenda-form d-print-none" onSubmit={(e) => void submit(e)} aria-busy={loading}>
      <FormField
        id={`${id}-meeting`}
        label="Sæt borgeren på et teammøde"
        hint={
          loadError ? `Møderne kunne ikke hentes (${errorMessage(loadError)}).` : `Planlagte møder fra ${formatDateDa(from)} med antal borgere på dagsordenen.`
        }
        error={error}
      >
        <select
          className="form-select"
          id={`${id}-meeting`}
          value={meetingId}
          onChange={(e) => setMeetingId(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(`${id}-meeting`, "hint", error)}
        >
          <option value="">Vælg møde</option>
          {meetings.map((m) => {
            const full = m.itemCount >= m.maxItems;
            return (
              <option key={m.id} value={m.id} disabled={full}>
                {formatDateDa(m.date)} – {m.itemCount} af {m.maxItems} pladser taget{full ? " (fuld)" : ""}
              </option>
            );
          })}
        </select>
      </FormField>
      <SubmitRow busy={loading} text="Sæt på dagsordenen" busyText="Sætter på …" />
    </form>
  );
}

/** The team meetings the citizen is on, and (for whoever runs the team) putting the citizen on one. */
export function CitizenMeetingsSection({
  projectId,
  participant,
  canAdd,
  linkToMeetings,
  from,
  highlight,
  onMessage,
}: {
  projectId: string;
  participant: FlowTimeline;
  /** team.run: may put the citizen on an agenda. */
  canAdd: boolean;
  /** meeting.read: the meeting's own page may be opened. */
  linkToMeetings: boolean;
  /** The first date a meeting is offered from (the page's date). */
  from: string;
  highlight: readonly string[];
  onMessage: (message: FlowMessage | null, ids?: string[]) => void;
}) {
  const entries = participant.agenda;
  return (
    <section className="participant-section" aria-labelledby="meetings-heading" id="moeder">
      <h3 id="meetings-heading">Teammøder</h3>
      {entries.length === 0 ? (
        <p>Borgeren er ikke sat på dagsordenen til et teammøde.</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label="Teammøder, borgeren er på">
          <table className="table table--compact flow-table">
            <caption className="sr-only">Teammøder, borgeren er sat på dagsordenen til, ældste først</caption>
            <thead>
              <tr>
                <th scope="col">Møde</th>
                <th scope="col">Status</th>
                <th scope="col" className="amount">
                  Nr. på dagsordenen
                </th>
                <th scope="col">Mødte op</th>
                <th scope="col">Teamets anbefalinger</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((m) => (
                <tr key={m.meetingId} className={highlight.includes(m.meetingId) ? "flow-row--changed" : undefined}>
                  <th scope="row">
                    {linkToMeetings ? <Link to={flowPaths.meeting(projectId, m.meetingId)}>{formatDateDa(m.date)}</Link> : formatDateDa(m.date)}
                  </th>
                  <td>
                    <MeetingStatus status={m.status} />
                  </td>
                  <td className="amount">{m.position}</td>
                  <td>{attendance(m.present)}</td>
                  <td>{m.recommendations ?? <span className="line-meta-inline">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canAdd ? <AddToMeetingForm projectId={projectId} participant={participant} from={from} onMessage={onMessage} /> : null}
    </section>
  );
}
