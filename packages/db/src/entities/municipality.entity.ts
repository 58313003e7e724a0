import { Check, Column, Entity, PrimaryColumn, Unique } from "typeorm";

/** A Danish municipality (reference data: the 98, by their official kommunekode). */
@Entity({ name: "municipality" })
@Unique("uq_municipality_name", ["name"])
@Check("ck_municipality_code", `"code" ~ '^[0-9]{3}$'`)
export class Municipality {
  /** The three-digit kommunekode ("183" Ishøj). */
  @PrimaryColumn({ type: "text", primaryKeyConstraintName: "pk_municipality" })
  code!: string;

  @Column({ type: "text" })
  name!: string;

  /** Whether a user of this municipality who leads a project may create further projects themselves. */
  @Column({ type: "boolean", default: false })
  leadersMayCreateProjects!: boolean;
}
