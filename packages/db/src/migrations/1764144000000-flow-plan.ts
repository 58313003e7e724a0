import type { MigrationInterface, QueryRunner } from "typeorm";

/** The flow's plan: the capacity plan's inputs per project, and the project's milestones (tidsplan). */
export class FlowPlan1764144000000 implements MigrationInterface {
  name = "FlowPlan1764144000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "project_flow_plan" ("project_id" uuid NOT NULL, "conversation_start" date NOT NULL, "conversation_end" date NOT NULL, "team_start" date NOT NULL, "team_end" date NOT NULL, "meeting_interval_days" integer NOT NULL, "minutes_per_citizen" integer NOT NULL, "max_citizens_per_meeting" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_project_flow_plan" PRIMARY KEY ("project_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "milestone" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "due_date" date NOT NULL, "responsible" text NOT NULL DEFAULT '', "done_date" date, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_milestone" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_milestone_project" ON "milestone"("project_id", "due_date")`);
    await queryRunner.query(
      `ALTER TABLE "project_flow_plan" ADD CONSTRAINT "fk_project_flow_plan_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "milestone" ADD CONSTRAINT "fk_milestone_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "milestone" DROP CONSTRAINT "fk_milestone_project"`);
    await queryRunner.query(`ALTER TABLE "project_flow_plan" DROP CONSTRAINT "fk_project_flow_plan_project"`);
    await queryRunner.query(`DROP INDEX "public"."ix_milestone_project"`);
    await queryRunner.query(`DROP TABLE "milestone"`);
    await queryRunner.query(`DROP TABLE "project_flow_plan"`);
  }
}
