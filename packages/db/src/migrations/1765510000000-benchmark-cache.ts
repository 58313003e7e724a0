import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The national benchmark's cache (issue #19): jobindsats.dk's last answer per table, area and period asked, with
 * the time it was fetched. Reference data (no project, no person); reused for a day, shown with its date when a
 * later fetch fails.
 */
export class BenchmarkCache1765510000000 implements MigrationInterface {
  name = "BenchmarkCache1765510000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "benchmark_cache" ("table_id" text NOT NULL, "area" text NOT NULL, "period_query" text NOT NULL, "period" text NOT NULL, "percent" numeric(6,2) NOT NULL, "fetched_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "pk_benchmark_cache" PRIMARY KEY ("table_id", "area", "period_query"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "benchmark_cache"`);
  }
}
