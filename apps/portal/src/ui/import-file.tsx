import type { ChangeEvent, RefObject } from "react";
import { ErrorAlert } from "./alert";
import type { RowErrorDetail } from "./errors";
import { FormField } from "./form-field";
import { countText } from "./format";
import { ScrollRegion } from "./scroll-region";

/** Reads a file as base64 (what the API takes), reporting progress as it goes. */
export function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.onload = () => {
      const result = typeof reader.result === "string" ? reader.result : "";
      // "data:text/csv;base64,AAAA…": the bytes are after the comma, whatever the encoding.
      resolve(result.slice(result.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** The file input of an import: the file is checked before anything is imported. */
export function ImportFileField({
  id,
  label,
  accept,
  disabled,
  inputRef,
  onChoose,
}: {
  id: string;
  label: string;
  accept: string;
  disabled: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onChoose: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <FormField id={`${id}-file`} label={label} hint="Filen kontrolleres, før noget importeres.">
      <input
        ref={inputRef}
        type="file"
        className="form-input file-input"
        id={`${id}-file`}
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-file-hint`}
        onChange={onChoose}
      />
    </FormField>
  );
}

/** Progress while a file is read (a percentage) and while the server checks or imports it (unknown). */
export function ImportProgress({ id, busy, label, percent }: { id: string; busy: boolean; label: string; percent: number | null }) {
  return (
    <div className="import-progress" role="status" aria-live="polite">
      {busy ? (
        <>
          <label htmlFor={`${id}-progress`}>{label}</label>
          {percent !== null ? (
            <progress id={`${id}-progress`} max={100} value={percent}>
              {percent} %
            </progress>
          ) : (
            // No value: the request's progress is unknown, so the bar says "working" rather than a number.
            <progress id={`${id}-progress`} />
          )}
        </>
      ) : null}
    </div>
  );
}

/**
 * A file's errors by row (at most 100 listed, and a line counting the rest) and how many it has in all, the same for
 * every import; `columnName` turns the API's column key into the header the user wrote (default: as given).
 */
export function ImportRowErrors({
  errors,
  total,
  columnName = (column) => column,
}: {
  errors: readonly RowErrorDetail[];
  total: number;
  columnName?: (column: string) => string;
}) {
  return (
    <div className="import-errors">
      <ErrorAlert message={`Filen har ${countText(total, "fejl", "fejl")}; intet er importeret. Ret fejlene i filen, og vælg den igen.`} />
      <ScrollRegion label="Fejl i filen">
        <table className="table table--compact import-error-table">
          <caption className="sr-only">Fejl i filen efter rækkenummer (overskriften er række 1)</caption>
          <thead>
            <tr>
              <th scope="col" className="amount">
                Række
              </th>
              <th scope="col">Kolonne</th>
              <th scope="col">Fejl</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e, i) => (
              <tr key={`${e.row}-${e.column ?? ""}-${i}`}>
                <th scope="row" className="amount">
                  {e.row}
                </th>
                <td>{e.column === null ? "Hele rækken" : columnName(e.column)}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
