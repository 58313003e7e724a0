import type { ProjectRole } from "@overblik/domain";
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
import { Organisation } from "./organisation.entity.js";
import { AppUser } from "./user.entity.js";

/** CLOSED: closed at its end by its leader or an administrator; read-only, final figures in the closing pack. */
export type ProjectStatus = "PLANNED" | "ACTIVE" | "ENDED" | "CLOSED";

@Entity({ name: "project" })
@Unique("uq_project_code", ["code"])
@Check("ck_project_status", `"status" IN ('PLANNED', 'ACTIVE', 'ENDED', 'CLOSED')`)
@Check("ck_project_closed", `("status" = 'CLOSED') = ("closed_at" IS NOT NULL)`)
@Check("ck_project_period", `"end_date" >= "start_date"`)
@Check("ck_project_co_financing", `"co_financing_percent" IS NULL OR ("co_financing_percent" >= 0 AND "co_financing_percent" <= 100)`)
export class Project {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_project" })
  id!: string;

  /** Short code, also the prefix of participant codes ("BFA" → "BFA-0042"). */
  @Column({ type: "text" })
  code!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "text", default: "" })
  description!: string;

  @Column({ type: "date" })
  startDate!: string;

  @Column({ type: "date" })
  endDate!: string;

  /** The target group's size as the project's documents state it (219 in "Brug for alle"). */
  @Column({ type: "integer", nullable: true })
  targetSize!: number | null;

  @Column({ type: "text" })
  status!: ProjectStatus;

  /** Budget adjustments moving more than this (øre) need the styregruppe's approval; 50.000 kr. by default. */
  @OreColumn({ default: "5000000" })
  approvalThresholdOre!: Ore;

  /** Where the money comes from, as text ("Puljen … 50 % medfinansiering"). */
  @Column({ type: "text", default: "" })
  funding!: string;

  /** The target group's matchgruppe in text ("Matchgruppe 3 (aktivitetsparate)"). */
  @Column({ type: "text", default: "" })
  matchGroup!: string;

  /** Who is eligible (visitation), in text. */
  @Column({ type: "text", default: "" })
  eligibility!: string;

  /** The pool (pulje) that funds the project; `funding` is derived from it and the co-financing share. */
  @Column({ type: "text", default: "" })
  poolName!: string;

  @Column({ type: "integer", nullable: true })
  coFinancingPercent!: number | null;

  /** The price level (p/l) the budget's amounts are stated at. */
  @Column({ type: "integer", nullable: true })
  priceLevelYear!: number | null;

  @Column({ type: "timestamptz", nullable: true })
  closedAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  closedBy!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "closed_by", foreignKeyConstraintName: "fk_project_closed_by" })
  closer?: Relation<AppUser>;
}

@Entity({ name: "project_organisation" })
export class ProjectOrganisation {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_project_organisation" })
  projectId!: string;

  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_project_organisation" })
  organisationId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_project_organisation_project" })
  project?: Relation<Project>;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "fk_project_organisation_organisation" })
  organisation?: Relation<Organisation>;
}

@Entity({ name: "project_membership" })
@Unique("uq_project_membership", ["projectId", "userId", "role"])
@Index("ix_project_membership_user", ["userId"])
@Check("ck_project_membership_role", `"role" IN ('STYREGRUPPE', 'LEADER', 'TOVHOLDER', 'CASEWORKER', 'TEAM_MEMBER')`)
export class ProjectMembership {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_project_membership" })
  id!: string;

  @Column({ type: "uuid" })
  projectId!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @Column({ type: "text" })
  role!: ProjectRole;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_project_membership_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_project_membership_user" })
  user?: Relation<AppUser>;
}
