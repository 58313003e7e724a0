import type { ProjectRole } from "@overblik/domain";
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { Municipality } from "./municipality.entity.js";
import { Project } from "./project.entity.js";
import { AppUser } from "./user.entity.js";

/*
 * A project's municipalities, its history and its closing pack: beside the project (not beside the municipality, which
 * users and projects both point to — kept a leaf, so the entity files import each other without a cycle).
 */

/** The municipalities a project is run by (Brug for alle: Ishøj and Vallensbæk). */
@Entity({ name: "project_municipality" })
export class ProjectMunicipality {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_project_municipality" })
  projectId!: string;

  @PrimaryColumn({ type: "text", primaryKeyConstraintName: "pk_project_municipality" })
  municipalityCode!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_project_municipality_project" })
  project?: Relation<Project>;

  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "municipality_code", foreignKeyConstraintName: "fk_project_municipality_municipality" })
  municipality?: Relation<Municipality>;
}

/** One change of a project's basics: the changed fields' values before and after (append-only). */
@Entity({ name: "project_history" })
@Index("ix_project_history_project", ["projectId", "changedAt"])
export class ProjectHistory {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_project_history" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_project_history" })
  projectId!: string;

  @Column({ type: "uuid" })
  changedBy!: string;

  @CreateDateColumn({ type: "timestamptz" })
  changedAt!: Date;

  @Column({ type: "jsonb" })
  before!: Record<string, unknown>;

  @Column({ type: "jsonb" })
  after!: Record<string, unknown>;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_project_history_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "changed_by", foreignKeyConstraintName: "fk_project_history_user" })
  changer?: Relation<AppUser>;
}

export type MembershipAction = "ADDED" | "REMOVED";

/** Every role given or taken away in a project: who, when, by whom (append-only). */
@Entity({ name: "project_membership_history" })
@Index("ix_project_membership_history_project", ["projectId", "changedAt"])
@Check("ck_project_membership_history_action", `"action" IN ('ADDED', 'REMOVED')`)
@Check("ck_project_membership_history_role", `"role" IN ('STYREGRUPPE', 'LEADER', 'TOVHOLDER', 'CASEWORKER', 'TEAM_MEMBER')`)
export class ProjectMembershipHistory {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_project_membership_history" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_project_membership_history" })
  projectId!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @Column({ type: "text" })
  role!: ProjectRole;

  @Column({ type: "text" })
  action!: MembershipAction;

  @Column({ type: "uuid" })
  changedBy!: string;

  @CreateDateColumn({ type: "timestamptz" })
  changedAt!: Date;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_project_membership_history_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_project_membership_history_user" })
  user?: Relation<AppUser>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "changed_by", foreignKeyConstraintName: "fk_project_membership_history_changed_by" })
  changer?: Relation<AppUser>;
}

/**
 * A closed project's final figures: the styregruppe's dashboard as of the closing day, frozen like a meeting pack
 * (a database trigger refuses changes), with the closer's comments. One per project.
 */
@Entity({ name: "closing_pack" })
@Unique("uq_closing_pack_project", ["projectId"])
export class ClosingPack {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_closing_pack" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_closing_pack" })
  projectId!: string;

  @Column({ type: "date" })
  asOf!: string;

  @Column({ type: "text", default: "" })
  comments!: string;

  @Column({ type: "jsonb" })
  figures!: unknown;

  @Column({ type: "uuid" })
  closedBy!: string;

  @CreateDateColumn({ type: "timestamptz" })
  closedAt!: Date;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_closing_pack_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "closed_by", foreignKeyConstraintName: "fk_closing_pack_user" })
  closer?: Relation<AppUser>;
}
