import { rolesAllow } from "@overblik/domain";
import type { TeamMemberRowFragment } from "@overblik/graphql-client";
import { useState } from "react";
import { ErrorAlert } from "../../../ui/alert";
import { errorMessage } from "../../../ui/errors";
import { formatDateDa } from "../../../ui/format";
import { Icon } from "../../../ui/icon";
import { Loading } from "../../../ui/loading";
import { competenceLabel } from "../flow-labels";
import type { FlowProject } from "../hooks/use-flow";
import { useTeamMutations, useTeamSection } from "../hooks/use-team";
import { payingLines } from "../paying-lines";
import { planErrorText } from "../plan-errors";
import { ConfirmDialog } from "./confirm-dialog";
import { FlowMessageArea, type FlowMessage } from "./flow-message";
import { RowActions } from "./row-actions";
import { TeamMemberDialog } from "./team-member-dialog";

type Member = TeamMemberRowFragment;

/** What ending a membership will do, said before it is done (the API decides the same way: attended a held meeting). */
function endingText(m: Member): string {
  if (m.heldMeetings === 0) {
    return `${m.name} har ikke deltaget i noget afholdt teammøde og fjernes helt fra teamet.`;
  }
  const meetings = m.heldMeetings === 1 ? "1 afholdt teammøde" : `${m.heldMeetings} afholdte teammøder`;
  return `${m.name} har deltaget i ${meetings} og beholdes derfor med dagens dato som slutdato: timerne og referaterne bevares, men ${m.name} indkaldes ikke til kommende møder.`;
}

/**
 * "Teamet" on the meetings page: the cross-disciplinary team and its resource network, current members first, then
 * those whose membership has ended. Who runs the team (team.run, as the API checks it) adds, corrects and ends members.
 */
export function TeamSection({ project: { id: projectId, myRoles } }: { project: FlowProject }) {
  const { data, previousData, error } = useTeamSection(projectId);
  const mutations = useTeamMutations(projectId);
  const [message, setMessage] = useState<FlowMessage | null>(null);
  const [editing, setEditing] = useState<Member | "new" | null>(null);
  // By id: after a reload (CONFLICT) the dialog shows the member as saved now, with its current version.
  const [endingId, setEndingId] = useState<string | null>(null);
  const [end] = mutations.end;
  const canRun = rolesAllow(myRoles, "team.run");
  const team = (data ?? previousData)?.project;
  const lines = payingLines(team?.budgets);
  const members = team?.teamMembers ?? [];
  const ending = members.find((m) => m.id === endingId && m.endedOn === null) ?? null;
  // A login is one current member's: the others' logins are not offered again.
  const logins = (own: Member | null) => (team?.members ?? []).filter((u) => !members.some((m) => m.userId === u.id && m.endedOn === null && m.id !== own?.id));

  const saved = (text: string) => {
    setEditing(null);
    setEndingId(null);
    setMessage({ kind: "saved", text });
  };

  async function endMembership(m: Member) {
    try {
      const result = (await end({ variables: { input: { teamMemberId: m.id, expectedVersion: m.version } } })).data?.endTeamMember;
      saved(
        result?.deleted
          ? `${m.name} er fjernet fra teamet.`
          : `${m.name}s medlemskab er afsluttet pr. ${formatDateDa(result?.member?.endedOn ?? "")}; ${m.name} står fortsat i referaterne.`,
      );
    } catch (e) {
      throw new Error(await planErrorText(e, mutations.reload));
    }
  }

  return (
    <section className="participant-section" aria-labelledby="team-heading">
      <h3 id="team-heading">Teamet</h3>
      <p className="mt-0">
        Kerneteamet indkaldes efter de kompetencer, dagsordenen kræver; ressourcenetværket kaldes på efter behov. Medlemmernes timer på afholdte møder bliver
        aktivitet på deres budgetlinje.
      </p>
      <FlowMessageArea message={message} />
      {canRun ? (
        <div className="button-row d-print-none">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setMessage(null);
              setEditing("new");
            }}
          >
            <Icon name="plus" />
            Tilføj medlem
          </button>
        </div>
      ) : null}
      {error && !team ? (
        <ErrorAlert message={errorMessage(error)} />
      ) : !team ? (
        <Loading />
      ) : members.length === 0 ? (
        <p>Teamet har ingen medlemmer endnu.</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label="Teamets medlemmer">
          <table className="table table--compact flow-table team-table">
            <caption className="sr-only">Teamets medlemmer: de nuværende først, derefter dem, hvis medlemskab er afsluttet</caption>
            <thead>
              <tr>
                <th scope="col">Navn</th>
                <th scope="col">Titel</th>
                <th scope="col">Kompetence</th>
                <th scope="col">Del af</th>
                <th scope="col">Timerne tæller på</th>
                <th scope="col">Login</th>
                <th scope="col">Afsluttet</th>
                {canRun ? (
                  <th scope="col">
                    <span className="sr-only">Handlinger</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.title}</td>
                  <td>{competenceLabel(m.competence)}</td>
                  <td>{m.adHoc ? "Ressourcenetværket" : "Kerneteamet"}</td>
                  <td>{m.budgetLineId ? (lines.find((l) => l.id === m.budgetLineId)?.name ?? "Ukendt linje") : "Ingen"}</td>
                  <td>{m.userName ?? "Intet login"}</td>
                  <td>{m.endedOn ? formatDateDa(m.endedOn) : "–"}</td>
                  {canRun ? (
                    <td className="d-print-none">
                      {m.endedOn ? null : (
                        <RowActions
                          what={m.name}
                          actions={[
                            {
                              icon: "edit",
                              label: "Ret",
                              onClick: () => {
                                setMessage(null);
                                setEditing(m);
                              },
                            },
                            {
                              icon: "close",
                              label: "Afslut",
                              onClick: () => {
                                setMessage(null);
                                setEndingId(m.id);
                              },
                            },
                          ]}
                        />
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <TeamMemberDialog
          projectId={projectId}
          member={editing === "new" ? null : editing}
          logins={logins(editing === "new" ? null : editing)}
          lines={lines}
          mutations={mutations}
          onClose={() => setEditing(null)}
          onSaved={saved}
          onConflict={(text) => {
            setEditing(null);
            setMessage({ kind: "error", text });
          }}
        />
      ) : null}
      {ending ? (
        <ConfirmDialog
          title={`Afslut ${ending.name}s medlemskab`}
          text={endingText(ending)}
          confirmText={ending.heldMeetings === 0 ? "Fjern fra teamet" : "Afslut medlemskab"}
          busyText="Afslutter …"
          onConfirm={() => endMembership(ending)}
          onClose={() => setEndingId(null)}
        />
      ) : null}
    </section>
  );
}
