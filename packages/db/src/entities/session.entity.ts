import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { AppUser } from "./user.entity.js";

/** A login session. The signed token names it; logging out revokes it in every API process. */
@Entity({ name: "user_session" })
@Index("ix_user_session_user", ["userId"])
export class UserSession {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_user_session" })
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt!: Date | null;

  @ManyToOne(() => AppUser, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_user_session_user" })
  user?: Relation<AppUser>;
}

/** A developer's personal access token for the playground: stored as a SHA-256 hash, shown once, carrying the user's own roles. */
@Entity({ name: "personal_access_token" })
@Index("ix_personal_access_token_user", ["userId"])
@Index("uq_personal_access_token_hash", ["tokenHash"], { unique: true })
export class PersonalAccessToken {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_personal_access_token" })
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "bytea" })
  tokenHash!: Buffer;

  /** The first characters, so the owner can tell tokens apart ("ovb_Ab12…"). */
  @Column({ type: "text" })
  prefix!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Column({ type: "timestamptz" })
  expiresAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt!: Date | null;

  @Column({ type: "timestamptz", nullable: true })
  lastUsedAt!: Date | null;

  @ManyToOne(() => AppUser, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_personal_access_token_user" })
  user?: Relation<AppUser>;
}
