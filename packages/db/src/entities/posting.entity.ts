import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  VersionColumn,
  type Relation,
} from "typeorm";
import type { Ore } from "@overblik/domain";
import { OreColumn } from "./ore-column.js";
import { Budget, BudgetLine, CompetencePool } from "./budget.entity.js";
import { AppUser } from "./user.entity.js";

/** One import of a finance-system CSV: what was read, by whom. */
@Entity({ name: "posting_import" })
@Index("ix_posting_import_budget", ["budgetId"])
export class PostingImport {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_posting_import" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_posting_import" })
  projectId!: string;

  @Column({ type: "uuid" })
  budgetId!: string;

  @Column({ type: "text" })
  fileName!: string;

  @Column({ type: "text" })
  encoding!: string;

  @Column({ type: "integer" })
  rowsRead!: number;

  @Column({ type: "integer" })
  postingsAdded!: number;

  @Column({ type: "integer" })
  postingsAlreadyThere!: number;

  @Column({ type: "uuid" })
  createdBy!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @ManyToOne(() => Budget, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_posting_import_budget" },
    { name: "budget_id", referencedColumnName: "id" },
  ])
  budget?: Relation<Budget>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by", foreignKeyConstraintName: "fk_posting_import_created_by" })
  creator?: Relation<AppUser>;
}

/**
 * Spend against a budget line. Append-only: never edited or deleted; a correction is a reversing posting.
 * Voucher number + line + date identify a posting, so importing the same file twice adds nothing.
 */
@Entity({ name: "budget_posting" })
@Unique("uq_budget_posting_voucher", ["budgetLineId", "voucher", "postingDate", "projectId"])
// Covering index (INCLUDE amount_ore), made by migration CoveringSums1765008000000; TypeORM cannot describe INCLUDE.
@Index("ix_budget_posting_line_date", { synchronize: false })
export class BudgetPosting {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_budget_posting" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_budget_posting" })
  projectId!: string;

  @Column({ type: "uuid" })
  budgetLineId!: string;

  @Column({ type: "date" })
  postingDate!: string;

  @OreColumn()
  amountOre!: Ore;

  @Column({ type: "text" })
  text!: string;

  @Column({ type: "text" })
  voucher!: string;

  /** The quantity of the line's driver this posting paid for (e.g. 3.00 timer). */
  @Column({ type: "numeric", precision: 14, scale: 2, nullable: true })
  quantity!: string | null;

  @Column({ type: "uuid", nullable: true })
  reversesPostingId!: string | null;

  @Column({ type: "uuid", nullable: true })
  importId!: string | null;

  @Column({ type: "uuid" })
  createdBy!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @ManyToOne(() => BudgetLine, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_budget_posting_line" },
    { name: "budget_line_id", referencedColumnName: "id" },
  ])
  line?: Relation<BudgetLine>;

  @ManyToOne(() => BudgetPosting, { onDelete: "RESTRICT" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_budget_posting_reverses" },
    { name: "reverses_posting_id", referencedColumnName: "id" },
  ])
  reverses?: Relation<BudgetPosting>;

  @ManyToOne(() => PostingImport, { onDelete: "RESTRICT" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_budget_posting_import" },
    { name: "import_id", referencedColumnName: "id" },
  ])
  import?: Relation<PostingImport>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by", foreignKeyConstraintName: "fk_budget_posting_created_by" })
  creator?: Relation<AppUser>;
}

export type ActivitySource = "MANUAL" | "FLOW";

/** Activity a line's driver counts (hours delivered, conversations held …), entered by hand or fed by the citizen flow. */
@Entity({ name: "activity_entry" })
// Covering index (INCLUDE quantity), made by migration CoveringSums1765008000000.
@Index("ix_activity_entry_line_date", { synchronize: false })
@Index("uq_activity_entry_source", ["budgetLineId", "source", "sourceRef", "projectId"], { unique: true, where: `"source_ref" IS NOT NULL` })
@Check("ck_activity_entry_source", `"source" IN ('MANUAL', 'FLOW')`)
@Check("ck_activity_entry_quantity", `"quantity" >= 0`)
export class ActivityEntry {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_activity_entry" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_activity_entry" })
  projectId!: string;

  @Column({ type: "uuid" })
  budgetLineId!: string;

  @Column({ type: "date" })
  activityDate!: string;

  @Column({ type: "numeric", precision: 14, scale: 2 })
  quantity!: string;

  @Column({ type: "text" })
  source!: ActivitySource;

  /** The flow event that produced it (idempotent feeding); null for manual entries. */
  @Column({ type: "text", nullable: true })
  sourceRef!: string | null;

  @Column({ type: "text", default: "" })
  note!: string;

  @Column({ type: "uuid", nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @ManyToOne(() => BudgetLine, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_activity_entry_line" },
    { name: "budget_line_id", referencedColumnName: "id" },
  ])
  line?: Relation<BudgetLine>;
}

export type CompetenceActivityStatus = "PLANNED" | "HELD" | "CANCELLED";

/** A planned activity of a competence pool, then held (with actual participants and cost) or cancelled. */
@Entity({ name: "competence_activity" })
@Index("ix_competence_activity_pool", ["poolId", "plannedDate"])
@Check("ck_competence_activity_status", `"status" IN ('PLANNED', 'HELD', 'CANCELLED')`)
export class CompetenceActivity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_competence_activity" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_competence_activity" })
  projectId!: string;

  @Column({ type: "uuid" })
  poolId!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "text" })
  targetGroup!: string;

  @OreColumn()
  plannedCostOre!: Ore;

  @Column({ type: "integer" })
  plannedParticipants!: number;

  @Column({ type: "date" })
  plannedDate!: string;

  @Column({ type: "text" })
  status!: CompetenceActivityStatus;

  @Column({ type: "integer", nullable: true })
  actualParticipants!: number | null;

  @OreColumn({ nullable: true })
  actualCostOre!: Ore | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => CompetencePool, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_competence_activity_pool" },
    { name: "pool_id", referencedColumnName: "id" },
  ])
  pool?: Relation<CompetencePool>;
}

/** Price and wage index per year for a budget (year → index), to show amounts at another year's price level. */
@Entity({ name: "budget_price_index" })
export class BudgetPriceIndex {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_budget_price_index" })
  budgetId!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_budget_price_index" })
  projectId!: string;

  @PrimaryColumn({ type: "integer", primaryKeyConstraintName: "pk_budget_price_index" })
  year!: number;

  @Column({ type: "numeric", precision: 8, scale: 2 })
  index!: string;

  @ManyToOne(() => Budget, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_budget_price_index_budget" },
    { name: "budget_id", referencedColumnName: "id" },
  ])
  budget?: Relation<Budget>;
}
