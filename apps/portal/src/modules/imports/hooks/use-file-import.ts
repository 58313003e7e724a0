import type { StartImportPreviewInput } from "@overblik/graphql-client";
import { useRef, useState, type ChangeEvent } from "react";
import { errorMessage, importRowErrors, type RowErrorDetail } from "../../../ui/errors";
import { readAsBase64 } from "../../../ui/import-file";
import { useImportJob, type FinishedImportJob } from "./use-import-job";

export type ImportPhase<Done> =
  { kind: "idle" } | { kind: "reading"; percent: number } | { kind: "checking" } | { kind: "preview" } | { kind: "importing" } | ({ kind: "done" } & Done);

interface ChosenFile {
  name: string;
  base64: string;
}

/** The preview a finished check gives: what the file would add, and its row errors (the first ones, and how many in all). */
export interface ImportPreviewBase {
  newCount: number;
  errorCount: number;
  errors: ReadonlyArray<{ row: number; column?: string | null; message: string }>;
}

/**
 * One file import's life, shared by every import screen (the target group, the postings): choose a file, refuse
 * one that is too large or of the wrong kind before reading it, read it with a progress bar, let the server check
 * every row as a job (nothing is written), show the preview with every row error, and import all or nothing. A row
 * that became invalid between the preview and the import (someone else imported the same row meanwhile) comes back
 * as row errors, and nothing was written.
 */
export function useFileImport<Preview extends ImportPreviewBase, Done>(options: {
  /** The API's limit; saying so before reading spares the upload. */
  maxBytes: number;
  /** A file name the import reads; absent: any. */
  accept?: { pattern: RegExp; message: string };
  /** The check job's input for the chosen file. */
  jobInput: (file: ChosenFile) => StartImportPreviewInput;
  /** The finished job's preview for this kind of file. */
  previewOf: (job: FinishedImportJob) => Preview | null | undefined;
  /** Writes the file; its answer is what the done phase shows (null: nothing to show). */
  commit: (file: ChosenFile) => Promise<Done | null>;
  /** "Importerer deltagerne …" */
  importingText: string;
  onImported?: () => void;
}) {
  const fileRef = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<ImportPhase<Done>>({ kind: "idle" });
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [rowErrors, setRowErrorList] = useState<RowErrorDetail[]>([]);
  const [errorTotal, setErrorTotal] = useState(0);
  const [serverError, setServerError] = useState<string | null>(null);
  const setRowErrors = (list: RowErrorDetail[], total = list.length) => {
    setRowErrorList(list);
    setErrorTotal(total);
  };
  const refuse = (message: string | null) => {
    setPhase({ kind: "idle" });
    setServerError(message);
  };
  // The server reads the file as a job; the progress bar follows it until the preview is ready.
  const check = useImportJob((job) => {
    const data = options.previewOf(job);
    if (job.status === "DONE" && data) {
      setPreview(data);
      setRowErrors(
        data.errors.map((e) => ({ row: e.row, column: e.column ?? null, message: e.message })),
        data.errorCount,
      );
      setPhase({ kind: "preview" });
      return;
    }
    refuse(job.errorMessage ?? "Kontrollen af filen er ikke længere tilgængelig. Vælg filen igen.");
  });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setPreview(null);
    setRowErrors([]);
    setServerError(null);
    setFile(null);
    if (!chosen) return refuse(null);
    if (options.accept && !options.accept.pattern.test(chosen.name)) return refuse(options.accept.message);
    if (chosen.size > options.maxBytes) return refuse(`Filen er større end ${options.maxBytes / (1024 * 1024)} MB. Del den op i flere filer.`);
    try {
      setPhase({ kind: "reading", percent: 0 });
      const base64 = await readAsBase64(chosen, (percent) => setPhase({ kind: "reading", percent }));
      const read = { name: chosen.name, base64 };
      setFile(read);
      setPhase({ kind: "checking" });
      await check.start(options.jobInput(read));
    } catch (error) {
      refuse(error instanceof DOMException ? "Filen kunne ikke læses. Vælg den igen." : errorMessage(error));
    }
  }

  async function importFile() {
    if (!file) return;
    setServerError(null);
    setPhase({ kind: "importing" });
    try {
      const done = await options.commit(file);
      setPhase(done ? { kind: "done", ...done } : { kind: "idle" });
      setPreview(null);
      setFile(null);
      if (fileRef.current) fileRef.current.value = "";
      options.onImported?.();
    } catch (error) {
      const errors = importRowErrors(error);
      if (errors) setRowErrors(errors);
      setServerError(errors ? null : errorMessage(error));
      setPhase({ kind: "preview" });
    }
  }

  const busy = phase.kind === "reading" || phase.kind === "checking" || phase.kind === "importing";
  const progressLabel =
    phase.kind === "reading"
      ? `Læser filen … ${phase.percent} %`
      : phase.kind === "checking"
        ? `Kontrol på serveren: ${check.job?.phase ?? "sender filen"} …`
        : phase.kind === "importing"
          ? options.importingText
          : "";
  return {
    fileRef,
    phase,
    preview,
    rowErrors,
    errorTotal,
    serverError,
    busy,
    canImport: phase.kind === "preview" && preview !== null && rowErrors.length === 0 && preview.newCount > 0,
    progressLabel,
    progressPercent: phase.kind === "reading" ? phase.percent : phase.kind === "checking" ? (check.job?.progress ?? null) : null,
    choose: (event: ChangeEvent<HTMLInputElement>) => void choose(event),
    importFile: () => void importFile(),
  };
}
