import { rolesAllow } from "@overblik/domain";
import type { Colour } from "@overblik/graphql-client";
import { FindByCpr } from "../modules/participants/components/find-by-cpr";
import { LogNotice } from "../modules/participants/components/log-notice";
import { ParticipantFilters } from "../modules/participants/components/participant-filters";
import { ParticipantProjectFrame } from "../modules/participants/components/participant-project-frame";
import { ParticipantTable } from "../modules/participants/components/participant-table";
import {
  PARTICIPANTS_PAGE_SIZE,
  useProjectParticipants,
  type ParticipantFilter,
  type ParticipantProject,
} from "../modules/participants/hooks/use-participants";
import { citizens, COLOUR_LABELS, COLOURS, projectMunicipalities, PURPOSES } from "../modules/participants/participant-labels";
import { participantPaths } from "../modules/participants/participant-paths";
import { ErrorAlert } from "../ui/alert";
import { errorMessage } from "../ui/errors";
import { Icon } from "../ui/icon";
import { Loading } from "../ui/loading";
import { Link, navigate, useSearch } from "../ui/navigation";
import { Pager } from "../ui/pager";

/** The filter and page live in the address (?farve=GROEN&kommune=Ishøj&kode=12&side=2): back works, and a view can be shared. */
function readParams(search: string): { filter: ParticipantFilter; page: number } {
  const params = new URLSearchParams(search);
  const colour = params.get("farve") ?? "";
  const page = Number(params.get("side") ?? "1");
  return {
    filter: {
      colour: (COLOURS as readonly string[]).includes(colour) ? (colour as Colour) : null,
      municipality: params.get("kommune") || null,
      code: params.get("kode") || null,
    },
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
  };
}

function writeParams(filter: ParticipantFilter, page: number) {
  const params = new URLSearchParams();
  if (filter.colour) params.set("farve", filter.colour);
  if (filter.municipality) params.set("kommune", filter.municipality);
  if (filter.code) params.set("kode", filter.code);
  if (page > 0) params.set("side", String(page + 1));
  const query = params.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ""}`, { keepScroll: true });
}

function describeFilter(filter: ParticipantFilter): string {
  const parts = [
    filter.colour ? `farve ${COLOUR_LABELS[filter.colour].toLowerCase()}` : null,
    filter.municipality ? `kommune ${filter.municipality}` : null,
    filter.code ? `kode med »${filter.code}«` : null,
  ].filter(Boolean);
  return parts.length > 0 ? ` med ${parts.join(", ")}` : "";
}

function ParticipantList({ project }: { project: ParticipantProject }) {
  const { filter, page } = readParams(useSearch());
  const { data, previousData, error, loading } = useProjectParticipants(project.id, filter, page);
  const list = (data ?? previousData)?.participants;
  const pages = list ? Math.max(1, Math.ceil(list.totalCount / PARTICIPANTS_PAGE_SIZE)) : 1;
  const seesAll = rolesAllow(project.myRoles, "participant.readAll");
  const filterKey = `${filter.colour ?? ""}|${filter.municipality ?? ""}|${filter.code ?? ""}`;

  return (
    <>
      <h2>Borgere i projektet</h2>
      <LogNotice purpose={PURPOSES.list}>{seesAll ? null : "Som sagsbehandler ser du kun de borgere, du er tildelt."}</LogNotice>
      <div className="button-row d-print-none">
        <a href="#find-by-cpr-heading" className="button button-secondary">
          Find på CPR-nummer
        </a>
        {rolesAllow(project.myRoles, "participant.import") ? (
          <Link to={participantPaths.import(project.id)} className="button button-secondary">
            <Icon name="upload" />
            Importér målgruppen
          </Link>
        ) : null}
      </div>
      <ParticipantFilters
        key={filterKey}
        value={filter}
        municipalities={projectMunicipalities(project.organisations)}
        onApply={(next) => writeParams(next, 0)}
      />
      {error ? <ErrorAlert message={errorMessage(error)} /> : null}
      {!list ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <p className="mt-5" aria-live="polite">
            <strong>{citizens(list.totalCount)}</strong>
            {describeFilter(filter)}.{pages > 1 ? ` Side ${page + 1} af ${pages}.` : ""}
          </p>
          {list.items.length === 0 ? (
            <p>Ingen borgere{filter.colour || filter.municipality || filter.code ? " matcher filtrene" : " i projektet endnu"}.</p>
          ) : (
            <div aria-busy={loading}>
              <ParticipantTable
                projectId={project.id}
                participants={list.items}
                caption={`Borgere${describeFilter(filter)}, efter deltagerkode, side ${page + 1} af ${pages}`}
              />
            </div>
          )}
          <Pager page={page} pages={pages} onPage={(p) => writeParams(filter, p)} label="Sider med borgere" className="participant-paging d-print-none" />
        </>
      )}
      <section className="participant-section d-print-none" aria-labelledby="find-by-cpr-heading">
        <h3 id="find-by-cpr-heading">Find på CPR-nummer</h3>
        <FindByCpr projectId={project.id} />
      </section>
    </>
  );
}

/** /projekter/<id>/borgere: the tovholder's overview of all citizens; a caseworker's own. */
export function ParticipantsPage({ projectId }: { projectId: string }) {
  return (
    <ParticipantProjectFrame projectId={projectId} title="Borgere" requires="participant.read">
      {(project) => <ParticipantList project={project} />}
    </ParticipantProjectFrame>
  );
}
