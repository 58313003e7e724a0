import { useQuery } from "@apollo/client/react";
import { ROLE_LABELS, type Role } from "@overblik/domain";
import { UserAuditTrailDocument, UserListDocument, type UserAuditTrailQuery } from "@overblik/graphql-client";
import { useId, useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { formatDateTimeDa } from "../../../ui/format";
import { Loading } from "../../../ui/loading";
import { Link, navigate } from "../../../ui/navigation";
import { AUDIT_ACTION_LABELS } from "../user-roles";
import { ScrollRegion } from "../../../ui/scroll-region";

const PAGE = 50;

type Entry = UserAuditTrailQuery["userAuditTrail"]["items"][number];

const roleNames = (roles: readonly Role[] | null) => (roles && roles.length > 0 ? roles.map((r) => ROLE_LABELS[r]).join(", ") : "ingen");

/** What changed, in words: the roles before and after, the municipality, the project role. */
function details(entry: Entry): string {
  switch (entry.action) {
    case "ROLES_CHANGED":
      return `${roleNames(entry.rolesBefore)} → ${roleNames(entry.rolesAfter)}`;
    case "MUNICIPALITY_CHANGED":
      return `${entry.municipalityBefore ?? "ingen"} → ${entry.municipalityAfter ?? "ingen"}`;
    case "USER_CREATED":
      return [entry.rolesAfter?.length ? `Roller: ${roleNames(entry.rolesAfter)}` : "", entry.municipalityAfter ? `Kommune: ${entry.municipalityAfter}` : ""]
        .filter(Boolean)
        .join(". ");
    case "PROJECT_ROLE_ADDED":
    case "PROJECT_ROLE_REMOVED":
      return entry.projectRole ? `${ROLE_LABELS[entry.projectRole]} i ${entry.projectName ?? "et projekt"}` : (entry.projectName ?? "");
    default:
      return "";
  }
}

/** "Brugerhistorik": every change of a user or a role, newest first, for all users or one (?bruger=<id>). */
export function UserAuditTrail({ userId }: { userId: string | null }) {
  const { data, error, loading, fetchMore } = useQuery(UserAuditTrailDocument, { variables: { userId, first: PAGE } });
  const users = useQuery(UserListDocument, { variables: { take: 100, skip: 0 } });
  const [moreError, setMoreError] = useState<string | null>(null);
  const id = useId();
  const trail = data?.userAuditTrail;

  async function showMore() {
    if (!trail?.endCursor) return;
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after: trail.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          userAuditTrail: { ...fetchMoreResult.userAuditTrail, items: [...previous.userAuditTrail.items, ...fetchMoreResult.userAuditTrail.items] },
        }),
      });
    } catch (e) {
      setMoreError(errorMessage(e));
    }
  }

  return (
    <>
      <p>
        <Link to="/brugere">Tilbage til brugere</Link>
      </p>
      <h1>Brugerhistorik</h1>
      <p>Hver ændring af en bruger eller en rolle: hvem der gjorde det, hvornår og hvad. Historikken kan ikke ændres.</p>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-user`}>
          Bruger
        </label>
        <select
          className="form-select"
          id={`${id}-user`}
          value={userId ?? ""}
          onChange={(e) =>
            navigate(e.target.value ? `/brugere/historik?bruger=${encodeURIComponent(e.target.value)}` : "/brugere/historik", { keepScroll: true })
          }
        >
          <option value="">Alle brugere</option>
          {users.data?.userList.items.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </div>
      {error ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !trail ? (
        <Loading />
      ) : trail.items.length === 0 ? (
        <p>Ingen ændringer endnu.</p>
      ) : (
        <>
          <p aria-live="polite">{trail.totalCount === 1 ? "1 ændring." : `${trail.totalCount} ændringer.`}</p>
          <ScrollRegion label="Brugerhistorik, nyeste først">
            <table className="table" aria-busy={loading}>
              <caption className="sr-only">Brugerhistorik, nyeste først</caption>
              <thead>
                <tr>
                  <th scope="col">Tidspunkt</th>
                  <th scope="col">Bruger</th>
                  <th scope="col">Hændelse</th>
                  <th scope="col">Detaljer</th>
                  <th scope="col">Udført af</th>
                </tr>
              </thead>
              <tbody>
                {trail.items.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTimeDa(e.occurredAt)}</td>
                    <th scope="row">
                      {e.userName}
                      <br />
                      <span className="form-hint">{e.userEmail}</span>
                    </th>
                    <td>{AUDIT_ACTION_LABELS[e.action]}</td>
                    <td>{details(e) || "–"}</td>
                    <td>{e.actorId === null ? "Kommandolinjen" : e.actorName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {moreError ? <ErrorAlert message={moreError} /> : null}
          {trail.hasNextPage ? (
            <button type="button" className="button button-secondary" disabled={loading} onClick={() => void showMore()}>
              Vis flere
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
