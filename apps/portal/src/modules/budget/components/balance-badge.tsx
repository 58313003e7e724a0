import { Icon } from "../../../ui/icon";

/** "I balance" / "Ikke i balance": text and icon, the colour only repeats it. */
export function BalanceBadge({ balanced }: { balanced: boolean }) {
  return balanced ? (
    <span className="badge badge-success balance-badge">
      <Icon name="check" />I balance
    </span>
  ) : (
    <span className="badge badge-warning balance-badge">
      <Icon name="warning" />
      Ikke i balance
    </span>
  );
}
