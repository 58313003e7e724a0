import type { Competence } from "@overblik/domain";
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
import { BudgetLine } from "./budget.entity.js";
import { Participant } from "./participant.entity.js";
import { Project } from "./project.entity.js";
import { AppUser } from "./user.entity.js";

export type ConversationHolder = "JC_CASEWORKER" | "TOVHOLDER";
export type ConversationStatus = "SCHEDULED" | "HELD" | "NO_SHOW" | "CANCELLED";

/** The initial conversation (indledende samtale): with the JC caseworker for grøn, a tovholder for orange. */
@Entity({ name: "conversation" })
@Index("ix_conversation_participant", ["participantId", "scheduledDate"])
@Index("ix_conversation_project_held", ["projectId", "heldDate"])
// (participant_id, held_date) WHERE status = 'HELD': a citizen's held conversations from the index alone (CitizenFigureIndexes1765560000000).
@Index("ix_conversation_participant_held", { synchronize: false })
@Check("ck_conversation_holder", `"holder_kind" IN ('JC_CASEWORKER', 'TOVHOLDER')`)
@Check("ck_conversation_status", `"status" IN ('SCHEDULED', 'HELD', 'NO_SHOW', 'CANCELLED')`)
export class Conversation {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_conversation" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_conversation" })
  projectId!: string;

  @Column({ type: "uuid" })
  participantId!: string;

  @Column({ type: "text" })
  holderKind!: ConversationHolder;

  /** The user holding it, when known. */
  @Column({ type: "uuid", nullable: true })
  holderId!: string | null;

  @Column({ type: "date" })
  scheduledDate!: string;

  @Column({ type: "text" })
  status!: ConversationStatus;

  @Column({ type: "date", nullable: true })
  heldDate!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_conversation_project" })
  project?: Relation<Project>;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_conversation_participant" },
    { name: "participant_id", referencedColumnName: "id" },
  ])
  participant?: Relation<Participant>;

  @ManyToOne(() => AppUser, { onDelete: "SET NULL" })
  @JoinColumn({ name: "holder_id", foreignKeyConstraintName: "fk_conversation_holder" })
  holder?: Relation<AppUser>;
}

/** The preparation form (forberedende skema): the citizen's wishes (encrypted free text) and the themes that decide the team. */
@Entity({ name: "preparation_form" })
export class PreparationForm {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_preparation_form" })
  participantId!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_preparation_form" })
  projectId!: string;

  @Column({ type: "bytea", nullable: true })
  wishesEncrypted!: Buffer | null;

  @Column({ type: "text", array: true, default: () => "'{}'" })
  themes!: string[];

  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;

  @Column({ type: "uuid", nullable: true })
  updatedBy!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_preparation_form_participant" },
    { name: "participant_id", referencedColumnName: "id" },
  ])
  participant?: Relation<Participant>;
}

/** A member of the cross-disciplinary team (or its ad-hoc resource network), with the budget line that pays for their hours. */
@Entity({ name: "team_member" })
@Index("ix_team_member_project", ["projectId"])
@Check("ck_team_member_competence", `"competence" IN ('EMPLOYMENT', 'SOCIAL', 'PHYSICAL_HEALTH', 'MENTAL_HEALTH', 'YOUTH_EDUCATION')`)
@Check("ck_team_member_hours", `"hours_per_week" IS NULL OR ("hours_per_week" > 0 AND "hours_per_week" <= 80)`)
export class TeamMember {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_team_member" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_team_member" })
  projectId!: string;

  @Column({ type: "text" })
  name!: string;

  /** "Lægekonsulent", "Jobkonsulent" … */
  @Column({ type: "text" })
  title!: string;

  @Column({ type: "text" })
  competence!: Competence;

  @Column({ type: "boolean", default: false })
  adHoc!: boolean;

  /** The login of the member, so they see the agendas of their meetings. */
  @Column({ type: "uuid", nullable: true })
  userId!: string | null;

  /** Hours a week the member gives the project (set when the user is put in the role); numeric as text. */
  @Column({ type: "numeric", precision: 4, scale: 1, nullable: true })
  hoursPerWeek!: string | null;

  /** Hours at meetings become activity on this line (e.g. "Lægekonsulent honorar v/ca. 50 timer"). */
  @Column({ type: "uuid", nullable: true })
  budgetLineId!: string | null;

  /** The day the membership ended (kept for one who attended a held meeting); not invited to meetings after it. */
  @Column({ type: "date", nullable: true })
  endedOn!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_team_member_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "SET NULL" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_team_member_user" })
  user?: Relation<AppUser>;

  @ManyToOne(() => BudgetLine, { onDelete: "SET NULL" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_team_member_budget_line" },
    { name: "budget_line_id", referencedColumnName: "id" },
  ])
  budgetLine?: Relation<BudgetLine>;
}

