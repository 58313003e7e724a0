import { rolesAllow } from "@overblik/domain";
import { useState } from "react";
import { CitizenFlow } from "../modules/flow/components/citizen-flow";
import { flowPaths } from "../modules/flow/flow-paths";
import { CaseworkerForm } from "../modules/participants/components/caseworker-form";
import { ChangeColourDialog } from "../modules/participants/components/change-colour-dialog";
import { ClassificationForm, type SaveOutcome } from "../modules/participants/components/classification-form";
import { ColourHistory } from "../modules/participants/components/colour-history";
import { LogNotice } from "../modules/participants/components/log-notice";
import { ParticipantFacts } from "../modules/participants/components/participant-facts";
import { ParticipantProjectFrame } from "../modules/participants/components/participant-project-frame";
import { RevealIdentity } from "../modules/participants/components/reveal-identity";
import { useCitizenPage, useParticipantDetails, useRefreshParticipant, type ParticipantProject } from "../modules/participants/hooks/use-participants";
import { PURPOSES } from "../modules/participants/participant-labels";
import { participantPaths } from "../modules/participants/participant-paths";
import { Alert, ErrorAlert } from "../ui/alert";
import { useDateParam, withDate } from "../ui/date-param";
import { useDocumentTitle } from "../ui/document-title";
import { errorCode, errorMessage } from "../ui/errors";
import { Loading } from "../ui/loading";

const NOT_FOUND = "Borgeren findes ikke i projektet, eller du har ikke adgang til borgeren.";

/** The page's places, for a long page: a link to each part. */
const PARTS: ReadonlyArray<{ href: string; label: string }> = [
  { href: "#identity-heading", label: "Navn og CPR" },
  { href: "#history-heading", label: "Farver" },
  { href: "#classification-heading", label: "Profil" },
  { href: "#conversations-heading", label: "Samtaler" },
  { href: "#preparation-heading", label: "Skema" },
  { href: "#meetings-heading", label: "Teammøder" },
  { href: "#plan-heading", label: "Indsatsplan" },
  { href: "#alerts-heading", label: "Advarsler" },
  { href: "#outcomes-heading", label: "Resultater" },
];

/**
 * One citizen, everything the role may see and do in one place: identity, colours, profile and caseworker, then the
 * flow (conversations, form, meetings, plan, alerts, outcomes). Read once (one access-log row); the parts read the
 * same citizen from the cache.
 */
function Participant({ project, participantId }: { project: ParticipantProject; participantId: string }) {
  const page = useCitizenPage(participantId);
  if (page.error && !page.data) return <ParticipantError error={page.error} />;
  if (!page.data) return <Loading />;
  return <ParticipantParts project={project} participantId={participantId} />;
}

function ParticipantError({ error }: { error: unknown }) {
  const code = errorCode(error);
  const notFound = code === "NOT_FOUND" || code === "BAD_USER_INPUT";
  return (
    <>
      <h2>{notFound ? "Borgeren findes ikke" : "Borgeren kunne ikke hentes"}</h2>
      <ErrorAlert message={notFound ? NOT_FOUND : errorMessage(error)} />
    </>
  );
}

function ParticipantParts({ project, participantId }: { project: ParticipantProject; participantId: string }) {
  const { data, error } = useParticipantDetails(participantId);
  const refresh = useRefreshParticipant();
  const participant = data?.participant;
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [changingColour, setChangingColour] = useState(false);
  useDocumentTitle(participant ? `${participant.code} – ${project.name}` : error ? `Borger – ${project.name}` : undefined);

  async function handleOutcome(next: SaveOutcome) {
    setOutcome(next);
    // Someone changed the citizen meanwhile: fetch the one citizen again; the forms, keyed by the
    // version, then show what is saved now.
    if (next.kind === "conflict") await refresh(participantId);
  }

  if (error && !participant) return <ParticipantError error={error} />;
  if (!participant) return <Loading />;

  const canChangeColour = rolesAllow(project.myRoles, "participant.assign");

  return (
    <>
      <h2>Borger {participant.code}</h2>
      <nav className="page-parts d-print-none" aria-label="På siden">
        <ul>
          {PARTS.filter((p) => p.href !== "#alerts-heading" || rolesAllow(project.myRoles, "flow.coordinate")).map((p) => (
            <li key={p.href}>
              <a href={p.href}>{p.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <LogNotice purpose={PURPOSES.participant} />
      <div aria-live="polite">
        {outcome?.kind === "saved" ? (
          <Alert variant="success">
            <p className="m-0">{outcome.text}</p>
          </Alert>
        ) : outcome ? (
          <ErrorAlert message={outcome.kind === "conflict" ? `${outcome.text} Formularerne viser nu de aktuelle oplysninger.` : outcome.text} />
        ) : null}
      </div>
      <ParticipantFacts participant={participant} />

      <section className="participant-section" aria-labelledby="identity-heading">
        <h3 id="identity-heading">Navn og CPR-nummer</h3>
        <RevealIdentity key={participant.id} participant={participant} />
      </section>

      <section className="participant-section" aria-labelledby="history-heading">
        <h3 id="history-heading">Farvehistorik</h3>
        {canChangeColour ? (
          <div className="button-row d-print-none">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setOutcome(null);
                setChangingColour(true);
              }}
            >
              Skift farve
            </button>
          </div>
        ) : null}
        <ColourHistory history={participant.colourHistory} />
      </section>

      <div className="participant-page-grid">
        <section className="participant-section" aria-labelledby="classification-heading">
          <h3 id="classification-heading">Profil, motivation og fokus</h3>
          {rolesAllow(project.myRoles, "participant.edit") ? (
            <ClassificationForm key={`${participant.id}-${participant.version}`} participant={participant} onOutcome={(o) => void handleOutcome(o)} />
          ) : null}
        </section>
        {rolesAllow(project.myRoles, "participant.assign") ? (
          <section className="participant-section" aria-labelledby="caseworker-heading">
            <h3 id="caseworker-heading">Sagsbehandler</h3>
            <CaseworkerForm
              key={`${participant.id}-${participant.version}`}
              projectId={project.id}
              participant={participant}
              onOutcome={(o) => void handleOutcome(o)}
            />
          </section>
        ) : null}
      </div>

      <CitizenFlow project={project} participantId={participant.id} />

      {changingColour ? (
        <ChangeColourDialog
          participant={participant}
          initialColour={null}
          onClose={() => setChangingColour(false)}
          onMoved={(text) => {
            setChangingColour(false);
            setOutcome({ kind: "saved", text });
          }}
        />
      ) : null}
    </>
  );
}

/** /projekter/<id>/borgere/<participantId>: one citizen, all in one place (the tovholder comes back to the overview). */
export function ParticipantPage({ projectId, participantId }: { projectId: string; participantId: string }) {
  const [date] = useDateParam();
  return (
    <ParticipantProjectFrame
      projectId={projectId}
      title="Borger"
      requires="participant.read"
      back={(project) =>
        rolesAllow(project.myRoles, "flow.coordinate")
          ? {
              to: withDate(flowPaths.overview(projectId), date),
              label: "Tovholderens overblik",
            }
          : {
              to: participantPaths.list(projectId),
              label: "Alle borgere i projektet",
            }
      }
      childSetsTitle
    >
      {(project) => <Participant project={project} participantId={participantId} />}
    </ParticipantProjectFrame>
  );
}
