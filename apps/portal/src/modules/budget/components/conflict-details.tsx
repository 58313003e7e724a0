import type { ConflictLine } from "../../../ui/errors";
import { formatKr, toOre } from "../../../ui/format";

/** The current values the API sent with a CONFLICT, so the user sees what changed. */
export function ConflictDetails({ lines }: { lines: readonly ConflictLine[] }) {
  return (
    <>
      <p className="m-0 mt-2">Linjerne ser nu sådan ud:</p>
      <ul className="m-0">
        {lines.map((l) => (
          <li key={l.lineId}>
            {l.name}: {l.amounts.map((a) => `${a.year}: ${formatKr(toOre(a.amount))}`).join(", ") || "0 kr."}
          </li>
        ))}
      </ul>
      <p className="m-0 mt-2">Skærmen er hentet igen, og virkningen herunder er regnet om. Se den efter, og gem igen.</p>
    </>
  );
}
