import type { AccessLogEntriesQuery } from "@overblik/graphql-client";
import { formatTimestamp } from "../../participants/participant-labels";
import { accessActionLabel } from "../access-log-labels";
import { ScrollRegion } from "../../../ui/scroll-region";

type Entry = AccessLogEntriesQuery["accessLog"]["items"][number];

/** One page of the access log, newest first. */
export function AccessLogTable({ entries, caption, onExtract }: { entries: readonly Entry[]; caption: string; onExtract: (participantId: string) => void }) {
  return (
    <ScrollRegion label="Adgangslog">
      <table className="table table--compact access-log-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Tid</th>
            <th scope="col">Bruger</th>
            <th scope="col">Handling</th>
            <th scope="col">Deltagerkode</th>
            <th scope="col">Formål</th>
            <th scope="col">Kriterium</th>
            <th scope="col">Request-id</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="nowrap">
                {formatTimestamp(e.at, { seconds: true })}
              </th>
              <td className="user-name">{e.user.name}</td>
              <td>{accessActionLabel(e.action)}</td>
              <td className="nowrap">
                {e.participantId ? (
                  <>
                    {e.participantCode ?? <span className="line-meta-inline">Slettet</span>}{" "}
                    <button type="button" className="function-link" onClick={() => onExtract(e.participantId ?? "")}>
                      Udtræk<span className="sr-only"> for {e.participantCode ?? "deltageren"}</span>
                    </button>
                  </>
                ) : (
                  <span className="line-meta-inline">–</span>
                )}
              </td>
              <td>{e.purpose}</td>
              <td>{e.criterion ?? <span className="line-meta-inline">–</span>}</td>
              <td>
                <code className="request-id">{e.requestId}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
