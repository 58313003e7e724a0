import type { FlowMeetingFragment, FlowTeamMemberFragment } from "@overblik/graphql-client";
import { Icon } from "../../../ui/icon";
import { competenceLabel } from "../flow-labels";

/**
 * Who to call: the competences the agenda needs (from the citizens' themes; employment always), and
 * the core team's members with each. The ad-hoc resource network is called when a case needs it.
 */
export function Invitations({ meeting, members }: { meeting: FlowMeetingFragment; members: readonly FlowTeamMemberFragment[] }) {
  const network = members.filter((m) => m.adHoc);
  return (
    <>
      <ul className="invitation-list">
        {meeting.neededCompetences.map((competence) => {
          const invited = meeting.invited.filter((m) => m.competence === competence);
          return (
            <li key={competence}>
              <strong>{competenceLabel(competence)}</strong>
              {invited.length === 0 ? (
                <span className="invitation-missing">
                  <Icon name="warning" label="Advarsel" />
                  Ingen i kerneteamet har denne kompetence. Kald på ressourcenetværket.
                </span>
              ) : (
                <ul>
                  {invited.map((m) => (
                    <li key={m.id}>
                      {m.name}
                      <span className="line-meta">{m.title}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {network.length > 0 ? (
        <p className="line-meta">
          Ressourcenetværket efter behov: {network.map((m) => `${m.name} (${competenceLabel(m.competence).toLowerCase()})`).join(", ")}.
        </p>
      ) : null}
    </>
  );
}
