import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Project } from "./project.entity.js";
import { AppUser } from "./user.entity.js";

/** What happened to a user (the codes the audit trail knows; the portal has a Danish label for each). */
export type UserAuditAction =
  | "USER_CREATED"
  | "USER_DEACTIVATED"
  | "USER_REACTIVATED"
  | "PASSWORD_RESET"
  | "PASSWORD_CHANGED"
  | "ROLES_CHANGED"
  | "MUNICIPALITY_CHANGED"
  | "PROJECT_ROLE_ADDED"
  | "PROJECT_ROLE_REMOVED";

export const USER_AUDIT_ACTIONS: readonly UserAuditAction[] = [
  "USER_CREATED",
  "USER_DEACTIVATED",
  "USER_REACTIVATED",
  "PASSWORD_RESET",
  "PASSWORD_CHANGED",
  "ROLES_CHANGED",
  "MUNICIPALITY_CHANGED",
  "PROJECT_ROLE_ADDED",
  "PROJECT_ROLE_REMOVED",
];

/** Who made a change: a logged-in user through the API, or someone at the server's command line (no user). */
/** API: a user's change (actor_id); KOMMANDOLINJE: the first-administrator command; OIDC: the organisation's sign-in (roles from its groups, a user created on first login). */
export type UserAuditSource = "API" | "KOMMANDOLINJE" | "OIDC";

/**
 * One change of a user or of their roles: who, when, which user and what (append-only; the application never
 * updates or deletes a row). `details` holds codes and role lists before/after — never a password or free text.
 */
@Entity({ name: "user_audit" })
@Index("ix_user_audit_user", ["userId", "occurredAt"])
@Index("ix_user_audit_occurred", ["occurredAt"])
@Check(
  "ck_user_audit_action",
  `"action" IN ('USER_CREATED', 'USER_DEACTIVATED', 'USER_REACTIVATED', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'ROLES_CHANGED', 'MUNICIPALITY_CHANGED', 'PROJECT_ROLE_ADDED', 'PROJECT_ROLE_REMOVED')`,
)
@Check("ck_user_audit_actor", `("source" = 'API' AND "actor_id" IS NOT NULL) OR ("source" IN ('KOMMANDOLINJE', 'OIDC') AND "actor_id" IS NULL)`)
export class UserAuditEntry {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_user_audit" })
  id!: string;

  @CreateDateColumn({ type: "timestamptz" })
  occurredAt!: Date;

  /** The user who made the change; null when it came from the command line. */
  @Column({ type: "uuid", nullable: true })
  actorId!: string | null;

  @Column({ type: "text" })
  source!: UserAuditSource;

  /** The user the change is about. */
  @Column({ type: "uuid" })
  userId!: string;

  @Column({ type: "text" })
  action!: UserAuditAction;

  /** The project, for a change of a project role. */
  @Column({ type: "uuid", nullable: true })
  projectId!: string | null;

  @Column({ type: "jsonb", default: () => "'{}'" })
  details!: Record<string, unknown>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "actor_id", foreignKeyConstraintName: "fk_user_audit_actor" })
  actor?: Relation<AppUser>;

  @ManyToOne(() => AppUser, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_user_audit_user" })
  user?: Relation<AppUser>;

  @ManyToOne(() => Project, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "project_id", foreignKeyConstraintName: "fk_user_audit_project" })
  project?: Relation<Project>;
}
