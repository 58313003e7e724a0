import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn, type Relation } from "typeorm";
import { Project } from "./project.entity.js";

/**
 * The inputs of a project's capacity plan, as its documents state them ("samtaler 1.9.–21.12.,
 * teamet i drift 1.10.2012–1.8.2013 hver 14. dag, ½ time pr. borger, 4–5 borgere pr. møde").
 */
@Entity({ name: "project_flow_plan" })
@Check(
  "ck_project_flow_plan_limits",
  `"meeting_interval_days" BETWEEN 1 AND 90 AND "max_citizens_per_meeting" BETWEEN 1 AND 20 AND "minutes_per_citizen" BETWEEN 5 AND 240 AND "conversation_end" >= "conversation_start" AND "team_end" >= "team_start"`,
)
export class ProjectFlowPlan {
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_project_flow_plan" })
  projectId!: string;

  @Column({ type: "date" })
  conversationStart!: string;

  @Column({ type: "date" })
  conversationEnd!: string;

  @Column({ type: "date" })
  teamStart!: string;

  @Column({ type: "date" })
  teamEnd!: string;

  @Column({ type: "integer" })
  meetingIntervalDays!: number;

  @Column({ type: "integer" })
  minutesPerCitizen!: number;

  @Column({ type: "integer" })
  maxCitizensPerMeeting!: number;

  @VersionColumn({ default: 1 })
  version!: number;

  @OneToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_project_flow_plan_project" })
  project?: Relation<Project>;
}

/** A milestone of the project's timeline (tidsplan). */
@Entity({ name: "milestone" })
@Index("ix_milestone_project", ["projectId", "dueDate"])
export class Milestone {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_milestone" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_milestone" })
  projectId!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "date" })
  dueDate!: string;

  @Column({ type: "text", default: "" })
  responsible!: string;

  @Column({ type: "date", nullable: true })
  doneDate!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_milestone_project" })
  project?: Relation<Project>;
}

export type GoalIndicator = "ACTION_PLAN_JOB_AIM" | "COMPANY_PLACEMENT" | "JOB_OR_EDUCATION" | "REMATCHED";

/**
 * A goal of the project: an indicator computed from the events, with a target and a baseline (in percent).
 * The target is a share (percent of the citizens in the flow) or a count of citizens, never both.
 */
@Entity({ name: "project_goal" })
@Index("ix_project_goal_project", ["projectId"])
@Check("ck_project_goal_indicator", `"indicator" IN ('ACTION_PLAN_JOB_AIM', 'COMPANY_PLACEMENT', 'JOB_OR_EDUCATION', 'REMATCHED')`)
@Check(
  "ck_project_goal_target",
  `("target_percent" IS NULL) <> ("target_count" IS NULL) AND ("target_percent" IS NULL OR "target_percent" BETWEEN 0 AND 100) AND ("target_count" IS NULL OR "target_count" >= 0) AND ("baseline_percent" IS NULL OR "baseline_percent" BETWEEN 0 AND 100)`,
)
export class ProjectGoal {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_project_goal" })
  id!: string;

  /** The distribution key (packages/db/src/distribution.ts), part of the primary key. */
  @PrimaryColumn({ type: "uuid", primaryKeyConstraintName: "pk_project_goal" })
  projectId!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "text" })
  indicator!: GoalIndicator;

  @Column({ type: "integer", nullable: true })
  targetPercent!: number | null;

  @Column({ type: "integer", nullable: true })
  targetCount!: number | null;

  @Column({ type: "integer", nullable: true })
  baselinePercent!: number | null;

  @Column({ type: "date", nullable: true })
  targetDate!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_project_goal_project" })
  project?: Relation<Project>;
}
