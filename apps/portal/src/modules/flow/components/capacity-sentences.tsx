import type { FlowCapacityQuery } from "@overblik/graphql-client";
import { formatDateDa, formatInteger } from "../../../ui/format";
import { citizensText } from "../flow-labels";

type Plan = NonNullable<FlowCapacityQuery["project"]["capacityPlan"]>;

/** The plan's figures in sentences, computed by the API from the plan's own inputs (never baked in). */
export function CapacitySentences({ plan }: { plan: Plan }) {
  return (
    <ul className="capacity-sentences">
      <li>
        <strong>{citizensText(plan.citizens)}</strong> ({plan.citizensSource}) mellem {formatDateDa(plan.conversationStart)} og{" "}
        {formatDateDa(plan.conversationEnd)} ({plan.conversationWeeks} uger) kræver <strong>{plan.conversationsPerWeek} samtaler pr. uge</strong>.
      </li>
      <li>
        Med {plan.minutesPerCitizen} minutter pr. borger på teammødet er det <strong>{plan.teamHours} teamtimer</strong> i alt.
      </li>
      <li>
        Teamet mødes hver {plan.meetingIntervalDays}. dag: <strong>{formatInteger(plan.meetings)} møder</strong> à højst {plan.maxCitizensPerMeeting} borgere
        giver <strong>{formatInteger(plan.meetingCapacity)} pladser</strong>. Skal alle {formatInteger(plan.citizens)} på teammøde, kræver det{" "}
        {plan.citizensPerMeetingNeeded} borgere pr. møde.
      </li>
    </ul>
  );
}
