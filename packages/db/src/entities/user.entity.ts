import type { GlobalRole } from "@overblik/domain";
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, VersionColumn, type Relation } from "typeorm";
import { Municipality } from "./municipality.entity.js";
import { Organisation } from "./organisation.entity.js";

@Entity({ name: "app_user" })
@Unique("uq_app_user_email", ["email"])
export class AppUser {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_app_user" })
  id!: string;

  /** Stored lower-case; unique. */
  @Column({ type: "text" })
  email!: string;

  @Column({ type: "text" })
  name!: string;

  /** argon2id hash (PHC string); never leaves the API. */
  @Column({ type: "text" })
  passwordHash!: string;

  @Column({ type: "text", array: true, default: () => "'{}'" })
  globalRoles!: GlobalRole[];

  @Column({ type: "uuid", nullable: true })
  organisationId!: string | null;

  /** The municipality the user works for (kommunekode); decides e.g. whether a leader may create projects. */
  @Column({ type: "text", nullable: true })
  municipalityCode!: string | null;

  @Column({ type: "boolean", default: true })
  active!: boolean;

  /** Set while the user still has the one-time password an administrator (or the first-admin command) gave them. */
  @Column({ type: "boolean", default: false })
  passwordChangeRequired!: boolean;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @ManyToOne(() => Municipality, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "municipality_code", foreignKeyConstraintName: "fk_app_user_municipality" })
  municipality?: Relation<Municipality>;

  @ManyToOne(() => Organisation, { onDelete: "SET NULL" })
  @JoinColumn({ name: "organisation_id", foreignKeyConstraintName: "fk_app_user_organisation" })
  organisation?: Relation<Organisation>;
}
