import { rolesAllow } from "@overblik/domain";
import { useState } from "react";
import "../modules/access-log/access-log.css";
import { AccessExtract } from "../modules/access-log/components/access-extract";
import { AccessLogFilters } from "../modules/access-log/components/access-log-filters";
import { AccessLogTable } from "../modules/access-log/components/access-log-table";
import { RetentionSetting } from "../modules/access-log/components/retention-setting";
import {
  ACCESS_LOG_PAGE_SIZE,
  useAccessLog,
  useAccessLogFilterOptions,
  useAccessLogRetention,
  type AccessLogFilter,
} from "../modules/access-log/hooks/use-access-log";
import { useSession } from "../modules/session/hooks/use-session";
import { ErrorAlert } from "../ui/alert";
import { useDocumentTitle } from "../ui/document-title";
import { errorMessage } from "../ui/errors";
import { formatInteger } from "../ui/format";
import { Loading } from "../ui/loading";
import { Pager } from "../ui/pager";

const NO_FILTER: AccessLogFilter = { userId: null, participantId: null, projectId: null, action: null, from: null, to: null };

function AccessLog() {
  const [filter, setFilter] = useState<AccessLogFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const [extract, setExtract] = useState<{ id: string; code: string | null } | null>(null);
  const { data, previousData, error, loading } = useAccessLog(filter, page);
  const options = useAccessLogFilterOptions().data;
  const retention = useAccessLogRetention();
  const log = (data ?? previousData)?.accessLog;
  const pages = log ? Math.max(1, Math.ceil(log.totalCount / ACCESS_LOG_PAGE_SIZE)) : 1;

  function chooseExtract(participantId: string | null) {
    if (!participantId) return setExtract(null);
    const code = log?.items.find((e) => e.participantId === participantId)?.participantCode ?? null;
    setExtract({ id: participantId, code });
    document.getElementById("access-extract-heading")?.scrollIntoView({ block: "start" });
  }

  return (
    <>
      <h1>Adgangslog</h1>
      <p className="font-lead">
        Hver brug af en borgers oplysninger: hvem, hvornår, hvad og med hvilket formål. Loggen kan ikke ændres; den slettes kun, når opbevaringstiden er
        udløbet.
      </p>
      <AccessLogFilters
        options={options ? { users: options.users, projects: options.projects.items } : null}
        onApply={(next) => {
          setFilter(next);
          setPage(0);
        }}
      />
      {error ? <ErrorAlert message={errorMessage(error)} /> : null}
      {!log ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <p aria-live="polite">
            <strong>{log.totalCount === 1 ? "1 række" : `${formatInteger(log.totalCount)} rækker`}</strong>, nyeste først.
            {pages > 1 ? ` Side ${page + 1} af ${pages}.` : ""}
          </p>
          {log.items.length === 0 ? (
            <p>Ingen rækker matcher filtrene.</p>
          ) : (
            <div aria-busy={loading}>
              <AccessLogTable entries={log.items} caption={`Adgangslog, nyeste først, side ${page + 1} af ${pages}`} onExtract={chooseExtract} />
            </div>
          )}
          <Pager page={page} pages={pages} onPage={setPage} label="Sider i adgangsloggen" className="access-log-paging" />
        </>
      )}

      <section className="access-log-section access-extract-section" aria-labelledby="access-extract-heading">
        <h2 id="access-extract-heading">Udtræk til borger</h2>
        <p>
          Det, en borger kan bede om at se: hvornår og hvorfor borgerens oplysninger er brugt. Vælg »Udtræk« ved en række i loggen, eller skriv deltagerens id.
        </p>
        <AccessExtract participantId={extract?.id ?? null} code={extract?.code ?? null} onChoose={chooseExtract} />
      </section>

      <section className="access-log-section" aria-labelledby="retention-heading">
        <h2 id="retention-heading">Opbevaringstid</h2>
        {retention.error ? (
          <ErrorAlert message={errorMessage(retention.error)} />
        ) : retention.data ? (
          <RetentionSetting days={retention.data.accessLogRetentionDays} />
        ) : (
          <Loading />
        )}
      </section>
    </>
  );
}

/** /adgangslog: the administrator's view of who used which citizen's data, and why. */
export function AccessLogPage() {
  const { user } = useSession();
  useDocumentTitle("Adgangslog");
  if (!rolesAllow(user.globalRoles, "accessLog.read")) {
    return (
      <>
        <h1>Adgangslog</h1>
        <ErrorAlert message="Kun administratorer kan se adgangsloggen." />
      </>
    );
  }
  return <AccessLog />;
}
