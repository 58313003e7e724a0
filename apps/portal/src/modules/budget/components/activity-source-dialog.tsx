import { useId, useState, type FormEvent, type ReactNode } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorCode, errorMessage } from "../../../ui/errors";
import { ChoiceGroup } from "../../../ui/form-field";
import { Modal, SubmitCancelFooter } from "../../../ui/modal";
import { useLineActivityFeeds, useSetLineActivitySource } from "../hooks/use-budget-planner";
import {
  ACTIVITY_SOURCE_LABELS,
  ACTIVITY_SOURCES,
  activitySourceLabel,
  asActivitySource,
  MANUAL_SOURCE_LABEL,
  sourceRefusal,
  type ActivitySource,
} from "../activity-source";
import { describeDriver, type DriverView, type PlannerLine } from "../planner-view";

type Choice = ActivitySource | "MANUAL";
const CHOICES: readonly Choice[] = [...ACTIVITY_SOURCES, "MANUAL"];

const CHOICE_HINTS: Record<Choice, string> = {
  CONVERSATIONS_HELD: "Hver indledende samtale, der registreres som holdt, tæller som 1 samtale.",
  TEAM_HOURS: "De timer, teammedlemmerne bruger på teammøder, tæller for de medlemmer, linjen betaler.",
  INTERVENTION_UNITS: "De enheder, der leveres af indsatser fra ydelseskataloget, tæller for de indsatser, linjen betaler.",
  MANUAL: "Intet fra forløbet tæller af sig selv; aktiviteten registreres i hånden under Opfølgning.",
};

const choiceLabel = (choice: Choice) => (choice === "MANUAL" ? MANUAL_SOURCE_LABEL : ACTIVITY_SOURCE_LABELS[choice]);
const toChoice = (source: string | null): Choice => asActivitySource(source) ?? "MANUAL";

