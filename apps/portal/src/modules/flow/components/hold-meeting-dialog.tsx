import { formatQuantity, formatQuantityDa } from "@overblik/domain";
import type { FlowMeetingFragment, FlowTeamMemberFragment } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { describedBy } from "../../../ui/form-field";
import { formatDateDa, parseQuantityInput } from "../../../ui/format";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useHoldTeamMeeting } from "../hooks/use-flow";
import { themeLabel } from "../flow-labels";
import { ScrollRegion } from "../../../ui/scroll-region";

const list = new Intl.ListFormat("da-DK", { type: "conjunction" });

interface Attendance {
  attended: boolean;
  hours: string;
}

interface Outcome {
  present: boolean | null;
  recommendations: string;
}

/** "2,5" for a meeting of five citizens at 30 minutes: the default length of each member's attendance. */
function defaultHours(meeting: FlowMeetingFragment): string {
  const minutes = Math.max(1, meeting.items.length) * meeting.minutesPerItem;
  return formatQuantityDa(BigInt(Math.round((minutes * 100) / 60)));
}

/**
 * "Registrér afholdt møde": who from the team attended and for how long (the hours become activity on
 * the budget lines that pay for them, e.g. the medical consultant's), and per citizen whether they
 * came (the meeting is held anyway) and what the team recommends. Saved with the meeting's version.
 */
