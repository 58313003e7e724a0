import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trail of users and roles (who changed which user, when, and what), append-only like the access log.
 * The new global role MUNICIPALITY_ADMIN needs no change here: app_user.global_roles is a text array without a
 * check, and the API keeps only the roles it knows.
 */
export class UserAudit1765310400000 implements MigrationInterface {
  name = "UserAudit1765310400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_audit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "source" text NOT NULL, "user_id" uuid NOT NULL, "action" text NOT NULL, "project_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "ck_user_audit_action" CHECK ("action" IN ('USER_CREATED', 'USER_DEACTIVATED', 'USER_REACTIVATED', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'ROLES_CHANGED', 'MUNICIPALITY_CHANGED', 'PROJECT_ROLE_ADDED', 'PROJECT_ROLE_REMOVED')), CONSTRAINT "ck_user_audit_actor" CHECK (("source" = 'API' AND "actor_id" IS NOT NULL) OR ("source" IN ('KOMMANDOLINJE', 'OIDC') AND "actor_id" IS NULL)), CONSTRAINT "pk_user_audit" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_user_audit_user" ON "user_audit" ("user_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "ix_user_audit_occurred" ON "user_audit" ("occurred_at") `);
    await queryRunner.query(
      `ALTER TABLE "user_audit" ADD CONSTRAINT "fk_user_audit_actor" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_audit" ADD CONSTRAINT "fk_user_audit_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_audit" ADD CONSTRAINT "fk_user_audit_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_audit"`);
  }
}
