import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Project } from "./project.entity.js";
import { AppUser } from "./user.entity.js";

/** What a job does: an import file read (and, with payload.apply, written), the access log's retention, a workbook export. */
export type JobKind = "IMPORT_PARTICIPANTS" | "IMPORT_BUDGET" | "IMPORT_POSTINGS" | "ACCESS_LOG_RETENTION" | "EXPORT_DASHBOARD";
export type JobStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";
export const JOB_KINDS: readonly JobKind[] = ["IMPORT_PARTICIPANTS", "IMPORT_BUDGET", "IMPORT_POSTINGS", "ACCESS_LOG_RETENTION", "EXPORT_DASHBOARD"];

/**
 * Background work any process may take (issue #20): a worker claims a QUEUED job, or a RUNNING one whose lease ran
 * out, with FOR UPDATE SKIP LOCKED, holds it by renewing `locked_until`, and commits the job's effect together with
 * DONE only while `locked_by` still names it. `payload` holds ids and switches only; the import file (`input`) and a
 * result that may quote it (`output`: a preview, a workbook) are encrypted with the personal-data key. `result` is a
 * summary without personal data (counts, row errors by row number). `singleton_key` keeps scheduled jobs one at a time.
 */
@Entity({ name: "job" })
@Index("ix_job_claim", ["status", "createdAt"])
@Index("ix_job_created_by", ["createdBy", "createdAt"])
@Unique("uq_job_singleton", ["singletonKey"])
@Check("ck_job_kind", `"kind" IN ('IMPORT_PARTICIPANTS', 'IMPORT_BUDGET', 'IMPORT_POSTINGS', 'ACCESS_LOG_RETENTION', 'EXPORT_DASHBOARD')`)
@Check("ck_job_status", `"status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Check("ck_job_progress", `"progress" BETWEEN 0 AND 100`)
export class Job {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_job" })
  id!: string;

  @Column({ type: "text" })
  kind!: JobKind;

  @Column({ type: "uuid", nullable: true })
  projectId!: string | null;

  @Column({ type: "uuid", nullable: true })
  createdBy!: string | null;

  @Column({ type: "text", default: "QUEUED" })
  status!: JobStatus;

  @Column({ type: "integer", default: 0 })
  progress!: number;

  @Column({ type: "jsonb", nullable: true })
  payload!: Record<string, unknown> | null;

  @Column({ type: "bytea", nullable: true })
  input!: Buffer | null;

  @Column({ type: "bytea", nullable: true })
  output!: Buffer | null;

  @Column({ type: "jsonb", nullable: true })
  result!: Record<string, unknown> | null;

  @Column({ type: "text", nullable: true })
  errorCode!: string | null;

  @Column({ type: "text", nullable: true })
  errorMessage!: string | null;

  @Column({ type: "integer", default: 0 })
  attempts!: number;

  @Column({ type: "integer", default: 2 })
  maxAttempts!: number;

  @Column({ type: "text", nullable: true })
  singletonKey!: string | null;

  @Column({ type: "text", nullable: true })
  lockedBy!: string | null;

  @Column({ type: "timestamptz", nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  heartbeatAt!: Date | null;

  @Column({ type: "integer", default: 1 })
  version!: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  startedAt!: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  finishedAt!: Date | null;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_job_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "CASCADE" })
  @JoinColumn({ name: "created_by", foreignKeyConstraintName: "fk_job_created_by" })
  creator?: Relation<AppUser>;
}