export type MeetingStatus = "PLANNED" | "HELD" | "CANCELLED";

/** A meeting of the cross-disciplinary team (every 14 days), with an agenda of at most `maxItems` citizens. */
@Entity({ name: "team_meeting" })
@Index("ix_team_meeting_project", ["projectId", "meetingDate"])
@Check("ck_team_meeting_status", `"status" IN ('PLANNED', 'HELD', 'CANCELLED')`)
@Check("ck_team_meeting_limits", `"max_items" BETWEEN 1 AND 20 AND "minutes_per_item" BETWEEN 5 AND 240`)
export class TeamMeeting {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_team_meeting" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_team_meeting" })
  projectId!: string;

  @Column({ type: "date" })
  meetingDate!: string;

  @Column({ type: "text" })
  status!: MeetingStatus;

  @Column({ type: "integer" })
  maxItems!: number;

  @Column({ type: "integer" })
  minutesPerItem!: number;

  /** The flow plan's date a moved meeting stands for, so generating the plan's meetings does not add it again. */
  @Column({ type: "date", nullable: true })
  plannedDate!: string | null;

  @Column({ type: "text", nullable: true })
  cancelReason!: string | null;

  @Column({ type: "timestamptz", nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: "uuid", nullable: true })
  cancelledBy!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_team_meeting_project" })
  project?: Relation<Project>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "cancelled_by", foreignKeyConstraintName: "fk_team_meeting_cancelled_by" })
  canceller?: Relation<AppUser>;
}

/** A citizen on a meeting's agenda; the meeting is held even if the citizen does not come. */
@Entity({ name: "agenda_item" })
@Unique("uq_agenda_item", ["meetingId", "participantId", "projectId"])
@Index("ix_agenda_item_participant", ["participantId"])
export class AgendaItem {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_agenda_item" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_agenda_item" })
  projectId!: string;

  @Column({ type: "uuid" })
  meetingId!: string;

  @Column({ type: "uuid" })
  participantId!: string;

  @Column({ type: "integer" })
  position!: number;

  /** Whether the citizen came; null until the meeting is held. */
  @Column({ type: "boolean", nullable: true })
  present!: boolean | null;

  /** The team's recommendations (encrypted free text). */
  @Column({ type: "bytea", nullable: true })
  recommendationsEncrypted!: Buffer | null;

  @ManyToOne(() => TeamMeeting, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_agenda_item_meeting" },
    { name: "meeting_id", referencedColumnName: "id" },
  ])
  meeting?: Relation<TeamMeeting>;

  @ManyToOne(() => Participant, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_agenda_item_participant" },
    { name: "participant_id", referencedColumnName: "id" },
  ])
  participant?: Relation<Participant>;
}

/** Who attended a held meeting, for how many hours. */
@Entity({ name: "meeting_attendance" })
export class MeetingAttendance {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_meeting_attendance" })
  meetingId!: string;

  /** The distribution key (packages/db/src/distribution.ts): the project the row belongs to, part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_meeting_attendance" })
  projectId!: string;

  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_meeting_attendance" })
  teamMemberId!: string;

  @Column({ type: "numeric", precision: 6, scale: 2 })
  hours!: string;

  @ManyToOne(() => TeamMeeting, { onDelete: "CASCADE" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_meeting_attendance_meeting" },
    { name: "meeting_id", referencedColumnName: "id" },
  ])
  meeting?: Relation<TeamMeeting>;

  @ManyToOne(() => TeamMember, { onDelete: "RESTRICT" })
  @JoinColumn([
    { name: "project_id", referencedColumnName: "projectId", foreignKeyConstraintName: "fk_meeting_attendance_member" },
    { name: "team_member_id", referencedColumnName: "id" },
  ])
  member?: Relation<TeamMember>;
}
