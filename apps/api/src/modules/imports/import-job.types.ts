import { IsIn, IsInt, IsOptional, IsUUID, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { BudgetImportPreviewType, SheetUnitEnum } from "../budget/budget-draft.types.js";
import { ParticipantImportPreviewType } from "../participants/participant-import.types.js";
import { PostingImportPreviewType } from "../spend/spend.types.js";

export enum ImportKindEnum {
  PARTICIPANTS = "PARTICIPANTS",
  BUDGET = "BUDGET",
  POSTINGS = "POSTINGS",
}

registerEnumType(ImportKindEnum, {
  name: "ImportKind",
  description: "Hvad en fil importeres til.",
  valuesConfig: {
    PARTICIPANTS: { description: "Målgruppen (deltagere) i et projekt." },
    BUDGET: { description: "Et økonomioverslag ind i et budgetudkast." },
    POSTINGS: { description: "Posteringer fra økonomisystemet på et budget." },
  },
});

/** A preview as the job's encrypted output keeps it, by kind. */
export type Preview =
  | { kind: "PARTICIPANTS"; preview: ParticipantImportPreviewType }
  | { kind: "BUDGET"; preview: BudgetImportPreviewType }
  | { kind: "POSTINGS"; preview: PostingImportPreviewType };

/** An import job's payload: ids and switches only (the file goes encrypted into the job's input). */
export interface ImportPayload {
  budgetId?: string | null;
  unit?: SheetUnitEnum | null;
  /** Write the file (startImport), not only preview it (startImportPreview). */
  apply?: boolean;
  expectedVersion?: number | null;
}

/** The file, encrypted in the job's input: its name may name a person, its bytes certainly do. */
export interface ImportFile {
  fileName: string;
  contentBase64: string;
}

export enum ImportJobStatusEnum {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  DONE = "DONE",
  FAILED = "FAILED",
}

registerEnumType(ImportJobStatusEnum, {
  name: "ImportJobStatus",
  description: "Hvor langt læsningen af en importfil er.",
  valuesConfig: {
    QUEUED: { description: "Venter på at blive læst." },
    RUNNING: { description: "Læses nu." },
    DONE: { description: "Færdig: forhåndsvisningen er klar, eller (startImport) filen er importeret." },
    FAILED: { description: "Kunne ikke læses; se fejlen." },
  },
});

@InputType({ description: "En fil, der skal læses som et importjob (forhåndsvisning; skriver intet)." })
export class StartImportPreviewInput {
  @Field(() => ImportKindEnum, { description: "Hvad filen importeres til." })
  @IsIn(Object.values(ImportKindEnum), { message: "Ukendt importtype." })
  kind!: ImportKindEnum;

  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => ID, { nullable: true, description: "Budgettet (kræves for BUDGET og POSTINGS)." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt budget." })
  budgetId?: string | null;

  @Field(() => SheetUnitEnum, { nullable: true, description: "Kun BUDGET: beløbenes enhed; udelad for at lade regnearket afgøre det." })
  @IsOptional()
  @IsIn(["KR", "TKR"], { message: "Enheden skal være KR eller TKR." })
  unit?: SheetUnitEnum | null;

  @Field({ description: "Filnavnet (.xlsx eller .csv)." })
  @MinLength(1, { message: "Filnavnet mangler." })
  @MaxLength(255, { message: "Filnavnet er for langt (højst 255 tegn)." })
  fileName!: string;

  @Field({ description: "Filens bytes, base64-kodet (højst 10 MB)." })
  @MaxLength(14_000_000, { message: "Filen er større end 10 MB; del den op i flere filer." })
  contentBase64!: string;
}

@InputType({ description: "En fil, der importeres som et job: læses og skrives (alt eller intet), af den første proces med en ledig jobarbejder." })
export class StartImportInput extends StartImportPreviewInput {
  @Field(() => Int, { nullable: true, description: "Kun BUDGET: budgettets version (Budget.version), som skærmen viste; ellers CONFLICT." })
  @IsOptional()
  @IsInt({ message: "Versionen skal være et heltal." })
  expectedVersion?: number | null;
}

@ObjectType("ImportJob", {
  description:
    "En importfil, der læses uden for forespørgslen. Følg den med importJob, til status er DONE eller FAILED. Kun den, der startede den, kan se den.",
})
export class ImportJobType {
  @Field(() => ID, { description: "Jobbets id." })
  id!: string;

  @Field(() => ImportKindEnum, { description: "Hvad filen importeres til." })
  kind!: ImportKindEnum;

  @Field(() => ID, { description: "Projektet." })
  projectId!: string;

  @Field(() => ImportJobStatusEnum, { description: "Hvor langt læsningen er." })
  status!: ImportJobStatusEnum;

  @Field(() => Int, { description: "Fremskridt i procent (0–100)." })
  progress!: number;

  @Field({ description: 'Hvad der sker nu, på dansk (fx "Læser filen").' })
  phase!: string;

  @Field(() => String, { nullable: true, description: "Fejlens kode (fx BAD_USER_INPUT), når status er FAILED." })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: "Fejlen på dansk, med den grænse filen overskred, når status er FAILED." })
  errorMessage!: string | null;

  @Field(() => Int, { nullable: true, description: "Rækker med indhold i filen, når status er DONE." })
  rowCount!: number | null;

  @Field(() => Int, { nullable: true, description: "Antal rækkefejl i alt, når status er DONE (forhåndsvisningen viser de første 100)." })
  errorCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Rækker skrevet, når en import startet med startImport er DONE (null for et økonomioverslag og en forhåndsvisning).",
  })
  addedCount!: number | null;

  @Field(() => Int, {
    description: "Hvor mange gange jobbet er taget af en arbejder: 2 betyder, at den første stoppede undervejs, og en anden tog over og gjorde det hele igen.",
  })
  attempts!: number;

  @Field({ description: "Hvornår jobbet blev startet (ISO 8601)." })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: "Hvornår jobbet blev færdigt eller fejlede (ISO 8601)." })
  finishedAt!: string | null;

  @Field(() => ParticipantImportPreviewType, {
    nullable: true,
    description:
      "Forhåndsvisningen af en målgruppefil (kind PARTICIPANTS, status DONE); null, hvis den ikke længere opbevares (efter 15 minutter) — start igen.",
  })
  participants!: ParticipantImportPreviewType | null;

  @Field(() => BudgetImportPreviewType, {
    nullable: true,
    description: "Forhåndsvisningen af et økonomioverslag (kind BUDGET, status DONE); null, hvis den ikke længere opbevares (efter 15 minutter) — start igen.",
  })
  budget!: BudgetImportPreviewType | null;

  @Field(() => PostingImportPreviewType, {
    nullable: true,
    description: "Forhåndsvisningen af en posteringsfil (kind POSTINGS, status DONE); null, hvis den ikke længere opbevares (efter 15 minutter) — start igen.",
  })
  postings!: PostingImportPreviewType | null;
}
