import type { MigrationInterface, QueryRunner } from "typeorm";

/** Action plans: the catalogue of interventions, plan items by month, alerts from the units, outcomes, study groups. */
export class ActionPlans1764316800000 implements MigrationInterface {
  name = "ActionPlans1764316800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "intervention" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "area" text NOT NULL, "supplier" text NOT NULL, "unit" text NOT NULL, "unit_cost_ore" bigint, "profiles" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_intervention_area" CHECK ("area" IN ('EMPLOYMENT', 'SOCIAL', 'HEALTH')), CONSTRAINT "pk_intervention" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_intervention_project" ON "intervention"("project_id", "name")`);
    await queryRunner.query(
      `CREATE TABLE "action_plan_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "intervention_id" uuid NOT NULL, "responsible_unit" text NOT NULL, "start_month" date NOT NULL, "end_month" date NOT NULL, "status" text NOT NULL, "job_or_education_aim" boolean NOT NULL DEFAULT false, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_action_plan_item_months" CHECK ("end_month" >= "start_month"), CONSTRAINT "ck_action_plan_item_status" CHECK ("status" IN ('PLANNED', 'IN_PROGRESS', 'INTERRUPTED', 'COMPLETED')), CONSTRAINT "pk_action_plan_item" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_action_plan_item_participant" ON "action_plan_item"("participant_id", "start_month")`);
    await queryRunner.query(
      `CREATE TABLE "plan_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "action_plan_item_id" uuid NOT NULL, "reported_by_unit" text NOT NULL, "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "message_encrypted" bytea, "follow_up_encrypted" bytea, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, CONSTRAINT "pk_plan_alert" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_plan_alert_project_open" ON "plan_alert"("project_id", "resolved_at")`);
    await queryRunner.query(
      `CREATE TABLE "outcome" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "kind" text NOT NULL, "outcome_date" date NOT NULL, "hours_per_week" numeric(6,2), "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_outcome_kind" CHECK ("kind" IN ('JOB', 'EDUCATION', 'REMATCHED_2', 'PASSIVE', 'PENSION_RECOMMENDED')), CONSTRAINT "pk_outcome" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_outcome_participant" ON "outcome"("participant_id", "outcome_date")`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "study_group" text`);
    await queryRunner.query(`ALTER TABLE "participant" ADD "keep_in_team_queue" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "intervention" ADD CONSTRAINT "fk_intervention_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plan_item" ADD CONSTRAINT "fk_action_plan_item_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_plan_item" ADD CONSTRAINT "fk_action_plan_item_intervention" FOREIGN KEY ("intervention_id") REFERENCES "intervention"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_alert" ADD CONSTRAINT "fk_plan_alert_item" FOREIGN KEY ("action_plan_item_id") REFERENCES "action_plan_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "outcome" ADD CONSTRAINT "fk_outcome_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outcome" DROP CONSTRAINT "fk_outcome_participant"`);
    await queryRunner.query(`ALTER TABLE "plan_alert" DROP CONSTRAINT "fk_plan_alert_item"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP CONSTRAINT "fk_action_plan_item_intervention"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP CONSTRAINT "fk_action_plan_item_participant"`);
    await queryRunner.query(`ALTER TABLE "intervention" DROP CONSTRAINT "fk_intervention_project"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "keep_in_team_queue"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "study_group"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outcome_participant"`);
    await queryRunner.query(`DROP TABLE "outcome"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_alert_project_open"`);
    await queryRunner.query(`DROP TABLE "plan_alert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_action_plan_item_participant"`);
    await queryRunner.query(`DROP TABLE "action_plan_item"`);
    await queryRunner.query(`DROP INDEX "public"."ix_intervention_project"`);
    await queryRunner.query(`DROP TABLE "intervention"`);
  }
}
