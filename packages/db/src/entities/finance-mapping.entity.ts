import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn, type Relation } from "typeorm";
import { Project } from "./project.entity.js";
import { AppUser } from "./user.entity.js";

/**
 * How a finance system's export is read (issue #19): which column is date, voucher, text, amount, account, saved by
 * the leader per project and source ("Opus", "Prisme" or a name of their own) and prefilled at the next import.
 * The mapping is a FinanceMapping of @overblik/domain (columns by header name). Versioned: a stale save is CONFLICT.
 */
@Entity({ name: "finance_import_mapping" })
@Index("uq_finance_import_mapping_source", ["projectId", "source"], { unique: true })
export class FinanceImportMapping {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_finance_import_mapping" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_finance_import_mapping" })
  projectId!: string;

  @Column({ type: "text" })
  source!: string;

  @Column({ type: "jsonb" })
  mapping!: unknown;

  @VersionColumn({ default: 1 })
  version!: number;

  @Column({ type: "uuid" })
  updatedBy!: string;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_finance_import_mapping_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "updated_by", foreignKeyConstraintName: "fk_finance_import_mapping_user" })
  updater?: Relation<AppUser>;
}

/**
 * The project's rules from account string to budget line (AccountRule[] of @overblik/domain), set once by the leader
 * and saved as a whole (ties are refused on save). One versioned row per project.
 */
@Entity({ name: "finance_account_rules" })
@Index("uq_finance_account_rules_project", ["projectId"], { unique: true })
export class FinanceAccountRules {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_finance_account_rules" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_finance_account_rules" })
  projectId!: string;

  @Column({ type: "jsonb" })
  rules!: unknown;

  @VersionColumn({ default: 1 })
  version!: number;

  @Column({ type: "uuid" })
  updatedBy!: string;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_finance_account_rules_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "updated_by", foreignKeyConstraintName: "fk_finance_account_rules_user" })
  updater?: Relation<AppUser>;
}
