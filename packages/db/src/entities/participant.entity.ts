import type { Colour, Origin } from "@overblik/domain";
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
import { Project } from "./project.entity.js";
import { AppUser } from "./user.entity.js";

/**
 * A citizen enrolled in a project. Special-category personal data: only what the project needs.
 * Name and CPR number are optional, stored encrypted (AES-256-GCM) with a keyed HMAC for exact lookup.
 */
@Entity({ name: "participant" })
@Unique("uq_participant_code", ["projectId", "code"])
@Index("uq_participant_cpr", ["projectId", "cprHmac"], { unique: true, where: `"cpr_hmac" IS NOT NULL` })
@Index("ix_participant_caseworker", ["caseworkerId"])
@Check("ck_participant_gender", `"gender" IN ('M', 'K')`)
@Check("ck_participant_colour", `"colour" IS NULL OR "colour" IN ('GROEN', 'ORANGE', 'ROED', 'BLAA')`)
@Check("ck_participant_origin", `"origin" IS NULL OR "origin" IN ('DANISH', 'IMMIGRANT_NON_WESTERN', 'DESCENDANT_NON_WESTERN', 'OTHER')`)
export class Participant {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_participant" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_participant" })
  projectId!: string;

  /** The project participant code used everywhere ("BFA-0042"). */
  @Column({ type: "text" })
  code!: string;

  @Column({ type: "text" })
  municipality!: string;

  @Column({ type: "text" })
  gender!: "M" | "K";

  @Column({ type: "integer" })
  birthYear!: number;

  /** Null where the source does not say (the document's own origin counts do not add up). */
  @Column({ type: "text", nullable: true })
  origin!: Origin | null;

  @Column({ type: "integer" })
  monthsOnBenefit!: number;

  @Column({ type: "integer" })
  matchGroup!: number;

  @Column({ type: "date" })
  enrolmentDate!: string;

  @Column({ type: "text", nullable: true })
  colour!: Colour | null;

  /** The caseworker the participant is assigned to (CASEWORKER scope). */
  @Column({ type: "uuid", nullable: true })
  caseworkerId!: string | null;

  /** The Faxe profiles that apply (several may). */
  @Column({ type: "text", array: true, default: () => "'{}'" })
  profiles!: string[];

  @Column({ type: "text", nullable: true })
  motivation!: string | null;

  @Column({ type: "text", nullable: true })
  caseFocus!: string | null;

  /** INTERVENTION or CONTROL where the project is a controlled trial; null otherwise. */
  @Column({ type: "text", nullable: true })
  studyGroup!: "INTERVENTION" | "CONTROL" | null;

  /** A re-matched participant leaves the team's queue unless this is set. */
  @Column({ type: "boolean", default: false })
  keepInTeamQueue!: boolean;

  /** AES-256-GCM: iv ‖ tag ‖ ciphertext. */
  @Column({ type: "bytea", nullable: true })
  nameEncrypted!: Buffer | null;

  @Column({ type: "bytea", nullable: true })
  cprEncrypted!: Buffer | null;

  /** HMAC-SHA256 of the normalised CPR number with a key from configuration: exact lookup only. */
  @Column({ type: "bytea", nullable: true })
  cprHmac!: Buffer | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_participant_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "SET NULL" })
  @JoinColumn({ name: "caseworker_id", foreignKeyConstraintName: "fk_participant_caseworker" })
  caseworker?: Relation<AppUser>;
}

/** Every colour a participant has had, with who, when and why. Append-only. */
@Entity({ name: "participant_colour_change" })
// (participant_id, changed_at) INCLUDE (to_colour), made by migration CitizenFigureIndexes1765560000000; TypeORM cannot describe INCLUDE.
@Index("ix_participant_colour_change_participant", { synchronize: false })
export class ParticipantColourChange {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_participant_colour_change" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_participant_colour_change" })
  projectId!: string;

  @Column({ type: "uuid" })
  participantId!: string;

  @Column({ type: "text", nullable: true })
  fromColour!: Colour | null;

  @Column({ type: "text" })
  toColour!: Colour;

  @Column({ type: "text" })
  reason!: string;

  /** Null when the system made the change (e.g. a no-show turning grøn into orange). */
  @Column({ type: "uuid", nullable: true })
  changedBy!: string | null;

  @Column({ type: "timestamptz", default: () => "now()" })
  changedAt!: Date;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_participant_colour_change_participant" },
    { name: "participant_id", referencedColumnName: "id" },
  ])
  participant?: Relation<Participant>;
}

export type AccessAction = "LIST" | "READ" | "SEARCH" | "REVEAL" | "CHANGE" | "EXPORT" | "IMPORT" | "DELETE";

/**
 * One row per citizen per use of their data, with its purpose (Datatilsynet's expectation).
 * Append-only for the application. The table is PARTITIONED BY RANGE ("at"), one partition per month plus a
 * default partition (migration 1765520000000); this entity describes the parent table, whose primary key must
 * include "at". Retention drops whole months (apps/api access-log-partitions.repository.ts).
 */
@Entity({ name: "access_log" })
@Index("ix_access_log_participant", ["participantId", "at"])
@Index("ix_access_log_at", ["at"])
@Index("ix_access_log_user", ["userId", "at"])
@Check("ck_access_log_action", `"action" IN ('LIST', 'READ', 'SEARCH', 'REVEAL', 'CHANGE', 'EXPORT', 'IMPORT', 'DELETE')`)
export class AccessLogEntry {
  @PrimaryGeneratedColumn("identity", { type: "bigint", primaryKeyConstraintName: "pk_access_log" })
  id!: string;

  @PrimaryColumn({ type: "timestamptz", default: () => "now()", primaryKeyConstraintName: "pk_access_log" })
  at!: Date;

  @Column({ type: "uuid" })
  userId!: string;

  @Column({ type: "text" })
  action!: AccessAction;

  @Column({ type: "uuid", nullable: true })
  projectId!: string | null;

  /** No foreign key: the log outlives a deleted participant (the citizen may still ask). */
  @Column({ type: "uuid", nullable: true })
  participantId!: string | null;

  @Column({ type: "text" })
  purpose!: string;

  /** What a search looked for, described without the searched value itself (never a CPR number). */
  @Column({ type: "text", nullable: true })
  criterion!: string | null;

  @Column({ type: "text" })
  requestId!: string;
}

/** Installation-wide settings an administrator changes (e.g. the access log's retention). */
@Entity({ name: "system_setting" })
export class SystemSetting {
  @Column({ type: "text", primary: true, primaryKeyConstraintName: "pk_system_setting" })
  key!: string;

  @Column({ type: "text" })
  value!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;
}
