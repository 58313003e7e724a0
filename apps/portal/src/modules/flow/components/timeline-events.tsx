import { formatDateDa } from "../../../ui/format";
import type { FlowTimeline } from "../hooks/use-flow";
import { COLOUR_LABELS, conversationStatusLabel, holderKindInSentence, meetingStatusLabel, outcomeLabel, planStatusLabel } from "../flow-labels";
import { formatMonthLong } from "../flow-view";

interface TimelineEvent {
  /** ÅÅÅÅ-MM-DD (a month's events sort on its first day). */
  date: string;
  dateText: string;
  text: string;
}

/** Everything that has happened to the citizen in the flow, in order: screening, conversations, plan, outcome. */
function events(p: FlowTimeline): TimelineEvent[] {
  const list: TimelineEvent[] = [];
  for (const c of p.colourHistory) {
    const date = c.changedAt.slice(0, 10);
    list.push({
      date,
      dateText: formatDateDa(date),
      text:
        c.from === null
          ? `Screenet som ${COLOUR_LABELS[c.to].toLowerCase()}`
          : `Farve skiftet fra ${COLOUR_LABELS[c.from].toLowerCase()} til ${COLOUR_LABELS[c.to].toLowerCase()}`,
    });
  }
  for (const c of p.conversations) {
    const date = c.heldDate ?? c.scheduledDate;
    list.push({
      date,
      dateText: formatDateDa(date),
      text: `Indledende samtale med ${holderKindInSentence(c.holderKind)}: ${conversationStatusLabel(c.status).toLowerCase()}`,
    });
  }
  for (const i of p.actionPlan) {
    list.push({
      date: `${i.startMonth}-01`,
      dateText: formatMonthLong(i.startMonth),
      text: `${i.intervention.name} (${i.responsibleUnit}) til og med ${formatMonthLong(i.endMonth)}: ${planStatusLabel(i.status).toLowerCase()}`,
    });
  }
  for (const m of p.agenda) {
    const attended = m.present === null ? "" : m.present ? ", mødte op" : ", mødte ikke op";
    list.push({
      date: m.date,
      dateText: formatDateDa(m.date),
      text: `Teammøde, nr. ${m.position} på dagsordenen: ${meetingStatusLabel(m.status).toLowerCase()}${attended}`,
    });
  }
  for (const o of p.outcomes) list.push({ date: o.date, dateText: formatDateDa(o.date), text: `Resultat: ${outcomeLabel(o.kind).toLowerCase()}` });
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

export function TimelineEvents({ participant }: { participant: FlowTimeline }) {
  const list = events(participant);
  if (list.length === 0) return <p className="line-meta-inline">Intet endnu.</p>;
  return (
    <ol className="timeline-events">
      {list.map((e, i) => (
        <li key={`${e.date}-${i}`}>
          <span className="timeline-date">{e.dateText}</span>
          <span>{e.text}</span>
        </li>
      ))}
    </ol>
  );
}
