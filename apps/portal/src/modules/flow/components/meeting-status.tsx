import { Icon } from "../../../ui/icon";
import { meetingStatusLabel } from "../flow-labels";

/** A meeting's status in words, with an icon. */
export function MeetingStatus({ status }: { status: string }) {
  return (
    <span className="status-badge">
      <Icon name={status === "HELD" ? "check" : status === "CANCELLED" ? "close" : "hourglass"} />
      {meetingStatusLabel(status)}
    </span>
  );
}
