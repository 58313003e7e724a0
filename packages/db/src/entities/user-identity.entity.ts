import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from "typeorm";
import { AppUser } from "./user.entity.js";

/** An account at an OpenID Connect provider linked to an Overblik user: (issuer, subject) as the provider vouches for it. */
@Entity({ name: "user_identity" })
@Unique("uq_user_identity_issuer_subject", ["issuer", "subject"])
@Unique("uq_user_identity_user_issuer", ["userId", "issuer"])
export class UserIdentity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_user_identity" })
  id!: string;

  @Column({ type: "uuid" })
  userId!: string;

  /** The provider's issuer identifier, exactly as its discovery document and ID tokens state it. */
  @Column({ type: "text" })
  issuer!: string;

  /** The provider's `sub` for the person: stable and never reassigned (unlike an e-mail address). */
  @Column({ type: "text" })
  subject!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  lastLoginAt!: Date | null;

  @ManyToOne(() => AppUser, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id", foreignKeyConstraintName: "fk_user_identity_user" })
  user?: Relation<AppUser>;
}
