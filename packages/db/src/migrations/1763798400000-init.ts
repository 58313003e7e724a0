import type { MigrationInterface, QueryRunner } from "typeorm";

/** Organisations, users and sessions, projects with memberships, budgets with lines and amounts per year. */
export class Init1763798400000 implements MigrationInterface {
  name = "Init1763798400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "municipality" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organisation_name" UNIQUE ("name"), CONSTRAINT "pk_organisation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "global_roles" text array NOT NULL DEFAULT '{}', "organisation_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_app_user_email" UNIQUE ("email"), CONSTRAINT "pk_app_user" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "start_date" date NOT NULL, "end_date" date NOT NULL, "target_size" integer, "status" text NOT NULL, "funding" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_project_code" UNIQUE ("code"), CONSTRAINT "ck_project_period" CHECK ("end_date" >= "start_date"), CONSTRAINT "ck_project_status" CHECK ("status" IN ('PLANNED', 'ACTIVE', 'ENDED')), CONSTRAINT "pk_project" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_organisation" ("project_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, CONSTRAINT "pk_project_organisation" PRIMARY KEY ("project_id", "organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "project_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_project_membership" UNIQUE ("project_id", "user_id", "role"), CONSTRAINT "ck_project_membership_role" CHECK ("role" IN ('STYREGRUPPE', 'LEADER', 'TOVHOLDER', 'CASEWORKER', 'TEAM_MEMBER')), CONSTRAINT "pk_project_membership" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_project_membership_user" ON "project_membership"("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "budget" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "price_level_year" integer, "start_year" integer NOT NULL, "end_year" integer NOT NULL, "status" text NOT NULL, "note" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_budget_years" CHECK ("end_year" >= "start_year"), CONSTRAINT "ck_budget_status" CHECK ("status" IN ('DRAFT', 'APPROVED')), CONSTRAINT "pk_budget" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_budget_project" ON "budget"("project_id")`);
    await queryRunner.query(
      `CREATE TABLE "budget_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "budget_id" uuid NOT NULL, "side" text NOT NULL, "name" text NOT NULL, "category" text, "note" text, "sort_order" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_budget_line_side" CHECK ("side" IN ('INCOME', 'EXPENSE')), CONSTRAINT "pk_budget_line" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_budget_line_budget" ON "budget_line"("budget_id", "sort_order")`);
    await queryRunner.query(
      `CREATE TABLE "budget_line_amount" ("budget_line_id" uuid NOT NULL, "year" integer NOT NULL, "amount_ore" bigint NOT NULL, CONSTRAINT "pk_budget_line_amount" PRIMARY KEY ("budget_line_id", "year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "competence_pool" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "amount_ore" bigint NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_competence_pool" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_competence_pool_project" ON "competence_pool"("project_id")`);
    await queryRunner.query(
      `CREATE TABLE "user_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_user_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_user_session_user" ON "user_session"("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_organisation" ADD CONSTRAINT "fk_project_organisation_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_organisation" ADD CONSTRAINT "fk_project_organisation_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_membership" ADD CONSTRAINT "fk_project_membership_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_membership" ADD CONSTRAINT "fk_project_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget" ADD CONSTRAINT "fk_budget_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_line" ADD CONSTRAINT "fk_budget_line_budget" FOREIGN KEY ("budget_id") REFERENCES "budget"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "budget_line_amount" ADD CONSTRAINT "fk_budget_line_amount_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "competence_pool" ADD CONSTRAINT "fk_competence_pool_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_session" ADD CONSTRAINT "fk_user_session_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_session" DROP CONSTRAINT "fk_user_session_user"`);
    await queryRunner.query(`ALTER TABLE "competence_pool" DROP CONSTRAINT "fk_competence_pool_project"`);
    await queryRunner.query(`ALTER TABLE "budget_line_amount" DROP CONSTRAINT "fk_budget_line_amount_line"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP CONSTRAINT "fk_budget_line_budget"`);
    await queryRunner.query(`ALTER TABLE "budget" DROP CONSTRAINT "fk_budget_project"`);
    await queryRunner.query(`ALTER TABLE "project_membership" DROP CONSTRAINT "fk_project_membership_user"`);
    await queryRunner.query(`ALTER TABLE "project_membership" DROP CONSTRAINT "fk_project_membership_project"`);
    await queryRunner.query(`ALTER TABLE "project_organisation" DROP CONSTRAINT "fk_project_organisation_organisation"`);
    await queryRunner.query(`ALTER TABLE "project_organisation" DROP CONSTRAINT "fk_project_organisation_project"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_session_user"`);
    await queryRunner.query(`DROP TABLE "user_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_competence_pool_project"`);
    await queryRunner.query(`DROP TABLE "competence_pool"`);
    await queryRunner.query(`DROP TABLE "budget_line_amount"`);
    await queryRunner.query(`DROP INDEX "public"."ix_budget_line_budget"`);
    await queryRunner.query(`DROP TABLE "budget_line"`);
    await queryRunner.query(`DROP INDEX "public"."ix_budget_project"`);
    await queryRunner.query(`DROP TABLE "budget"`);
    await queryRunner.query(`DROP INDEX "public"."ix_project_membership_user"`);
    await queryRunner.query(`DROP TABLE "project_membership"`);
    await queryRunner.query(`DROP TABLE "project_organisation"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
