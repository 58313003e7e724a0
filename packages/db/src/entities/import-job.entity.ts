import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Project } from "./project.entity.js";
import { AppUser } from "./user.entity.js";

export type ImportJobKind = "PARTICIPANTS" | "BUDGET" | "POSTINGS";
export type ImportJobStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";

/**
 * An import file being read off the request path (issue #14): the portal starts it and follows its progress.
 * `result` holds only the preview's summary (counts and row errors by row number, without cell contents):
 * never CPR numbers, names or the file itself, which stay in the API process's memory.
 */
@Entity({ name: "import_job" })
@Index("ix_import_job_created_by", ["createdBy", "createdAt"])
@Index("ix_import_job_status", ["status", "createdAt"])
@Check("ck_import_job_kind", `"kind" IN ('PARTICIPANTS', 'BUDGET', 'POSTINGS')`)
@Check("ck_import_job_status", `"status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Check("ck_import_job_progress", `"progress" BETWEEN 0 AND 100`)
export class ImportJob {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_import_job" })
  id!: string;

  @Column({ type: "text" })
  kind!: ImportJobKind;

  @Column({ type: "uuid" })
  projectId!: string;

  @Column({ type: "uuid" })
  createdBy!: string;

  @Column({ type: "text", default: "QUEUED" })
  status!: ImportJobStatus;

  @Column({ type: "integer", default: 0 })
  progress!: number;

  @Column({ type: "jsonb", nullable: true })
  result!: Record<string, unknown> | null;

  @Column({ type: "text", nullable: true })
  errorCode!: string | null;

  @Column({ type: "text", nullable: true })
  errorMessage!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  finishedAt!: Date | null;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_import_job_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "CASCADE" })
  @JoinColumn({ name: "created_by", foreignKeyConstraintName: "fk_import_job_created_by" })
  creator?: Relation<AppUser>;
}
