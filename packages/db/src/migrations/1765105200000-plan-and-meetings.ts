import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Goals, milestones, the flow plan and team meetings are written in the product: a goal's target is a share
 * (percent) or a count, never both, with a target date and a version; the flow plan's inputs are kept within
 * what the team meetings allow; a team meeting keeps the plan's date it stands for when it is moved (so
 * "Opret møder efter forløbsplanen" does not create it again) and, when cancelled, the reason, who and when.
 */
export class PlanAndMeetings1765105200000 implements MigrationInterface {
  name = "PlanAndMeetings1765105200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "project_goal" ALTER COLUMN "target_percent" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "project_goal" ADD "target_count" integer`);
    await queryRunner.query(`ALTER TABLE "project_goal" ADD "target_date" date`);
    await queryRunner.query(`ALTER TABLE "project_goal" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(
      `ALTER TABLE "project_goal" ADD CONSTRAINT "ck_project_goal_target" CHECK (("target_percent" IS NULL) <> ("target_count" IS NULL) AND ("target_percent" IS NULL OR "target_percent" BETWEEN 0 AND 100) AND ("target_count" IS NULL OR "target_count" >= 0) AND ("baseline_percent" IS NULL OR "baseline_percent" BETWEEN 0 AND 100))`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_flow_plan" ADD CONSTRAINT "ck_project_flow_plan_limits" CHECK ("meeting_interval_days" BETWEEN 1 AND 90 AND "max_citizens_per_meeting" BETWEEN 1 AND 20 AND "minutes_per_citizen" BETWEEN 5 AND 240 AND "conversation_end" >= "conversation_start" AND "team_end" >= "team_start")`,
    );
    await queryRunner.query(`ALTER TABLE "team_meeting" ADD "planned_date" date`);
    await queryRunner.query(`ALTER TABLE "team_meeting" ADD "cancel_reason" text`);
    await queryRunner.query(`ALTER TABLE "team_meeting" ADD "cancelled_at" timestamptz`);
    await queryRunner.query(`ALTER TABLE "team_meeting" ADD "cancelled_by" uuid`);
    await queryRunner.query(
      `ALTER TABLE "team_meeting" ADD CONSTRAINT "fk_team_meeting_cancelled_by" FOREIGN KEY ("cancelled_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "team_meeting" DROP CONSTRAINT "fk_team_meeting_cancelled_by"`);
    await queryRunner.query(`ALTER TABLE "team_meeting" DROP COLUMN "cancelled_by"`);
    await queryRunner.query(`ALTER TABLE "team_meeting" DROP COLUMN "cancelled_at"`);
    await queryRunner.query(`ALTER TABLE "team_meeting" DROP COLUMN "cancel_reason"`);
    await queryRunner.query(`ALTER TABLE "team_meeting" DROP COLUMN "planned_date"`);
    await queryRunner.query(`ALTER TABLE "project_flow_plan" DROP CONSTRAINT "ck_project_flow_plan_limits"`);
    await queryRunner.query(`ALTER TABLE "project_goal" DROP CONSTRAINT "ck_project_goal_target"`);
    await queryRunner.query(`ALTER TABLE "project_goal" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "project_goal" DROP COLUMN "target_date"`);
    await queryRunner.query(`ALTER TABLE "project_goal" DROP COLUMN "target_count"`);
    await queryRunner.query(`DELETE FROM "project_goal" WHERE "target_percent" IS NULL`);
    await queryRunner.query(`ALTER TABLE "project_goal" ALTER COLUMN "target_percent" SET NOT NULL`);
  }
}
