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
