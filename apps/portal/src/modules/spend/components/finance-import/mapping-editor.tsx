import { MAPPING_FIELD_LABELS, type MappingField } from "@overblik/domain";
import type { FinanceMappingFieldsFragment } from "@overblik/graphql-client";
import { ScrollRegion } from "../../../../ui/scroll-region";

export type Mapping = Omit<FinanceMappingFieldsFragment, "__typename">;

const FIELDS: readonly MappingField[] = ["date", "voucher", "text", "amount", "debit", "credit", "sign", "account", "line"];

/** A mapping without GraphQL's __typename, as the API takes it back. */
export function plainMapping(m: FinanceMappingFieldsFragment): Mapping {
  return {
    date: m.date ?? null,
    voucher: m.voucher ?? null,
    text: m.text ?? null,
    amount: m.amount ?? null,
    debit: m.debit ?? null,
    credit: m.credit ?? null,
    sign: m.sign ?? null,
    account: m.account ?? null,
    line: m.line ?? null,
    decimal: m.decimal ?? null,
  };
}

/** The file's first rows under their headers, so the leader sees what each column holds. */
function SampleRows({ columns, rows }: { columns: readonly string[]; rows: readonly (readonly string[])[] }) {
  return (
    <ScrollRegion label="Filens første rækker">
      <table className="table table--compact import-preview-table">
        <caption>Filens første rækker</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={i}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {columns.map((_c, j) => (
                <td key={j}>{r[j] ?? ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Which column means what: a select per field with the file's columns, and the decimal sign. */
export function MappingEditor({
  id,
  columns,
  sampleRows,
  mapping,
  onChange,
}: {
  id: string;
  columns: readonly string[];
  sampleRows: readonly (readonly string[])[];
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}) {
  return (
    <fieldset className="finance-mapping">
      <legend className="h5">Tilknytning: hvilken kolonne er hvad</legend>
      <SampleRows columns={columns} rows={sampleRows} />
      <div className="finance-mapping-fields">
        {FIELDS.map((field) => (
          <div className="form-group" key={field}>
            <label className="form-label" htmlFor={`${id}-${field}`}>
              {MAPPING_FIELD_LABELS[field]}
            </label>
            <select
              id={`${id}-${field}`}
              className="form-select"
              value={mapping[field] ?? ""}
              onChange={(e) => onChange({ ...mapping, [field]: e.target.value === "" ? null : e.target.value })}
            >
              <option value="">(ingen)</option>
              {columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="form-group">
          <label className="form-label" htmlFor={`${id}-decimal`}>
            Decimaltegn i beløbene
          </label>
          <select
            id={`${id}-decimal`}
            className="form-select"
            value={mapping.decimal ?? ""}
            onChange={(e) => onChange({ ...mapping, decimal: e.target.value === "" ? null : e.target.value })}
          >
            <option value="">(vælg)</option>
            <option value="comma">Komma (1.234,50)</option>
            <option value="dot">Punktum (1234.50)</option>
          </select>
        </div>
      </div>
    </fieldset>
  );
}
