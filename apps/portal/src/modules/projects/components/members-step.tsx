import { useMutation, useQuery } from "@apollo/client/react";
import { COMPETENCE_LABELS, PROJECT_ROLES, ROLE_LABELS, type Competence } from "@overblik/domain";
import { AddProjectMemberDocument, RemoveProjectMemberDocument, UserListDocument, type ProjectSetupQuery, type Role } from "@overblik/graphql-client";
import { useId, useState, type FormEvent } from "react";
import { Alert, ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { describedBy, FormField } from "../../../ui/form-field";
import { formatDateTimeDa } from "../../../ui/format";
import { Link } from "../../../ui/navigation";
import { ScrollRegion } from "../../../ui/scroll-region";

type Project = NonNullable<ProjectSetupQuery["project"]>;

const COMPETENCES = Object.keys(COMPETENCE_LABELS) as Competence[];

/** Step 2: put existing users into the project's roles (a search over the users), take them out, the history. */
export function MembersStep({ project, canChange }: { project: Project; canChange: boolean }) {
  const [remove, removing] = useMutation(RemoveProjectMemberDocument, { refetchQueries: ["ProjectSetup"] });
  const [failure, setFailure] = useState<string | null>(null);

  async function removeMember(userId: string, role: Role, name: string) {
    if (!window.confirm(`Fjern ${name} som ${ROLE_LABELS[role].toLowerCase()}?`)) return;
    setFailure(null);
    try {
      await remove({ variables: { input: { projectId: project.id, userId, role } } });
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <section>
      <h2>Medlemmer</h2>
      <p>
        <Link to="/roller">Hvad må rollerne?</Link>
      </p>
      {failure ? <ErrorAlert message={failure} /> : null}
      <ScrollRegion label="Projektets medlemmer">
        <table className="table">
          <caption className="sr-only">Projektets medlemmer</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Rolle</th>
              <th scope="col">Kompetence og timer</th>
              <th scope="col">Siden</th>
              {canChange ? (
                <th scope="col">
                  <span className="sr-only">Handlinger</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {project.memberships.map((m) => (
              <tr key={`${m.userId}-${m.role}`}>
                <th scope="row">
                  {m.name}
                  <br />
                  <span className="form-hint">{m.email}</span>
                </th>
                <td>{ROLE_LABELS[m.role]}</td>
                <td>
                  {m.role === "TEAM_MEMBER"
                    ? [
                        m.title,
                        m.competence ? COMPETENCE_LABELS[m.competence as Competence] : null,
                        m.hoursPerWeek !== null ? `${String(m.hoursPerWeek).replace(".", ",")} t./uge` : null,
                      ]
                        .filter(Boolean)
                        .join(" · ")
                    : "–"}
                </td>
                <td>{formatDateTimeDa(m.since)}</td>
                {canChange ? (
                  <td>
                    <button
                      type="button"
                      className="button button-tertiary"
                      disabled={removing.loading}
                      onClick={() => void removeMember(m.userId, m.role, m.name)}
                    >
                      Fjern
                      <span className="sr-only">
                        {" "}
                        {m.name} som {ROLE_LABELS[m.role]}
                      </span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {canChange ? <AddMemberForm projectId={project.id} /> : null}
      <h3 className="mt-8">Historik for medlemmer</h3>
      {project.membershipHistory.length === 0 ? (
        <p>Ingen ændringer endnu.</p>
      ) : (
        <ScrollRegion label="Roller givet og fjernet">
          <table className="table table--compact">
            <caption className="sr-only">Roller givet og fjernet</caption>
            <thead>
              <tr>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Bruger</th>
                <th scope="col">Rolle</th>
                <th scope="col">Ændring</th>
                <th scope="col">Af</th>
              </tr>
            </thead>
            <tbody>
              {project.membershipHistory.map((h) => (
                <tr key={h.id}>
                  <td>{formatDateTimeDa(h.changedAt)}</td>
                  <th scope="row">{h.userName}</th>
                  <td>{ROLE_LABELS[h.role]}</td>
                  <td>{h.action === "ADDED" ? "Tilføjet" : "Fjernet"}</td>
                  <td>{h.changedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

function AddMemberForm({ projectId }: { projectId: string }) {
  const [search, setSearch] = useState("");
  const [userId, setUserId] = useState("");
  const [role, setRole] = useState<Role>("STYREGRUPPE");
  const [competence, setCompetence] = useState<Competence | "">("");
  const [title, setTitle] = useState("");
  const [hours, setHours] = useState("");
  const [errors, setErrors] = useState<{ user?: string; competence?: string; hours?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const id = useId();
  const users = useQuery(UserListDocument, { variables: { search: search.trim() || null, take: 20, skip: 0 }, skip: search.trim().length < 2 });
  const [add, { loading }] = useMutation(AddProjectMemberDocument, { refetchQueries: ["ProjectSetup"] });
  const found = users.data?.userList.items ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: typeof errors = {};
    if (!userId) problems.user = "Søg brugeren frem, og vælg den.";
    if (role === "TEAM_MEMBER" && !competence) problems.competence = "Vælg teammedlemmets kompetence.";
    const hoursValue = hours.trim() === "" ? null : Number(hours.trim().replace(",", "."));
    if (role === "TEAM_MEMBER" && hoursValue !== null && (!Number.isFinite(hoursValue) || hoursValue <= 0 || hoursValue > 80)) {
      problems.hours = "Skriv timer om ugen som et tal over 0 og højst 80, fx 7,5.";
    }
    setErrors(problems);
    setFailure(null);
    setAdded(null);
    if (Object.keys(problems).length > 0) return;
    const name = found.find((u) => u.id === userId)?.name ?? "Brugeren";
    try {
      await add({
        variables: {
          input: {
            projectId,
            userId,
            role,
            ...(role === "TEAM_MEMBER" ? { competence: competence || null, title: title.trim() || null, hoursPerWeek: hoursValue } : {}),
          },
        },
      });
      setAdded(`${name} er tilføjet som ${ROLE_LABELS[role].toLowerCase()}.`);
      setUserId("");
      setSearch("");
    } catch (e) {
      setFailure(errorMessage(e));
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="mt-6" aria-busy={loading}>
      <h3>Tilføj medlem</h3>
      {failure ? <ErrorAlert message={failure} /> : null}
      {added ? <Alert variant="success">{added}</Alert> : null}
      <FormField id={`${id}-search`} label="Søg bruger (navn eller e-mail)" hint="Skriv mindst to tegn." error={errors.user}>
        <input
          className="form-input input-width-l"
          id={`${id}-search`}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(e) => {
            setSearch(e.target.value);
            setUserId("");
          }}
          aria-describedby={describedBy(`${id}-search`, true, errors.user)}
        />
      </FormField>
      {search.trim().length >= 2 ? (
        found.length === 0 ? (
          <p>{users.loading ? "Søger …" : "Ingen aktive brugere passer. En administrator kan oprette brugeren under Brugere."}</p>
        ) : (
          <fieldset className="form-group">
            <legend className="form-label">Vælg bruger</legend>
            <ul className="nobullet-list">
              {found.map((u) => (
                <li key={u.id}>
                  <input
                    className="form-radio"
                    type="radio"
                    name={`${id}-user`}
                    id={`${id}-user-${u.id}`}
                    value={u.id}
                    checked={userId === u.id}
                    onChange={() => setUserId(u.id)}
                  />
                  <label htmlFor={`${id}-user-${u.id}`}>
                    {u.name} ({u.email})
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )
      ) : null}
      <FormField id={`${id}-role`} label="Rolle">
        <select className="form-select" id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {PROJECT_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </FormField>
      {role === "TEAM_MEMBER" ? (
        <>
          <FormField id={`${id}-competence`} label="Kompetence" error={errors.competence}>
            <select
              className="form-select"
              id={`${id}-competence`}
              value={competence}
              onChange={(e) => setCompetence(e.target.value as Competence | "")}
              aria-invalid={Boolean(errors.competence)}
              aria-describedby={describedBy(`${id}-competence`, null, errors.competence)}
            >
              <option value="">Vælg kompetence</option>
              {COMPETENCES.map((c) => (
                <option key={c} value={c}>
                  {COMPETENCE_LABELS[c]}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={`${id}-title`} label="Titel" hint="Fx Lægekonsulent. Valgfri.">
            <input
              className="form-input input-width-m"
              id={`${id}-title`}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-describedby={`${id}-title-hint`}
            />
          </FormField>
          <FormField id={`${id}-hours`} label="Timer om ugen" hint="Fx 7,5. Valgfri." error={errors.hours}>
            <input
              className="form-input input-width-xs"
              id={`${id}-hours`}
              inputMode="decimal"
              value={hours}
              onChange={(e) => setHours(e.target.value)}
              aria-invalid={Boolean(errors.hours)}
              aria-describedby={describedBy(`${id}-hours`, true, errors.hours)}
            />
          </FormField>
        </>
      ) : null}
      <button type="submit" className="button button-primary mt-3" disabled={loading}>
        {loading ? "Tilføjer …" : "Tilføj medlem"}
      </button>
    </form>
  );
}
