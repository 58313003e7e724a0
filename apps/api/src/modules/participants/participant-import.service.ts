import { CprError, CsvValueError, parseCpr, parseDanishDate, parseGender, parseOrigin, type Origin } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { logAccess } from "../../common/access-log.js";
import { requireAccess } from "../../common/access.js";
import { DomainError, notFound } from "../../common/errors.js";
import { capRowErrors } from "../../common/import-limits.js";
import type { PersonalDataCipher } from "../../common/personal-data.js";
import type { Context } from "../../context.js";
import { readGridInWorker } from "../imports/import-runner.js";
import type { Progress } from "../imports/read-grid.js";
import { findProject, lockProjectRow, municipalitiesOfProjects, organisationsOfProjects } from "../projects/project.repository.js";
import { buildBreakdowns } from "./participant-statistics.service.js";
import { cprHmacsOfProject, insertParticipants, lastParticipantNumber, type NewParticipantRow } from "./participant.repository.js";
import { referenceYear } from "./reference-year.js";
import type {
  ParticipantImportErrorType,
  ParticipantImportInput,
  ParticipantImportPreviewType,
  ParticipantImportResultType,
} from "./participant-import.types.js";

const COLUMNS = {
  municipality: ["kommune"],
  gender: ["køn", "koen"],
  birthYear: ["fødselsår", "foedselsaar", "født"],
  origin: ["herkomst"],
  months: ["måneder på ydelse", "mdr. på ydelse", "måneder"],
  matchGroup: ["matchgruppe", "match"],
  enrolment: ["indskrivningsdato", "indskrevet", "startdato"],
  cpr: ["cpr", "cpr-nummer", "cprnr"],
  name: ["navn"],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ["municipality", "months", "matchGroup", "enrolment"];

interface NewParticipant {
  row: number;
  municipality: string;
  gender: "M" | "K";
  birthYear: number;
  origin: Origin | null;
  monthsOnBenefit: number;
  matchGroup: number;
  enrolmentDate: string;
  cpr: string | null;
  name: string | null;
}

/** The project's municipalities (set up with the project) and those its partner organisations name ("Ishøj og Vallensbæk"). */
function allowedMunicipalities(municipalities: Array<{ name: string }>, organisations: Array<{ municipality: string }>): Set<string> {
  const names = new Set<string>(municipalities.map((m) => m.name));
  for (const o of organisations) for (const part of o.municipality.split(/,| og /)) if (part.trim()) names.add(part.trim());
  return names;
}

/** Who may read a target-group file into a project: the preview, the import and the import job ask this. */
export async function authorizeParticipantImport(ctx: Context, projectId: string, manager?: EntityManager) {
  await requireAccess(ctx, "participant.import", projectId, manager);
  // Inside the import's transaction its own connection (access.ts's requireAccess says why).
  const project = manager ? await findProject(manager, projectId) : await ctx.loaders.projectById.load(projectId);
  if (!project) throw notFound("Projektet");
  return project;
}

/**
 * The file's rows, read in the import worker and bounded by IMPORT_LIMITS: the event loop only checks the rows it
 * gets back. Outside any transaction, so a slow file holds no connection or lock. Progress 0–80 %.
 */
async function readFile(ctx: Context, input: ParticipantImportInput, progress: Progress = () => {}): Promise<string[][]> {
  await authorizeParticipantImport(ctx, input.projectId);
  return readGridInWorker(input.fileName, Buffer.from(input.contentBase64, "base64"), undefined, (p) => progress(Math.round(p * 0.8)));
}

async function analyse(ctx: Context, manager: EntityManager, input: ParticipantImportInput, cipher: PersonalDataCipher, rows: string[][]) {
  const project = await authorizeParticipantImport(ctx, input.projectId, manager);
  const header = (rows[0] ?? []).map((h) => h.trim().toLocaleLowerCase("da-DK"));
  const index = new Map<Column, number>();
  for (const [col, names] of Object.entries(COLUMNS) as Array<[Column, readonly string[]]>) {
    const i = header.findIndex((h) => names.includes(h));
    if (i >= 0) index.set(col, i);
  }
  const errors: ParticipantImportErrorType[] = [];
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (!index.has("cpr") && (!index.has("gender") || !index.has("birthYear"))) missing.push("gender", "birthYear");
  if (missing.length > 0) {
    errors.push({
      row: 1,
      column: null,
      message: `Filen mangler kolonnerne: ${[...new Set(missing)].map((c) => COLUMNS[c][0]).join(", ")}. Køn og fødselsår kan udelades, når CPR er med.`,
    });
  }
  // On the given manager, not through the request's loaders: inside the import's transaction a loader waits for a
  // second connection while this one holds the project's row lock, and requests waiting for that lock can hold the
  // rest of the pool — a deadlock PostgreSQL cannot see (tests/api/permission-matrix.test.ts runs on one connection).
  const municipalities = allowedMunicipalities(await municipalitiesOfProjects(manager, [project.id]), await organisationsOfProjects(manager, [project.id]));
  const existing = await cprHmacsOfProject(manager, project.id);
  const known = new Map(existing.map((e) => [e.cprHmac.toString("hex"), e.id]));
  /** Existing participants a CPR number in the file matched: each such match is a use of the citizen's CPR number. */
  const matched = new Set<string>();
  const seenInFile = new Map<string, number>();
  const valid: Array<NewParticipant & { hmac: Buffer | null }> = [];
  let rowCount = 0;
  if (missing.length === 0) {
    rows.slice(1).forEach((cells, i) => {
      const row = i + 2;
      const get = (c: Column) => {
        const at = index.get(c);
        return at === undefined ? "" : (cells[at] ?? "").trim();
      };
      if (cells.every((c) => c.trim() === "")) return;
      rowCount++;
      const before = errors.length;
      const err = (column: Column | null, message: string) => errors.push({ row, column: column ? COLUMNS[column][0] : null, message });
      let cpr: ReturnType<typeof parseCpr> | null = null;
      if (get("cpr")) {
        try {
          cpr = parseCpr(get("cpr"));
        } catch (error) {
          if (error instanceof CprError) err("cpr", `Ugyldigt CPR-nummer: ${error.message}`);
          else throw error;
        }
      }
      const municipality = get("municipality");
      if (!municipalities.has(municipality)) err("municipality", `Ukendt kommune "${municipality}". Projektets kommuner: ${[...municipalities].join(", ")}.`);
      // With a CPR number (even a bad one, already reported) gender and birth year come from it.
      const cprGiven = get("cpr") !== "";
      const gender = cpr ? cpr.gender : parseGender(get("gender"));
      if (!gender && !cprGiven) err("gender", `Ukendt køn "${get("gender")}". Skriv M, K, Mand eller Kvinde.`);
      if (cpr && get("gender") && parseGender(get("gender")) !== cpr.gender) err("gender", "Køn stemmer ikke med CPR-nummeret.");
      const birthYear = cpr ? cpr.birthYear : Number(get("birthYear"));
      if (!cprGiven && (!Number.isInteger(birthYear) || birthYear < 1900 || birthYear > new Date().getFullYear())) {
        err("birthYear", `Ugyldigt fødselsår "${get("birthYear")}".`);
      }
      if (cpr && get("birthYear") && Number(get("birthYear")) !== cpr.birthYear) err("birthYear", "Fødselsåret stemmer ikke med CPR-nummeret.");
      const origin = parseOrigin(get("origin"));
      if (origin === undefined)
        err("origin", `Ukendt herkomst "${get("origin")}". Brug Dansk oprindelse, Indvandrer ikke-vestlig, Efterkommer ikke-vestlig, Øvrige eller tom.`);
      const months = Number(get("months"));
      if (!/^\d+$/.test(get("months")) || months > 1200) err("months", `Måneder på ydelse skal være et helt tal, ikke "${get("months")}".`);
      const matchGroup = Number(get("matchGroup"));
      if (![1, 2, 3].includes(matchGroup)) err("matchGroup", `Matchgruppe skal være 1, 2 eller 3, ikke "${get("matchGroup")}".`);
      let enrolmentDate = "";
      try {
        enrolmentDate = parseDanishDate(get("enrolment"));
      } catch (error) {
        if (error instanceof CsvValueError) err("enrolment", error.message);
        else throw error;
      }
      let hmac: Buffer | null = null;
      if (cpr) {
        hmac = cipher.cprHmac(cpr.normalized);
        const key = hmac.toString("hex");
        const existingId = known.get(key);
        if (existingId) {
          matched.add(existingId);
          err("cpr", "Personen er allerede deltager i projektet.");
        }
        const earlier = seenInFile.get(key);
        if (earlier) err("cpr", `Personen står også i række ${earlier}.`);
        else seenInFile.set(key, row);
      }
      if (errors.length === before) {
        valid.push({
          row,
          municipality,
          gender: gender as "M" | "K",
          birthYear,
          origin: origin ?? null,
          monthsOnBenefit: months,
          matchGroup,
          enrolmentDate,
          cpr: cpr?.normalized ?? null,
          name: get("name") || null,
          hmac,
        });
      }
    });
  }
  const refYear = referenceYear(project);
  const counts = new Map<string, number>();
  const add = (dimension: string, key: string) => counts.set(`${dimension}|${key}`, (counts.get(`${dimension}|${key}`) ?? 0) + 1);
  for (const p of valid) {
    add("MUNICIPALITY", p.municipality);
    add("GENDER", p.gender);
    const age = refYear - p.birthYear;
    add("AGE_GROUP", age < 30 ? "UNDER_30" : age < 50 ? "FROM_30_TO_49" : "FROM_50");
    add("ORIGIN", p.origin ?? "UOPLYST");
    add("LONG_TERM_BENEFIT", p.monthsOnBenefit > 12 ? "JA" : "NEJ");
    add("COLOUR", "UOPLYST");
  }
  const breakdowns = buildBreakdowns(
    [...counts].map(([k, n]) => {
      const [dimension = "", key = ""] = k.split("|");
      return { dimension, key, n };
    }),
    false,
  );
  const listed = capRowErrors(errors, (row, message) => ({ row, column: null, message }));
  const preview: ParticipantImportPreviewType = {
    fileName: input.fileName,
    rowCount,
    newCount: errors.length ? 0 : valid.length,
    errors: listed,
    errorCount: errors.length,
    breakdowns,
  };
  return { preview, valid, project, matched: [...matched], errorCount: errors.length };
}

/**
 * "Personen er allerede deltager i projektet" tells that a CPR number belongs to a participant, so a file can test
 * CPR numbers (issue #14). We keep the warning (the tovholder needs it to correct the file) and log it instead: one
 * SEARCH row per matched participant, with its id, so the citizen's extract shows the lookup. Never the number itself.
 */
async function logCprMatches(ctx: Context, projectId: string, matched: readonly string[]): Promise<void> {
  if (matched.length === 0) return;
  await logAccess(ctx, {
    action: "SEARCH",
    projectId,
    participantIds: matched,
    purpose: "Import af målgruppe: match på CPR-nummer",
    criterion: "CPR-nummer i en målgruppefil",
  });
}

export async function previewParticipantImport(
  ctx: Context,
  input: ParticipantImportInput,
  cipher: PersonalDataCipher,
  progress?: Progress,
): Promise<ParticipantImportPreviewType> {
  const rows = await readFile(ctx, input, progress);
  const { preview, project, matched } = await analyse(ctx, ctx.manager, input, cipher, rows);
  await logCprMatches(ctx, project.id, matched);
  return preview;
}

/** All or nothing: with any row error nothing is written. Every created participant is logged (IMPORT). */
export async function importParticipants(ctx: Context, input: ParticipantImportInput, cipher: PersonalDataCipher): Promise<ParticipantImportResultType> {
  // A refused import rolls its transaction back; its CPR matches are logged after that, so the rows stay.
  let refused: { projectId: string; matched: string[] } | null = null;
  try {
    const rows = await readFile(ctx, input);
    return await runImport(ctx, input, cipher, rows, (projectId, matched) => (refused = { projectId, matched }));
  } catch (error) {
    const r = refused as { projectId: string; matched: string[] } | null;
    if (r) await logCprMatches(ctx, r.projectId, r.matched);
    throw error;
  }
}

function runImport(
  ctx: Context,
  input: ParticipantImportInput,
  cipher: PersonalDataCipher,
  rows: string[][],
  onRefused: (projectId: string, matched: string[]) => void,
): Promise<ParticipantImportResultType> {
  return ctx.manager.transaction(async (tx) => {
    // Serialise imports into one project, so two cannot hand out the same codes.
    await lockProjectRow(tx, input.projectId);
    const { preview, valid, project, matched, errorCount } = await analyse(ctx, tx, input, cipher, rows);
    if (errorCount > 0) {
      onRefused(project.id, matched);
      throw new DomainError("BAD_USER_INPUT", `Filen har ${errorCount.toLocaleString("da-DK")} fejl; intet er importeret. Ret fejlene, og importér igen.`, {
        errors: preview.errors,
      });
    }
    if (valid.length === 0) throw new DomainError("BAD_USER_INPUT", "Filen har ingen deltagere.");
    let n = await lastParticipantNumber(tx, project.id);
    const codes: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < valid.length; i += 500) {
      const chunk = valid.slice(i, i + 500).map((p): NewParticipantRow => {
        const code = `${project.code}-${String(++n).padStart(4, "0")}`;
        codes.push(code);
        return {
          projectId: project.id,
          code,
          municipality: p.municipality,
          gender: p.gender,
          birthYear: p.birthYear,
          origin: p.origin,
          monthsOnBenefit: p.monthsOnBenefit,
          matchGroup: p.matchGroup,
          enrolmentDate: p.enrolmentDate,
          colour: null,
          caseworkerId: null,
          profiles: [],
          motivation: null,
          caseFocus: null,
          nameEncrypted: p.name ? cipher.encrypt(p.name) : null,
          cprEncrypted: p.cpr ? cipher.encrypt(p.cpr) : null,
          cprHmac: p.hmac,
        };
      });
      ids.push(...(await insertParticipants(tx, chunk)));
    }
    await logAccess(ctx, { action: "IMPORT", projectId: project.id, participantIds: ids, purpose: `Import af målgruppen (${input.fileName})` }, tx);
    return { added: ids.length, firstCode: codes[0] ?? "", lastCode: codes[codes.length - 1] ?? "" };
  });
}