export function HoldMeetingDialog({
  projectId,
  meeting,
  members,
  onClose,
  onSaved,
}: {
  projectId: string;
  meeting: FlowMeetingFragment;
  members: readonly FlowTeamMemberFragment[];
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const id = useId();
  const [hold, { loading }] = useHoldTeamMeeting(projectId);
  const invited = new Set(meeting.invited.map((m) => m.id));
  const ordered = [...members].sort((a, b) => Number(a.adHoc) - Number(b.adHoc) || Number(invited.has(b.id)) - Number(invited.has(a.id)));
  const [attendance, setAttendance] = useState<Record<string, Attendance>>(() =>
    Object.fromEntries(members.map((m) => [m.id, { attended: invited.has(m.id), hours: defaultHours(meeting) }])),
  );
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>(() =>
    Object.fromEntries(meeting.items.map((i) => [i.participantId, { present: null, recommendations: "" }])),
  );
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  const parsedHours = Object.fromEntries(
    members.map((m) => {
      const a = attendance[m.id];
      if (!a?.attended) return [m.id, null];
      const q = parseQuantityInput(a.hours);
      return [m.id, q.ok && q.value > 2400n ? ({ ok: false, message: "Højst 24 timer." } as const) : q];
    }),
  );
  const hourErrors = Object.fromEntries(Object.entries(parsedHours).map(([k, q]) => [k, q && !q.ok ? q.message : null]));
  const attendees = members.filter((m) => attendance[m.id]?.attended);
  const noAttendees = attendees.length === 0 ? "Sæt flueben ved mindst ét medlem af teamet." : null;
  const presenceErrors = Object.fromEntries(
    meeting.items.map((i) => [i.participantId, outcomes[i.participantId]?.present === null ? "Vælg, om borgeren mødte op." : null]),
  );
  const show = (message: string | null | undefined) => (submitted ? (message ?? null) : null);

  function setMember(memberId: string, patch: Partial<Attendance>) {
    setAttendance((current) => ({ ...current, [memberId]: { ...(current[memberId] ?? { attended: false, hours: "" }), ...patch } }));
  }
  function setOutcome(participantId: string, patch: Partial<Outcome>) {
    setOutcomes((current) => ({ ...current, [participantId]: { ...(current[participantId] ?? { present: null, recommendations: "" }), ...patch } }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    const badMember = members.find((m) => hourErrors[m.id]);
    const badItem = meeting.items.find((i) => presenceErrors[i.participantId]);
    if (noAttendees || badMember || badItem) {
      const target = noAttendees
        ? `${id}-member-${members[0]?.id ?? ""}`
        : badMember
          ? `${id}-hours-${badMember.id}`
          : `${id}-present-${badItem?.participantId ?? ""}-yes`;
      document.getElementById(target)?.focus();
      return;
    }
    const input = {
      meetingId: meeting.id,
      expectedVersion: meeting.version,
      attendance: attendees.map((m) => {
        const q = parsedHours[m.id];
        return { teamMemberId: m.id, hours: q && q.ok ? formatQuantity(q.value) : "0" };
      }),
      outcomes: meeting.items.map((i) => ({
        participantId: i.participantId,
        present: outcomes[i.participantId]?.present ?? false,
        recommendations: outcomes[i.participantId]?.recommendations.trim() || null,
      })),
    };
    const total = attendees.reduce((sum, m) => {
      const q = parsedHours[m.id];
      return sum + (q && q.ok ? q.value : 0n);
    }, 0n);
    const paid = attendees.filter((m) => m.budgetLineId !== null);
    const hoursOf = (m: FlowTeamMemberFragment) => {
      const q = parsedHours[m.id];
      return q && q.ok ? formatQuantityDa(q.value) : "0";
    };
    try {
      await hold({ variables: { input } });
      onSaved(
        `Mødet d. ${formatDateDa(meeting.date)} er registreret som afholdt: ${attendees.length} fra teamet, ${formatQuantityDa(total)} timer i alt.` +
          (paid.length > 0 ? ` Bogført som aktivitet på budgetlinjerne: ${list.format(paid.map((m) => `${m.name} ${hoursOf(m)} timer`))}.` : ""),
      );
    } catch (error) {
      setServerError(errorCode(error) === "CONFLICT" ? `${errorMessage(error)} Luk dialogen; mødet er hentet igen.` : errorMessage(error));
    }
  }

  return (
    <Modal
      title={`Registrér afholdt møde d. ${formatDateDa(meeting.date)}`}
      wide
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Registrér mødet som afholdt" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <fieldset className="hold-fieldset">
        <legend className="h4">Fremmøde fra teamet</legend>
        <p className="form-hint mt-0">
          De indkaldte er valgt på forhånd. Timerne bliver aktivitet på de budgetlinjer, der betaler for medlemmets timer (fx lægekonsulentens honorar).
        </p>
        {show(noAttendees) ? (
          <p className="form-error-message" role="alert">
            <span className="sr-only">Fejl: </span>
            {noAttendees}
          </p>
        ) : null}
        <ScrollRegion label="Teamets medlemmer: deltog og timer">
          <table className="table table--compact attendance-table">
            <caption className="sr-only">Teamets medlemmer: deltog og timer</caption>
            <thead>
              <tr>
                <th scope="col">Deltog</th>
                <th scope="col">Timer</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((m) => {
                const a = attendance[m.id];
                const err = show(hourErrors[m.id]);
                return (
                  <tr key={m.id}>
                    <td>
                      <div className="form-group-checkbox m-0">
                        <input
                          type="checkbox"
                          className="form-checkbox"
                          id={`${id}-member-${m.id}`}
                          checked={a?.attended ?? false}
                          onChange={(e) => setMember(m.id, { attended: e.target.checked })}
                        />
                        <label className="form-label" htmlFor={`${id}-member-${m.id}`}>
                          {m.name}
                          <span className="line-meta">
                            {m.title}
                            {m.adHoc ? " · ressourcenetværk" : invited.has(m.id) ? " · indkaldt" : ""}
                            {m.budgetLineId ? " · timer på budgetlinje" : ""}
                          </span>
                        </label>
                      </div>
                    </td>
                    <td>
                      <div className={`form-group m-0${err ? " form-error" : ""}`}>
                        <label className="sr-only" htmlFor={`${id}-hours-${m.id}`}>
                          Timer for {m.name}
                        </label>
                        {err ? (
                          <span className="form-error-message" id={`${id}-hours-${m.id}-error`}>
                            <span className="sr-only">Fejl: </span>
                            {err}
                          </span>
                        ) : null}
                        <input
                          className="form-input input-width-xs"
                          id={`${id}-hours-${m.id}`}
                          inputMode="decimal"
                          value={a?.hours ?? ""}
                          disabled={!a?.attended}
                          onChange={(e) => setMember(m.id, { hours: e.target.value })}
                          aria-invalid={Boolean(err)}
                          aria-describedby={describedBy(`${id}-hours-${m.id}`, null, err)}
                        />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </fieldset>

      <fieldset className="hold-fieldset">
        <legend className="h4">Borgerne på dagsordenen</legend>
        {meeting.items.length === 0 ? <p>Dagsordenen er tom.</p> : null}
        {meeting.items.map((item) => {
          const o = outcomes[item.participantId];
          const err = show(presenceErrors[item.participantId]);
          const base = `${id}-present-${item.participantId}`;
          return (
            <div key={item.participantId} className="hold-citizen">
              <h3 className="h5 mt-0">
                {item.position}. {item.participantCode}
                {item.themes.length > 0 ? <span className="line-meta">{item.themes.map(themeLabel).join(", ")}</span> : null}
              </h3>
              <div className={`form-group mt-0${err ? " form-error" : ""}`}>
                <fieldset aria-describedby={err ? `${base}-error` : undefined}>
                  <legend className="form-label">Fremmøde</legend>
                  {err ? (
                    <span className="form-error-message" id={`${base}-error`}>
                      <span className="sr-only">Fejl: </span>
                      {err}
                    </span>
                  ) : null}
                  <div className="inline-radios">
                    <div className="form-group-radio">
                      <input
                        type="radio"
                        className="form-radio"
                        id={`${base}-yes`}
                        name={base}
                        checked={o?.present === true}
                        onChange={() => setOutcome(item.participantId, { present: true })}
                      />
                      <label className="form-label" htmlFor={`${base}-yes`}>
                        Mødte op
                      </label>
                    </div>
                    <div className="form-group-radio">
                      <input
                        type="radio"
                        className="form-radio"
                        id={`${base}-no`}
                        name={base}
                        checked={o?.present === false}
                        onChange={() => setOutcome(item.participantId, { present: false })}
                      />
                      <label className="form-label" htmlFor={`${base}-no`}>
                        Mødte ikke op
                      </label>
                    </div>
                  </div>
                </fieldset>
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor={`${id}-rec-${item.participantId}`}>
                  Teamets anbefalinger for {item.participantCode}
                </label>
                <textarea
                  className="form-input input-width-xl"
                  id={`${id}-rec-${item.participantId}`}
                  rows={2}
                  maxLength={5000}
                  value={o?.recommendations ?? ""}
                  onChange={(e) => setOutcome(item.participantId, { recommendations: e.target.value })}
                />
              </div>
            </div>
          );
        })}
      </fieldset>
    </Modal>
  );
}
