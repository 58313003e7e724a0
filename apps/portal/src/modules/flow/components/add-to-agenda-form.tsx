import type { FlowMeetingFragment } from "@overblik/graphql-client";
import { useEffect, useId, useState, type FormEvent } from "react";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField, SubmitRow } from "../../../ui/form-field";
import { formatDateDa } from "../../../ui/format";
import { useAddToAgenda, useOverviewOnce, type FlowOverviewRow } from "../hooks/use-flow";
import { asColour, COLOUR_LABELS } from "../flow-labels";
import type { FlowMessage } from "./flow-message";

/** Who the tovholder most likely wants next: conversation held first, then the rest of the overview's order; never rød. */
function candidates(rows: readonly FlowOverviewRow[], onAgenda: ReadonlySet<string>): FlowOverviewRow[] {
  const open = rows.filter((r) => r.colour !== "ROED" && r.stage !== "OUT" && !onAgenda.has(r.participantId));
  return [...open.filter((r) => r.stage === "CONVERSATION_HELD"), ...open.filter((r) => r.stage !== "CONVERSATION_HELD")];
}

function describe(row: FlowOverviewRow): string {
  const colour = asColour(row.colour);
  return `${colour ? COLOUR_LABELS[colour] : "Ikke screenet"} · ${row.stageLabel}`;
}

/**
 * Put a citizen on the agenda by code, picked from the tovholder's overview (read once for the
 * page). The API decides whether there is room: a full agenda is refused with its own message.
 */
export function AddToAgendaForm({
  projectId,
  meeting,
  asOf,
  onMessage,
}: {
  projectId: string;
  meeting: FlowMeetingFragment;
  asOf: string;
  onMessage: (message: FlowMessage | null, participantId?: string) => void;
}) {
  const id = useId();
  const readOverview = useOverviewOnce();
  const [add, { loading }] = useAddToAgenda(projectId);
  const [rows, setRows] = useState<readonly FlowOverviewRow[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    readOverview(projectId, asOf)
      .then((r) => live && setRows(r))
      .catch((e: unknown) => live && setLoadError(errorMessage(e)));
    return () => {
      live = false;
    };
    // Read once per meeting page (not on every render): the overview is logged per citizen.
  }, [readOverview, projectId, asOf]);

  const onAgenda = new Set(meeting.items.map((i) => i.participantId));
  const options = rows ? candidates(rows, onAgenda) : [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onMessage(null);
    const wanted = code.trim().toUpperCase();
    if (!wanted) {
      setError("Skriv borgerens deltagerkode, fx BFA-0042.");
      document.getElementById(`${id}-code`)?.focus();
      return;
    }
    // A code typed before the list has arrived is looked up in it once it has (not refused as unknown).
    let list = rows;
    if (!list) {
      try {
        list = await readOverview(projectId, asOf);
      } catch {
        list = [];
      }
    }
    const row = list.find((r) => r.code.toUpperCase() === wanted);
    if (!row) {
      setError(`Ingen borger i projektet har koden ${wanted}. Vælg en kode fra listen.`);
      document.getElementById(`${id}-code`)?.focus();
      return;
    }
    setError(null);
    try {
      const result = await add({ variables: { input: { meetingId: meeting.id, participantId: row.participantId } } });
      setCode("");
      onMessage(
        { kind: "saved", text: `${row.code} er sat på dagsordenen for mødet d. ${formatDateDa(meeting.date)} som nr. ${result.data?.addToAgenda ?? ""}.` },
        row.participantId,
      );
    } catch (e) {
      // The API's own words, e.g. "Dagsordenen er fuld (højst 5 borgere). Vælg et andet møde."
      setError(errorMessage(e));
      document.getElementById(`${id}-code`)?.focus();
    }
  }

  return (
    <form className="agenda-form" onSubmit={(e) => void submit(e)} aria-busy={loading}>
      <FormField
        id={`${id}-code`}
        label="Borgerens deltagerkode"
        hint={
          loadError
            ? `Listen over borgere kunne ikke hentes (${loadError}); skriv koden.`
            : "Vælg fra listen (borgere med en holdt samtale står først) eller skriv koden. Listen hentes fra tovholderens overblik."
        }
        error={error}
      >
        <input
          className="form-input input-width-m"
          id={`${id}-code`}
          list={`${id}-codes`}
          value={code}
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(`${id}-code`, "hint", error)}
        />
        <datalist id={`${id}-codes`}>
          {options.map((r) => (
            <option key={r.participantId} value={r.code} label={describe(r)} />
          ))}
        </datalist>
      </FormField>
      <SubmitRow busy={loading} text="Sæt på dagsordenen" busyText="Sætter på …" />
    </form>
  );
}