/** What the chosen source will feed the line from now on: the interventions or members it pays, by name. */
function Effect({ projectId, line, choice }: { projectId: string; line: PlannerLine; choice: Choice }) {
  const feeds = useLineActivityFeeds(projectId);
  const project = feeds.data?.project;
  const list = (names: string[], none: string) =>
    names.length === 0 ? (
      <p className="m-0">{none}</p>
    ) : (
      <ul className="m-0">
        {names.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    );

  let feeding: ReactNode;
  if (choice === "INTERVENTION_UNITS") {
    feeding = !project ? (
      <p className="m-0">Henter ydelseskataloget …</p>
    ) : (
      <>
        <p className="m-0">Indsatser i ydelseskataloget, som linjen betaler:</p>
        {list(
          project.interventions
            .filter((i) => i.budgetLineId === line.id)
            .map((i) => `${i.name} (enhed: ${i.unit})${i.active ? "" : ", tilbydes ikke længere"}`),
          "Ingen endnu. Tovholderen knytter indsatser til linjen i ydelseskataloget; indtil da tæller intet.",
        )}
      </>
    );
  } else if (choice === "TEAM_HOURS") {
    feeding = !project ? (
      <p className="m-0">Henter teamet …</p>
    ) : (
      <>
        <p className="m-0">Teammedlemmer, hvis mødetimer linjen betaler:</p>
        {list(
          project.teamMembers.filter((m) => m.budgetLineId === line.id).map((m) => `${m.name}, ${m.title}`),
          "Ingen endnu. Et teammedlem knyttes til linjen i teamet; indtil da tæller intet.",
        )}
      </>
    );
  } else if (choice === "CONVERSATIONS_HELD") {
    feeding = <p className="m-0">Hver indledende samtale, der fra nu af registreres som holdt i projektet, tæller 1 samtale på linjen.</p>;
  } else {
    feeding = <p className="m-0">Intet fra forløbet bogføres på linjen. Registrér aktiviteten i hånden under Opfølgning.</p>;
  }

  return (
    <>
      <p className="mt-0">
        <strong>{choiceLabel(choice)}</strong>
      </p>
      {feeding}
      {feeds.error && (choice === "INTERVENTION_UNITS" || choice === "TEAM_HOURS") ? (
        <p className="m-0">Listen kunne ikke hentes: {errorMessage(feeds.error)}</p>
      ) : null}
      <p>Aktivitet, der allerede er registreret på linjen, bliver stående; skiftet gælder det, der registreres fra nu af.</p>
    </>
  );
}

/**
 * The leader chooses which events in the flow become a line's activity. Sources whose unit does not
 * match the line's driver are shown but cannot be chosen (the API refuses them too); the line's
 * version goes along, so a stale screen gets a CONFLICT instead of overwriting.
 */
export function ActivitySourceDialog({
  projectId,
  line,
  driver,
  onClose,
  onSaved,
  refetch,
}: {
  projectId: string;
  line: PlannerLine;
  driver: DriverView;
  onClose: () => void;
  onSaved: (text: string) => void;
  refetch: () => Promise<unknown>;
}) {
  const id = useId();
  const [save, { loading }] = useSetLineActivitySource();
  const current = toChoice(line.activitySource);
  const [choice, setChoice] = useState<Choice>(current);
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const refusal = (c: Choice) => (c === "MANUAL" ? null : sourceRefusal(c, driver.unit));
  const error = choice === current ? `Linjens kilde er allerede »${choiceLabel(current).toLowerCase()}«. Vælg en anden.` : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setServerError(null);
    if (error) {
      document.getElementById(`${id}-${CHOICES.find((c) => c !== current && !refusal(c)) ?? current}`)?.focus();
      return;
    }
    try {
      await save({ variables: { input: { budgetLineId: line.id, source: choice === "MANUAL" ? null : choice, expectedVersion: line.version } } });
      onSaved(
        choice === "MANUAL"
          ? `Aktiviteten på »${line.name}« registreres nu i hånden. Det, der allerede er registreret, bliver stående.`
          : `Aktiviteten på »${line.name}« kommer nu fra ${choiceLabel(choice).toLowerCase()}. Det, der allerede er registreret, bliver stående.`,
      );
    } catch (e) {
      if (errorCode(e) === "CONFLICT") {
        // Someone changed the line meanwhile: the planner is fetched again, and the dialog shows the line as it is now.
        await refetch().catch(() => undefined);
        setServerError(
          errorMessage(e, { CONFLICT: `Nogen har ændret linjen, siden du åbnede den. Den er hentet igen: se dens nuværende kilde ovenfor, og vælg igen.` }),
        );
      } else {
        setServerError(errorMessage(e));
      }
    }
  }

  return (
    <Modal
      title="Linjens aktivitetskilde"
      onClose={onClose}
      onSubmit={(e) => void submit(e)}
      busy={loading}
      footer={<SubmitCancelFooter busy={loading} submitText="Gem kilden" onClose={onClose} />}
    >
      {serverError ? <ErrorAlert message={serverError} /> : null}
      <p className="mt-0">
        <strong>{line.name}</strong> betaler for {describeDriver(driver)}. Aktiviteten kommer nu fra: {activitySourceLabel(line.activitySource).toLowerCase()}.
      </p>
      <ChoiceGroup id={id} legend="Hvad bliver linjens aktivitet?" error={submitted && error ? error : null}>
        {CHOICES.map((c) => {
          const refused = refusal(c);
          return (
            <div className="form-group-radio" key={c}>
              <input
                type="radio"
                className="form-radio"
                id={`${id}-${c}`}
                name={`${id}-source`}
                checked={choice === c}
                disabled={refused !== null && c !== current}
                onChange={() => setChoice(c)}
                aria-describedby={`${id}-${c}-hint`}
              />
              <label className="form-label" htmlFor={`${id}-${c}`}>
                {choiceLabel(c)}
                {c === current ? " (nu)" : ""}
              </label>
              <span className="form-hint" id={`${id}-${c}-hint`}>
                {refused && c !== current ? refused : CHOICE_HINTS[c]}
              </span>
            </div>
          );
        })}
      </ChoiceGroup>
      <section className="effect-section" aria-labelledby={`${id}-effect`} aria-live="polite">
        <h3 id={`${id}-effect`} className="h4 mt-0">
          Virkning, før du gemmer
        </h3>
        {choice !== current ? (
          <Effect projectId={projectId} line={line} choice={choice} />
        ) : (
          <p className="line-meta-inline">Vælg en anden kilde, så vises det, der fremover tæller på linjen, her.</p>
        )}
      </section>
    </Modal>
  );
}
