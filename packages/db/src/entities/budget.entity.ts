import type { BudgetSide } from "@overblik/domain";
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
  VersionColumn,
  type Relation,
} from "typeorm";
import type { Ore } from "@overblik/domain";
import { OreColumn } from "./ore-column.js";
import { Project } from "./project.entity.js";
import { AppUser } from "./user.entity.js";

/** DRAFT (the leader writes it) → SUBMITTED (with the styregruppe) → APPROVED, or back to DRAFT with a comment. */
export type BudgetStatus = "DRAFT" | "SUBMITTED" | "APPROVED";

@Entity({ name: "budget" })
@Index("ix_budget_project", ["projectId"])
@Check("ck_budget_status", `"status" IN ('DRAFT', 'SUBMITTED', 'APPROVED')`)
@Check("ck_budget_years", `"end_year" >= "start_year"`)
export class Budget {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_budget" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_budget" })
  projectId!: string;

  @Column({ type: "text" })
  name!: string;

  /** The price level the amounts are stated at ("2012 p/l"); null where the document gives none. */
  @Column({ type: "integer", nullable: true })
  priceLevelYear!: number | null;

  /** First and last budget year: a budget spans whole years even when no line has an amount in one. */
  @Column({ type: "integer" })
  startYear!: number;

  @Column({ type: "integer" })
  endYear!: number;

  @Column({ type: "text" })
  status!: BudgetStatus;

  @Column({ type: "text", default: "" })
  note!: string;

  /** When the styregruppe approved the budget: from then on it is the original budget, frozen. */
  @Column({ type: "timestamptz", nullable: true })
  approvedAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  approvedBy!: string | null;

  /** When the leader last handed the draft to the styregruppe ("Send til godkendelse"). */
  @Column({ type: "timestamptz", nullable: true })
  submittedAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  submittedBy!: string | null;

  /** The styregruppe's comment when it sent the draft back; shown to the leader until the next submit. */
  @Column({ type: "text", nullable: true })
  reviewComment!: string | null;

  @Column({ type: "timestamptz", nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  reviewedBy!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_budget_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "approved_by", foreignKeyConstraintName: "fk_budget_approved_by" })
  approver?: Relation<AppUser>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "submitted_by", foreignKeyConstraintName: "fk_budget_submitted_by" })
  submitter?: Relation<AppUser>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "reviewed_by", foreignKeyConstraintName: "fk_budget_reviewed_by" })
  reviewer?: Relation<AppUser>;
}

@Entity({ name: "budget_line" })
@Index("ix_budget_line_budget", ["budgetId", "sortOrder"])
@Check("ck_budget_line_side", `"side" IN ('INCOME', 'EXPENSE')`)
@Check("ck_budget_line_driver", `("driver_unit" IS NULL) = ("driver_quantity" IS NULL)`)
@Check("ck_budget_line_account_number", `"account_number" ~ '^[0-9]{16}$'`)
@Check("ck_budget_line_activity_source", `"activity_source" IN ('CONVERSATIONS_HELD', 'TEAM_HOURS', 'INTERVENTION_UNITS')`)
export class BudgetLine {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_budget_line" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_budget_line" })
  projectId!: string;

  @Column({ type: "uuid" })
  budgetId!: string;

  @Column({ type: "text" })
  side!: BudgetSide;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "text", nullable: true })
  category!: string | null;

  @Column({ type: "text", nullable: true })
  note!: string | null;

  /** Account number in the municipal chart of accounts: 16 digits as text (leading zeros matter); null if none. */
  @Column({ type: "text", nullable: true })
  accountNumber!: string | null;

  @Column({ type: "integer" })
  sortOrder!: number;

  /** Activity driver: the unit the line pays for ("timer", "samtaler", "deltagere" …). */
  @Column({ type: "text", nullable: true })
  driverUnit!: string | null;

  /** Planned quantity of the driver, e.g. 50.00 timer (numeric: pg returns a decimal string). */
  @Column({ type: "numeric", precision: 14, scale: 2, nullable: true })
  driverQuantity!: string | null;

  /**
   * Which flow events count as this line's activity: CONVERSATIONS_HELD (one per held initial
   * conversation), TEAM_HOURS (hours at team meetings of the members paid from this line) or
   * INTERVENTION_UNITS (units delivered of the catalogue's interventions paid from this line); null: entered by hand.
   */
  @Column({ type: "text", nullable: true })
  activitySource!: "CONVERSATIONS_HELD" | "TEAM_HOURS" | "INTERVENTION_UNITS" | null;

  /** Planned øre per unit (80000 = 800 kr. pr. time); null: the budget divided by the quantity. */
  @OreColumn({ nullable: true })
  driverUnitRateOre!: Ore | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Budget, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_budget_line_budget" },
    { name: "budget_id", referencedColumnName: "id" },
  ])
  budget?: Relation<Budget>;
}

/** A line's amount in one budget year, in øre. */
@Entity({ name: "budget_line_amount" })
export class BudgetLineAmount {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_budget_line_amount" })
  budgetLineId!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_budget_line_amount" })
  projectId!: string;

  @PrimaryColumn({ type: "integer", primaryKeyConstraintName: "pk_budget_line_amount" })
  year!: number;

  /** The corrected budget (korrigeret budget) in øre. */
  @OreColumn()
  amountOre!: Ore;

  /** The original budget (oprindeligt budget), frozen when the styregruppe approved it; null before. */
  @OreColumn({ nullable: true })
  originalAmountOre!: Ore | null;

  @ManyToOne(() => BudgetLine, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_budget_line_amount_line" },
    { name: "budget_line_id", referencedColumnName: "id" },
  ])
  line?: Relation<BudgetLine>;
}

/** A pool for competence development (kompetenceudvikling), e.g. 185.000 kr. in "Brug for alle". */
@Entity({ name: "competence_pool" })
@Index("ix_competence_pool_project", ["projectId"])
export class CompetencePool {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_competence_pool" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_competence_pool" })
  projectId!: string;

  @Column({ type: "text" })
  name!: string;

  @OreColumn()
  amountOre!: Ore;

  @Column({ type: "text", default: "" })
  description!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_competence_pool_project" })
  project?: Relation<Project>;
}
