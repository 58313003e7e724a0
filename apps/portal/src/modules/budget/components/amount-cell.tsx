import type { Ore } from "@overblik/domain";
import { formatAmountCell, type MoneyUnit } from "../../../ui/format";

/** A right-aligned amount; a negative one keeps its minus sign (the class only adds colour). */
export function AmountCell({ ore, unit, strong = false }: { ore: Ore; unit: MoneyUnit; strong?: boolean }) {
  const text = formatAmountCell(ore, unit);
  return <td className={`amount${ore < 0n ? " amount--negative" : ""}${strong ? " weight-semibold" : ""}`}>{text}</td>;
}

/** "2012" with the unit on its own small line. */
export function AmountHeader({ children, unit }: { children: string; unit: MoneyUnit }) {
  return (
    <th scope="col" className="amount">
      {children}
      <span className="amount-unit"> ({unit === "kr" ? "kr." : "t.kr."})</span>
    </th>
  );
}
