import type { AdjustmentKind } from "@overblik/domain";
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
import { Budget, BudgetLine } from "./budget.entity.js";
import { AppUser } from "./user.entity.js";

export type BudgetChangeStatus = "PENDING" | "APPLIED" | "REJECTED";

/** A leader's adjustment of an approved budget: applied at once below the threshold, else pending approval. */
@Entity({ name: "budget_change" })
@Index("ix_budget_change_budget", ["budgetId", "requestedAt"])
@Check("ck_budget_change_kind", `"kind" IN ('MOVE', 'CHANGE')`)
@Check("ck_budget_change_status", `"status" IN ('PENDING', 'APPLIED', 'REJECTED')`)
export class BudgetChange {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_budget_change" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_budget_change" })
  projectId!: string;

  @Column({ type: "uuid" })
  budgetId!: string;

  @Column({ type: "text" })
  kind!: AdjustmentKind;

  @Column({ type: "text" })
  status!: BudgetChangeStatus;

  @Column({ type: "boolean" })
  requiresApproval!: boolean;

  @Column({ type: "text" })
  reason!: string;

  /** How a CHANGE is financed when not by another line: the new grant, in words. */
  @Column({ type: "text", nullable: true })
  grantText!: string | null;

  @Column({ type: "uuid" })
  requestedBy!: string;

  @CreateDateColumn({ type: "timestamptz" })
  requestedAt!: Date;

  @Column({ type: "uuid", nullable: true })
  decidedBy!: string | null;

  @Column({ type: "timestamptz", nullable: true })
  decidedAt!: Date | null;

  @Column({ type: "text", nullable: true })
  decisionComment!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Budget, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_budget_change_budget" },
    { name: "budget_id", referencedColumnName: "id" },
  ])
  budget?: Relation<Budget>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "requested_by", foreignKeyConstraintName: "fk_budget_change_requested_by" })
  requester?: Relation<AppUser>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "decided_by", foreignKeyConstraintName: "fk_budget_change_decided_by" })
  decider?: Relation<AppUser>;
}

/** What a change does to one line in one year. Written with the change, never altered. */
@Entity({ name: "budget_change_entry" })
@Index("ix_budget_change_entry_change", ["changeId"])
@Index("ix_budget_change_entry_line", ["budgetLineId"])
export class BudgetChangeEntry {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_budget_change_entry" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_budget_change_entry" })
  projectId!: string;

  @Column({ type: "uuid" })
  changeId!: string;

  @Column({ type: "uuid" })
  budgetLineId!: string;

  @Column({ type: "integer" })
  year!: number;

  @OreColumn()
  deltaOre!: Ore;

  /** The corrected amount before and after, filled in when the change is applied. */
  @OreColumn({ nullable: true })
  beforeOre!: Ore | null;

  @OreColumn({ nullable: true })
  afterOre!: Ore | null;

  @ManyToOne(() => BudgetChange, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_budget_change_entry_change" },
    { name: "change_id", referencedColumnName: "id" },
  ])
  change?: Relation<BudgetChange>;

  @ManyToOne(() => BudgetLine, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_budget_change_entry_line" },
    { name: "budget_line_id", referencedColumnName: "id" },
  ])
  line?: Relation<BudgetLine>;
}
