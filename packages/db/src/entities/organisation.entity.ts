import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from "typeorm";

export type OrganisationKind = "KOMMUNE" | "JOBCENTER" | "SOCIALFORVALTNING" | "ANDEN";

@Entity({ name: "organisation" })
@Unique("uq_organisation_name", ["name"])
export class Organisation {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_organisation" })
  id!: string;

  @Column({ type: "text" })
  name!: string;

  @Column({ type: "text" })
  kind!: OrganisationKind;

  /** The municipality (or municipalities, "Ishøj og Vallensbæk") the organisation belongs to. */
  @Column({ type: "text" })
  municipality!: string;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
