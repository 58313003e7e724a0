import { CsvValueError, decodeCsvBytes, parsePostingsCsv, type PostingsPreview } from "@overblik/domain";
import { ImportRefusal, importLimitMessage, type ImportLimits } from "../../common/import-limits.js";
import { lineBreaks, type Progress } from "./read-grid.js";

/** A budget line's name as the postings file may spell it: spaces collapsed, case ignored. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("da-DK");
}

export interface ReadPostings {
  encoding: "utf-8" | "windows-1252";
  parsed: PostingsPreview;
}

/**
 * A postings file (CSV) read against the budget's lines, bounded by `limits`. Runs in the import worker; pure.
 * A file neither UTF-8 nor Windows-1252 can read (UTF-16, NUL bytes) is the user's to fix: BAD_USER_INPUT.
 */
export function readPostings(
  bytes: Uint8Array,
  lines: ReadonlyArray<{ id: string; name: string }>,
  limits: ImportLimits,
  progress: Progress = () => {},
): ReadPostings {
  if (bytes.length === 0) throw new ImportRefusal("Filen er tom.");
  if (bytes.length > limits.maxBytes) throw new ImportRefusal(importLimitMessage.bytes(limits));
  let decoded: ReturnType<typeof decodeCsvBytes>;
  try {
    decoded = decodeCsvBytes(bytes);
  } catch (error) {
    if (error instanceof CsvValueError) throw new ImportRefusal(error.message);
    throw error;
  }
  progress(20);
  // Counting line breaks is cheap and bounds the parse that follows.
  if (lineBreaks(decoded.text, limits.maxRows) > limits.maxRows) throw new ImportRefusal(importLimitMessage.rows(limits));
  const byName = new Map(lines.map((l) => [normaliseName(l.name), l.id]));
  const parsed = parsePostingsCsv(decoded.text, { resolveLine: (name) => byName.get(normaliseName(name)) ?? null });
  progress(90);
  return { encoding: decoded.encoding, parsed };
}
