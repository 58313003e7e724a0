import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Finance exports as they come (issue #19): the leader's mapping per project and source, and the project's rules
 * from account string to budget line. Both versioned; project_id in every unique constraint.
 */
export class FinanceMappings1765500000000 implements MigrationInterface {
  name = "FinanceMappings1765500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "finance_import_mapping" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "source" text NOT NULL, "mapping" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_finance_import_mapping" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_finance_import_mapping_source" ON "finance_import_mapping" ("project_id", "source") `);
    await queryRunner.query(
      `ALTER TABLE "finance_import_mapping" ADD CONSTRAINT "fk_finance_import_mapping_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finance_import_mapping" ADD CONSTRAINT "fk_finance_import_mapping_user" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "finance_account_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "rules" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_finance_account_rules" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_finance_account_rules_project" ON "finance_account_rules" ("project_id") `);
    await queryRunner.query(
      `ALTER TABLE "finance_account_rules" ADD CONSTRAINT "fk_finance_account_rules_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finance_account_rules" ADD CONSTRAINT "fk_finance_account_rules_user" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "finance_account_rules"`);
    await queryRunner.query(`DROP TABLE "finance_import_mapping"`);
  }
}
