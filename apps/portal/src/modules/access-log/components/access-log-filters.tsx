import { useId, useState, type FormEvent } from "react";
import { describedBy, FormField, useSubmitErrors } from "../../../ui/form-field";
import { ACCESS_ACTION_LABELS, ACCESS_ACTIONS, nextDate, startOfDanishDay, UUID_PATTERN } from "../access-log-labels";
import type { AccessLogFilter } from "../hooks/use-access-log";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface FilterOptions {
  users: ReadonlyArray<{ id: string; name: string; email: string }>;
  projects: ReadonlyArray<{ id: string; code: string; name: string }>;
}

/** The access log's filters, applied on "Vis". Dates are whole Danish days, "til" included. */
export function AccessLogFilters({ options, onApply }: { options: FilterOptions | null; onApply: (filter: AccessLogFilter) => void }) {
  const id = useId();
  const [userId, setUserId] = useState("");
  const [projectId, setProjectId] = useState("");
  const [participant, setParticipant] = useState("");
  const [action, setAction] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const errors = {
    participant: participant.trim() === "" || UUID_PATTERN.test(participant.trim()) ? null : "Deltager-id er et id som 3f2c9a1e-…; kopiér det fra loggen.",
    dates: from && to && to < from ? "»Til og med« skal være samme dag som »Fra« eller senere." : null,
  };
  const { show, check, reset: hideErrors, field } = useSubmitErrors(id, errors, { dates: "to" });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check()) return;
    onApply({
      userId: userId || null,
      projectId: projectId || null,
      participantId: participant.trim() || null,
      action: action || null,
      from: ISO_DATE.test(from) ? startOfDanishDay(from) : null,
      to: ISO_DATE.test(to) ? startOfDanishDay(nextDate(to)) : null,
    });
  }

  function reset() {
    setUserId("");
    setProjectId("");
    setParticipant("");
    setAction("");
    setFrom("");
    setTo("");
    hideErrors();
    onApply({ userId: null, projectId: null, participantId: null, action: null, from: null, to: null });
  }

  return (
    <form className="access-log-filters" role="search" aria-label="Filtrér adgangsloggen" noValidate onSubmit={submit}>
      <div className="form-row-2">
        <FormField id={`${id}-user`} label="Bruger">
          <select className="form-select" id={`${id}-user`} value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value="">Alle brugere</option>
            {(options?.users ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${id}-project`} label="Projekt">
          <select className="form-select" id={`${id}-project`} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
            <option value="">Alle projekter</option>
            {(options?.projects ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.code})
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${id}-participant`} label="Deltager-id" hint="Fra loggen eller udtrækket" error={show(errors.participant)}>
          <input
            className="form-input input-uuid"
            value={participant}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setParticipant(e.target.value)}
            {...field("participant", true)}
          />
        </FormField>
        <FormField id={`${id}-action`} label="Handling">
          <select className="form-select" id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value)}>
            <option value="">Alle handlinger</option>
            {ACCESS_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {ACCESS_ACTION_LABELS[a]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${id}-from`} label="Fra">
          <input type="date" className="form-input" id={`${id}-from`} value={from} onChange={(e) => setFrom(e.target.value)} />
        </FormField>
        <FormField id={`${id}-to`} label="Til og med" error={show(errors.dates)}>
          <input
            type="date"
            className="form-input"
            id={`${id}-to`}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            aria-invalid={Boolean(show(errors.dates))}
            aria-describedby={describedBy(`${id}-to`, null, show(errors.dates))}
          />
        </FormField>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Vis loggen
        </button>
        <button type="button" className="button button-secondary" onClick={reset}>
          Nulstil filtre
        </button>
      </div>
    </form>
  );
}
