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
import { BudgetLine } from "./budget.entity.js";
import { Participant } from "./participant.entity.js";
import { Project } from "./project.entity.js";

export type InterventionArea = "EMPLOYMENT" | "SOCIAL" | "HEALTH";
export type PlanItemStatus = "PLANNED" | "IN_PROGRESS" | "INTERRUPTED" | "COMPLETED";
export type OutcomeKind = "JOB" | "EDUCATION" | "REMATCHED_2" | "PASSIVE" | "PENSION_RECOMMENDED";

/** The catalogue of interventions (ydelseskatalog / tilbudsliste), kept up to date by the tovholder. */
@Entity({ name: "intervention" })
@Index("ix_intervention_project", ["projectId", "name"])
@Check("ck_intervention_area", `"area" IN ('EMPLOYMENT', 'SOCIAL', 'HEALTH')`)
export class Intervention {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_intervention" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_intervention" })
  projectId!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "text" })
  area!: InterventionArea;

  @Column({ type: "text" })
  supplier!: string;

  @Column({ type: "text" })
  unit!: string;

  @OreColumn({ nullable: true })
  unitCostOre!: Ore | null;

  /** The Faxe profiles it suits. */
  @Column({ type: "text", array: true, default: () => "'{}'" })
  profiles!: string[];

  @Column({ type: "boolean", default: true })
  active!: boolean;

  /**
   * The budget line the delivered units count on as activity (when that line's activity source is
   * INTERVENTION_UNITS); null: the units are recorded on the plan only.
   */
  @Column({ type: "uuid", nullable: true })
  budgetLineId!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_intervention_project" })
  project?: Relation<Project>;

  @ManyToOne(() => BudgetLine, { onDelete: "SET NULL" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_intervention_budget_line" },
    { name: "budget_line_id", referencedColumnName: "id" },
  ])
  budgetLine?: Relation<BudgetLine>;
}

/** One intervention in a participant's action plan (indsatsplan), month by month, with the responsible unit. */
@Entity({ name: "action_plan_item" })
@Index("ix_action_plan_item_participant", ["participantId", "startMonth"])
@Check("ck_action_plan_item_status", `"status" IN ('PLANNED', 'IN_PROGRESS', 'INTERRUPTED', 'COMPLETED')`)
@Check("ck_action_plan_item_months", `"end_month" >= "start_month"`)
@Check("ck_action_plan_item_units", `"units_delivered" >= 0`)
export class ActionPlanItem {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_action_plan_item" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_action_plan_item" })
  projectId!: string;

  @Column({ type: "uuid" })
  participantId!: string;

  @Column({ type: "uuid" })
  interventionId!: string;

  /** Jobcenter, Sundhedscenter, Familiecenter, UU, Lægekonsulent, Socialcenter … */
  @Column({ type: "text" })
  responsibleUnit!: string;

  /** First day of the start and end month. */
  @Column({ type: "date" })
  startMonth!: string;

  @Column({ type: "date" })
  endMonth!: string;

  @Column({ type: "text" })
  status!: PlanItemStatus;

  /** The plan aims at a job or ordinary education (a goal indicator). */
  @Column({ type: "boolean", default: false })
  jobOrEducationAim!: boolean;

  /** Units of the intervention delivered so far (hours, weeks, forløb …, in the catalogue's unit). */
  @Column({ type: "numeric", precision: 14, scale: 2, default: 0 })
  unitsDelivered!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_action_plan_item_participant" },
    { name: "participant_id", referencedColumnName: "id" },
  ])
  participant?: Relation<Participant>;

  @ManyToOne(() => Intervention, { onDelete: "RESTRICT" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_action_plan_item_intervention" },
    { name: "intervention_id", referencedColumnName: "id" },
  ])
  intervention?: Relation<Intervention>;
}

/** The responsible unit reports that the citizen does not follow an intervention; the tovholder records the follow-up. */
@Entity({ name: "plan_alert" })
@Index("ix_plan_alert_project_open", ["projectId", "resolvedAt"])
export class PlanAlert {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_plan_alert" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_plan_alert" })
  projectId!: string;

  @Column({ type: "uuid" })
  participantId!: string;

  @Column({ type: "uuid" })
  actionPlanItemId!: string;

  @Column({ type: "text" })
  reportedByUnit!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  reportedAt!: Date;

  /** Free text about the citizen: encrypted. */
  @Column({ type: "bytea", nullable: true })
  messageEncrypted!: Buffer | null;

  @Column({ type: "bytea", nullable: true })
  followUpEncrypted!: Buffer | null;

  @Column({ type: "timestamptz", nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  resolvedBy!: string | null;

  @ManyToOne(() => ActionPlanItem, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_plan_alert_item" },
    { name: "action_plan_item_id", referencedColumnName: "id" },
  ])
  item?: Relation<ActionPlanItem>;
}

/** An outcome with its date: job, ordinary education, re-matched to match 2, still passive, recommended for førtidspension. */
@Entity({ name: "outcome" })
// (participant_id, outcome_date) INCLUDE (kind), made by migration CitizenFigureIndexes1765560000000; TypeORM cannot describe INCLUDE.
@Index("ix_outcome_participant", { synchronize: false })
@Check("ck_outcome_kind", `"kind" IN ('JOB', 'EDUCATION', 'REMATCHED_2', 'PASSIVE', 'PENSION_RECOMMENDED')`)
export class Outcome {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_outcome" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_outcome" })
  projectId!: string;

  @Column({ type: "uuid" })
  participantId!: string;

  @Column({ type: "text" })
  kind!: OutcomeKind;

  @Column({ type: "date" })
  outcomeDate!: string;

  /** Hours a week of ordinary employment, where recorded (for the effect against a control group). */
  @Column({ type: "numeric", precision: 6, scale: 2, nullable: true })
  hoursPerWeek!: string | null;

  @Column({ type: "uuid", nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_outcome_participant" },
    { name: "participant_id", referencedColumnName: "id" },
  ])
  participant?: Relation<Participant>;
}
