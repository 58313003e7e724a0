import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Imports are read in a worker thread as a job the portal follows (issue #14): the job's status, progress and the
 * preview's summary. The file itself and the full preview never reach the database.
 */
export class ImportJobs1765267200000 implements MigrationInterface {
  name = "ImportJobs1765267200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_job" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "project_id" uuid NOT NULL,
        "created_by" uuid NOT NULL,
        "status" text NOT NULL DEFAULT 'QUEUED',
        "progress" integer NOT NULL DEFAULT '0',
        "result" jsonb,
        "error_code" text,
        "error_message" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "finished_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_import_job" PRIMARY KEY ("id"),
        CONSTRAINT "fk_import_job_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_import_job_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "ck_import_job_kind" CHECK ("kind" IN ('PARTICIPANTS', 'BUDGET', 'POSTINGS')),
        CONSTRAINT "ck_import_job_status" CHECK ("status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        CONSTRAINT "ck_import_job_progress" CHECK ("progress" BETWEEN 0 AND 100)
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_import_job_created_by" ON "import_job"("created_by", "created_at")`);
    await queryRunner.query(`CREATE INDEX "ix_import_job_status" ON "import_job"("status", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_import_job_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_import_job_created_by"`);
    await queryRunner.query(`DROP TABLE "import_job"`);
  }
}
