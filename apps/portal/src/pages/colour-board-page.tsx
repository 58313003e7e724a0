import { rolesAllow } from "@overblik/domain";
import { useEffect, useRef, useState } from "react";
import { ColourBoard } from "../modules/participants/components/colour-board";
import { CodeSearchField, codeMatches, useCodeSearch } from "../modules/participants/components/code-search";
import { ColourHelp } from "../modules/participants/components/colour-help";
import { LogNotice } from "../modules/participants/components/log-notice";
import { ParticipantProjectFrame } from "../modules/participants/components/participant-project-frame";
import { useBoardParticipants, type ParticipantProject } from "../modules/participants/hooks/use-participants";
import { citizens, PURPOSES } from "../modules/participants/participant-labels";
import { participantPaths } from "../modules/participants/participant-paths";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { Loading } from "../ui/loading";
import { Link } from "../ui/navigation";

function Board({ project }: { project: ParticipantProject }) {
  const { data, error, fetchMore } = useBoardParticipants(project.id);
  const list = data?.participants;
  const [more, setMore] = useState<{ error: string | null; exhausted: boolean }>({ error: null, exhausted: false });
  // A ref, not state: the next page must be asked for once, even if the effect runs twice.
  const requested = useRef(0);
  const canMove = rolesAllow(project.myRoles, "participant.assign");
  const [code, setCode] = useCodeSearch();

  // The board is the whole target group. The API gives at most 200 a page, so a larger project is
  // fetched page by page, once: each page is logged, and nothing is fetched again after that.
  const loaded = list?.items.length ?? 0;
  const total = list?.totalCount ?? 0;
  useEffect(() => {
    if (!list || loaded >= total || more.error || more.exhausted || requested.current >= loaded + 1) return;
    requested.current = loaded + 1;
    fetchMore({
      variables: { skip: loaded },
      updateQuery: (previous, { fetchMoreResult }) => ({
        participants: { ...fetchMoreResult.participants, items: [...previous.participants.items, ...fetchMoreResult.participants.items] },
      }),
    })
      .then((result) => {
        if ((result.data?.participants.items.length ?? 0) === 0) setMore((m) => ({ ...m, exhausted: true }));
      })
      .catch((e: unknown) => setMore((m) => ({ ...m, error: errorMessage(e) })));
  }, [list, loaded, total, more.error, more.exhausted, fetchMore]);

  // The search filters the cards already fetched (the whole target group): nothing is fetched or logged again.
  const shown = code.trim() ? (list?.items ?? []).filter((p) => codeMatches(p.code, code)) : (list?.items ?? []);

  return (
    <>
      <h2>Farvetavle</h2>
      <p>
        Screeningen af målgruppen i farvegrupper.{" "}
        {canMove
          ? "Flyt en borger med knappen »Flyt« på kortet, eller træk kortet over i en anden kolonne; du bliver bedt om en begrundelse, som gemmes i borgerens farvehistorik."
          : "Kun tovholderne kan flytte borgere mellem farvegrupperne."}
      </p>
      <LogNotice purpose={PURPOSES.board} />
      <ColourHelp />
      {error && !list ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !list ? (
        <Loading />
      ) : (
        <>
          <p className="mt-5" aria-live="polite">
            {loaded < total ? `Henter borgere … ${loaded} af ${total}.` : `${citizens(total)} på tavlen.`}
          </p>
          {more.error ? <ErrorAlert message={`Ikke alle borgere kunne hentes: ${more.error}`} /> : null}
          {total === 0 ? (
            <p>
              Projektet har ingen borgere endnu.{" "}
              {rolesAllow(project.myRoles, "participant.import") ? <Link to={participantPaths.import(project.id)}>Importér målgruppen</Link> : null}
            </p>
          ) : (
            <>
              <div className="d-print-none" role="search" aria-label="Find en borger på tavlen">
                <CodeSearchField value={code} onChange={setCode} />
              </div>
              {code.trim() ? <p aria-live="polite">Søgningen viser {citizens(shown.length)}.</p> : null}
              <ColourBoard projectId={project.id} participants={shown} canMove={canMove} />
            </>
          )}
        </>
      )}
    </>
  );
}

/** /projekter/<id>/farver: the colour board. */
export function ColourBoardPage({ projectId }: { projectId: string }) {
  return (
    <ParticipantProjectFrame projectId={projectId} title="Farvetavle" requires="participant.read">
      {(project) => <Board project={project} />}
    </ParticipantProjectFrame>
  );
}
