import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Project } from "./project.entity.js";
import { AppUser } from "./user.entity.js";

/**
 * A frozen meeting pack: the styregruppe's dashboard as of a meeting date and the tovholder's comments,
 * stored as they were when the pack was closed. Append-only (a database trigger refuses changes), so later
 * postings, corrections and events never change what the styregruppe was shown.
 */
@Entity({ name: "meeting_pack" })
@Index("uq_meeting_pack_project_date", ["projectId", "meetingDate"], { unique: true })
export class MeetingPack {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_meeting_pack" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_meeting_pack" })
  projectId!: string;

  @Column({ type: "date" })
  meetingDate!: string;

  @Column({ type: "text", default: "" })
  comments!: string;

  /** The dashboard's figures (aggregates only, small counts already hidden); amounts as decimal strings of øre. */
  @Column({ type: "jsonb" })
  figures!: unknown;

  @Column({ type: "uuid" })
  closedBy!: string;

  @CreateDateColumn({ type: "timestamptz" })
  closedAt!: Date;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_meeting_pack_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "closed_by", foreignKeyConstraintName: "fk_meeting_pack_user" })
  closer?: Relation<AppUser>;
}
