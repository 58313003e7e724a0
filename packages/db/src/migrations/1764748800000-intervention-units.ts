import type { MigrationInterface, QueryRunner } from "typeorm";

/** Intervention units as budget activity: the catalogue's line per intervention, units delivered per plan item. */
export class InterventionUnits1764748800000 implements MigrationInterface {
  name = "InterventionUnits1764748800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intervention" ADD "budget_line_id" uuid`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" ADD "units_delivered" numeric(14,2) NOT NULL DEFAULT '0'`);
    await queryRunner.query(
      `ALTER TABLE "budget_line" ADD CONSTRAINT "ck_budget_line_activity_source" CHECK ("activity_source" IN ('CONVERSATIONS_HELD', 'TEAM_HOURS', 'INTERVENTION_UNITS'))`,
    );
    await queryRunner.query(`ALTER TABLE "action_plan_item" ADD CONSTRAINT "ck_action_plan_item_units" CHECK ("units_delivered" >= 0)`);
    await queryRunner.query(
      `ALTER TABLE "intervention" ADD CONSTRAINT "fk_intervention_budget_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "intervention" DROP CONSTRAINT "fk_intervention_budget_line"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP CONSTRAINT "ck_action_plan_item_units"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "ck_budget_line_activity_source"`);
    await queryRunner.query(`ALTER TABLE "action_plan_item" DROP COLUMN "units_delivered"`);
    await queryRunner.query(`ALTER TABLE "intervention" DROP COLUMN "budget_line_id"`);
  }
}
