import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The national benchmark's last answer from jobindsats.dk per question asked (table, area, period): reference data,
 * not beside any project. Reused for a day; when a later fetch fails, the dashboard shows this row with its date.
 */
@Entity({ name: "benchmark_cache" })
export class BenchmarkCache {
  /** The jobindsats.dk table, e.g. "y14d03". */
  @PrimaryColumn({ type: "text", primaryKeyConstraintName: "pk_benchmark_cache" })
  tableId!: string;

  /** "Hele landet" or the municipality's name, as asked. */
  @PrimaryColumn({ type: "text", primaryKeyConstraintName: "pk_benchmark_cache" })
  area!: string;

  /** The period asked for ("latest"). */
  @PrimaryColumn({ type: "text", primaryKeyConstraintName: "pk_benchmark_cache" })
  periodQuery!: string;

  /** The period the answer covers, as jobindsats.dk names it ("2025QMAT02"). */
  @Column({ type: "text" })
  period!: string;

  /** The rate in percent (numeric, never a float). */
  @Column({ type: "numeric", precision: 6, scale: 2 })
  percent!: string;

  @Column({ type: "timestamptz" })
  fetchedAt!: Date;
}
