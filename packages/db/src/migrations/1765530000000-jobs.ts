import type { MigrationInterface, QueryRunner } from "typeorm";

const CREATE_IMPORT_JOB = `CREATE TABLE "import_job" (
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
)`;

/**
 * One job mechanism for every process (issue #20): import_job becomes the general `job` table, taken by any API
 * process or `npm run worker` with FOR UPDATE SKIP LOCKED under a lease (apps/api/src/modules/jobs). A small table
 * of our own rather than pg-boss or graphile-worker: both create and migrate their own schema outside our
 * migrations, and we need a lease-guarded commit of the job's effect, which is three statements here.
 * The finished import jobs move over (their summaries); jobs still running belong to the old process and are
 * marked FAILED, as that process's restart would have done.
 */
export class Jobs1765530000000 implements MigrationInterface {
  name = "Jobs1765530000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" text NOT NULL,
        "project_id" uuid,
        "created_by" uuid,
        "status" text NOT NULL DEFAULT 'QUEUED',
        "progress" integer NOT NULL DEFAULT '0',
        "payload" jsonb,
        "input" bytea,
        "output" bytea,
        "result" jsonb,
        "error_code" text,
        "error_message" text,
        "attempts" integer NOT NULL DEFAULT '0',
        "max_attempts" integer NOT NULL DEFAULT '2',
        "singleton_key" text,
        "locked_by" text,
        "locked_until" TIMESTAMP WITH TIME ZONE,
        "heartbeat_at" TIMESTAMP WITH TIME ZONE,
        "version" integer NOT NULL DEFAULT '1',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "started_at" TIMESTAMP WITH TIME ZONE,
        "finished_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_job" PRIMARY KEY ("id"),
        CONSTRAINT "uq_job_singleton" UNIQUE ("singleton_key"),
        CONSTRAINT "fk_job_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_job_created_by" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE CASCADE,
        CONSTRAINT "ck_job_kind" CHECK ("kind" IN ('IMPORT_PARTICIPANTS', 'IMPORT_BUDGET', 'IMPORT_POSTINGS', 'ACCESS_LOG_RETENTION', 'EXPORT_DASHBOARD')),
        CONSTRAINT "ck_job_status" CHECK ("status" IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        CONSTRAINT "ck_job_progress" CHECK ("progress" BETWEEN 0 AND 100)
      )`,
    );
    await queryRunner.query(`CREATE INDEX "ix_job_claim" ON "job"("status", "created_at")`);
    await queryRunner.query(`CREATE INDEX "ix_job_created_by" ON "job"("created_by", "created_at")`);
    await queryRunner.query(
      `INSERT INTO "job" ("id", "kind", "project_id", "created_by", "status", "progress", "result", "error_code", "error_message", "created_at", "finished_at")
       SELECT "id", 'IMPORT_' || "kind", "project_id", "created_by",
              CASE WHEN "status" IN ('QUEUED', 'RUNNING') THEN 'FAILED' ELSE "status" END, "progress", "result",
              CASE WHEN "status" IN ('QUEUED', 'RUNNING') THEN 'TIMEOUT' ELSE "error_code" END,
              CASE WHEN "status" IN ('QUEUED', 'RUNNING') THEN 'Importen blev afbrudt, da serveren blev opdateret. Start importen igen.' ELSE "error_message" END,
              "created_at", COALESCE("finished_at", CASE WHEN "status" IN ('QUEUED', 'RUNNING') THEN now() END)
         FROM "import_job"`,
    );
    await queryRunner.query(`DROP TABLE "import_job"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CREATE_IMPORT_JOB);
    await queryRunner.query(`CREATE INDEX "ix_import_job_created_by" ON "import_job"("created_by", "created_at")`);
    await queryRunner.query(`CREATE INDEX "ix_import_job_status" ON "import_job"("status", "created_at")`);
    await queryRunner.query(
      `INSERT INTO "import_job" ("id", "kind", "project_id", "created_by", "status", "progress", "result", "error_code", "error_message", "created_at", "finished_at")
       SELECT "id", substr("kind", 8), "project_id", "created_by", "status", "progress", "result", "error_code", "error_message", "created_at", "finished_at"
         FROM "job" WHERE "kind" LIKE 'IMPORT\\_%' AND "project_id" IS NOT NULL AND "created_by" IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_job_created_by"`);
    await queryRunner.query(`DROP INDEX "public"."ix_job_claim"`);
    await queryRunner.query(`DROP TABLE "job"`);
  }
}
