import { formatAmountCell, formatDateDa, formatQuantityText, toOre, type MoneyUnit } from "../../../ui/format";
import type { PostingData, PostingLine } from "../postings-view";
import { ScrollRegion } from "../../../ui/scroll-region";

/** The budget's postings, newest first; a reversal and what it reversed are marked in words. */
export function PostingsTable({
  postings,
  lines,
  unit,
  canReverse,
  onReverse,
  caption,
}: {
  postings: readonly PostingData[];
  lines: readonly PostingLine[];
  unit: MoneyUnit;
  canReverse: boolean;
  onReverse: (posting: PostingData) => void;
  caption: string;
}) {
  const unitOf = new Map(lines.map((l) => [l.id, l.driver?.unit ?? null]));
  return (
    <ScrollRegion label={caption}>
      <table className="table table--compact postings-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Dato</th>
            <th scope="col">Bilag</th>
            <th scope="col">Tekst</th>
            <th scope="col">Linje</th>
            <th scope="col" className="amount">
              Antal
            </th>
            <th scope="col" className="amount">
              Beløb <span className="amount-unit">({unit === "kr" ? "kr." : "t.kr."})</span>
            </th>
            <th scope="col">Bogført af</th>
            {canReverse ? (
              <th scope="col" className="d-print-none">
                <span className="sr-only">Handlinger</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {postings.map((p) => {
            const ore = toOre(p.amount);
            return (
              <tr key={p.id} className={p.reversedById ? "posting--reversed" : undefined}>
                <td className="nowrap">{formatDateDa(p.date)}</td>
                <th scope="row" className="nowrap">
                  {p.voucher}
                </th>
                <td>
                  {p.text}
                  {p.reversesPostingId ? <span className="line-meta">Modpostering (tilbageførsel)</span> : null}
                  {p.reversedById ? <span className="line-meta">Tilbageført</span> : null}
                  {p.importId ? <span className="line-meta">Importeret fra fil</span> : null}
                </td>
                <td>{p.lineName}</td>
                <td className="amount">{p.quantity === null ? "–" : formatQuantityText(p.quantity, unitOf.get(p.lineId))}</td>
                <td className={`amount${ore < 0n ? " amount--negative" : ""}`}>{formatAmountCell(ore, unit)}</td>
                <td className="nowrap">{p.createdBy.name}</td>
                {canReverse ? (
                  <td className="d-print-none">
                    {p.reversedById || p.reversesPostingId ? null : (
                      <button type="button" className="function-link" onClick={() => onReverse(p)}>
                        Tilbagefør<span className="sr-only"> bilag {p.voucher}</span>
                      </button>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
