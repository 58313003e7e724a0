import type { ChangeEvent, RefObject } from "react";
import { FormField } from "./form-field";

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
