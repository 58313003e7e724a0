import { sentence } from "@overblik/domain";
import { formatAmount, formatSignedAmount, type MoneyUnit } from "../../../ui/format";
import type { AdjustmentPreview } from "../adjustment-preview";
import { SIDE_LABELS } from "../planner-view";
import { ScrollRegion } from "../../../ui/scroll-region";

function Amount({ ore, unit, signed = false }: { ore: bigint; unit: MoneyUnit; signed?: boolean }) {
  return <span className={ore < 0n ? "amount--negative" : undefined}>{signed ? formatSignedAmount(ore, unit) : formatAmount(ore, unit)}</span>;
}

/**
 * The effect of an adjustment: each line before → after, each side's total, the balance, and
 * whether it needs the styregruppe. `afterLabel` says what "after" means ("Efter", "Efter godkendelse").
 */
export function AdjustmentEffect({
  preview,
  unit = "kr",
  caption,
  beforeLabel = "Nu",
  afterLabel = "Efter",
  showApproval = true,
}: {
  preview: AdjustmentPreview;
  unit?: MoneyUnit;
  caption: string;
  beforeLabel?: string;
  afterLabel?: string;
  showApproval?: boolean;
}) {
  const multiYear = new Set(preview.rows.map((r) => r.year)).size > 1;
  return (
    <div className="adjustment-effect">
      <ScrollRegion label={caption}>
        <table className="table table--compact effect-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Linje</th>
              <th scope="col">År</th>
              <th scope="col" className="amount">
                {beforeLabel}
              </th>
              <th scope="col" className="amount">
                Ændring
              </th>
              <th scope="col" className="amount">
                {afterLabel}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={`${row.lineId}-${row.year}`}>
                <th scope="row">
                  {row.name}
                  <span className="line-meta">{SIDE_LABELS[row.side]}</span>
                </th>
                <td>{row.year}</td>
                <td className="amount">
                  <Amount ore={row.before} unit={unit} />
                </td>
                <td className="amount">
                  <Amount ore={row.delta} unit={unit} signed />
                </td>
                <td className="amount weight-semibold">
                  <Amount ore={row.after} unit={unit} />
                </td>
              </tr>
            ))}
          </tbody>
          <tbody>
            {preview.sides.map((s) => (
              <tr key={`${s.side}-${s.year}`} className="effect-side-row">
                <th scope="row">{`${SIDE_LABELS[s.side]} i alt`}</th>
                <td>{s.year}</td>
                <td className="amount">
                  <Amount ore={s.before} unit={unit} />
                </td>
                <td className="amount">{s.after === s.before ? "uændret" : <Amount ore={s.after - s.before} unit={unit} signed />}</td>
                <td className="amount weight-semibold">
                  <Amount ore={s.after} unit={unit} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ul className="effect-balance">
        {preview.balanceAfter.map((b) => (
          <li key={b.year}>
            {multiYear || preview.balanceAfter.length > 1 ? `${b.year}: ` : ""}
            {b.difference === 0n
              ? `Budgettet er i balance ${afterLabel.toLowerCase() === "efter" ? "efter ændringen" : "bagefter"}.`
              : sentence(`Budgettet er ikke i balance bagefter: indtægter minus udgifter er ${formatAmount(b.difference, unit)}`)}
          </li>
        ))}
      </ul>
      {showApproval ? (
        <p className={`approval-note ${preview.needsApproval ? "approval-note--needed" : "approval-note--direct"}`}>
          <strong>{preview.needsApproval ? "Skal godkendes af styregruppen. " : "Gennemføres straks. "}</strong>
          {preview.approvalText}
        </p>
      ) : null}
    </div>
  );
}
