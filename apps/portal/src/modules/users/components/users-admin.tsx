import { useMutation, useQuery } from "@apollo/client/react";
import { ROLE_LABELS } from "@overblik/domain";
import {
  MunicipalitiesDocument,
  ResetUserPasswordDocument,
  SetUserActiveDocument,
  UserListDocument,
  type UserAccountFieldsFragment,
} from "@overblik/graphql-client";
import { useId, useState } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { Loading } from "../../../ui/loading";
import { Link } from "../../../ui/navigation";
import { CreateUserDialog } from "./create-user-dialog";
import { EditUserDialog } from "./edit-user-dialog";
import { MunicipalityRules } from "./municipality-rules";
import { OneTimePasswordNotice } from "./one-time-password-notice";
import { ScrollRegion } from "../../../ui/scroll-region";

const PAGE = 50;

/** "Brugere": search, create (one-time password shown once), new one-time password, deactivate/reactivate. */
export function UsersAdmin() {
  const [search, setSearch] = useState("");
  const [skip, setSkip] = useState(0);
  const { data, error, loading } = useQuery(UserListDocument, { variables: { search: search.trim() || null, take: PAGE, skip } });
  const municipalities = useQuery(MunicipalitiesDocument);
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{ name: string; email: string; oneTimePassword: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<UserAccountFieldsFragment | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [reset, resetState] = useMutation(ResetUserPasswordDocument);
  const [setActive, activeState] = useMutation(SetUserActiveDocument);
  const id = useId();
  const list = data?.userList;
  const busy = resetState.loading || activeState.loading;

  async function newPassword(user: UserAccountFieldsFragment) {
    if (!window.confirm(`Giv ${user.name} en ny engangsadgangskode? Den nuværende adgangskode holder op med at virke, og ${user.name} logges ud.`)) return;
    setFailure(null);
    try {
      const result = await reset({ variables: { input: { userId: user.id } } });
      const payload = result.data?.resetUserPassword;
      if (payload) setIssued({ name: payload.user.name, email: payload.user.email, oneTimePassword: payload.oneTimePassword });
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  async function toggleActive(user: UserAccountFieldsFragment) {
    setFailure(null);
    setSaved(null);
    try {
      await setActive({ variables: { input: { userId: user.id, active: !user.active, expectedVersion: user.version ?? 0 } } });
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <>
      <h1>Brugere</h1>
      <p>
        <Link to="/brugere/historik">Brugerhistorik</Link>: hvem der har oprettet, ændret og deaktiveret brugere og roller.{" "}
        <Link to="/roller">Roller og rettigheder</Link>: hvad hver rolle giver adgang til.
      </p>
      {saved ? <Alert variant="success">{saved}</Alert> : null}
      {issued ? <OneTimePasswordNotice name={issued.name} email={issued.email} password={issued.oneTimePassword} onDone={() => setIssued(null)} /> : null}
      {failure ? <ErrorAlert message={failure} /> : null}
      <div className="d-flex flex-wrap align-items-end justify-content-between">
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-search`}>
            Søg efter navn eller e-mail
          </label>
          <input
            className="form-input input-width-l"
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setSkip(0);
            }}
          />
        </div>
        <button type="button" className="button button-primary mb-5" onClick={() => setCreating(true)} disabled={!municipalities.data}>
          Opret bruger
        </button>
      </div>
      {error ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !list ? (
        <Loading />
      ) : (
        <>
          <p aria-live="polite">{list.totalCount === 1 ? "1 bruger." : `${list.totalCount} brugere.`}</p>
          <ScrollRegion label="Brugere">
            <table className="table" aria-busy={loading || busy}>
              <caption className="sr-only">Brugere</caption>
              <thead>
                <tr>
                  <th scope="col">Navn</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Kommune</th>
                  <th scope="col">Roller</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Handlinger</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((u) => (
                  <tr key={u.id}>
                    <th scope="row">{u.name}</th>
                    <td>{u.email}</td>
                    <td>{u.municipality?.name ?? "–"}</td>
                    <td>{u.globalRoles && u.globalRoles.length > 0 ? u.globalRoles.map((r) => ROLE_LABELS[r]).join(", ") : "–"}</td>
                    <td>{!u.active ? "Deaktiveret" : u.passwordChangeRequired ? "Venter på første login" : "Aktiv"}</td>
                    <td>
                      <button type="button" className="button button-tertiary" disabled={busy || !u.active} onClick={() => void newPassword(u)}>
                        Ny engangsadgangskode<span className="sr-only"> til {u.name}</span>
                      </button>{" "}
                      <button type="button" className="button button-tertiary" disabled={busy} onClick={() => void toggleActive(u)}>
                        {u.active ? "Deaktivér" : "Genaktivér"}
                        <span className="sr-only"> {u.name}</span>
                      </button>{" "}
                      <button type="button" className="button button-tertiary" disabled={busy || !municipalities.data} onClick={() => setEditing(u)}>
                        Roller og kommune<span className="sr-only"> for {u.name}</span>
                      </button>{" "}
                      <Link to={`/brugere/historik?bruger=${encodeURIComponent(u.id)}`}>
                        Historik<span className="sr-only"> for {u.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          {list.totalCount > PAGE ? (
            <p>
              <button type="button" className="button button-secondary" disabled={skip === 0} onClick={() => setSkip(Math.max(0, skip - PAGE))}>
                Forrige side
              </button>{" "}
              <button type="button" className="button button-secondary" disabled={skip + PAGE >= list.totalCount} onClick={() => setSkip(skip + PAGE)}>
                Næste side
              </button>
            </p>
          ) : null}
        </>
      )}
      {municipalities.data ? <MunicipalityRules municipalities={municipalities.data.municipalities} /> : null}
      {editing && municipalities.data ? (
        <EditUserDialog
          user={editing}
          municipalities={municipalities.data.municipalities}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setSaved(message);
          }}
        />
      ) : null}
      {creating && municipalities.data ? (
        <CreateUserDialog
          municipalities={municipalities.data.municipalities}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setIssued(created);
          }}
        />
      ) : null}
    </>
  );
}
