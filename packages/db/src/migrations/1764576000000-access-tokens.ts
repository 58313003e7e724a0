import type { MigrationInterface, QueryRunner } from "typeorm";

/** Personal access tokens for the playground, stored hashed. */
export class AccessTokens1764576000000 implements MigrationInterface {
  name = "AccessTokens1764576000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "personal_access_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" text NOT NULL, "token_hash" bytea NOT NULL, "prefix" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_personal_access_token" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_personal_access_token_hash" ON "personal_access_token"("token_hash")`);
    await queryRunner.query(`CREATE INDEX "ix_personal_access_token_user" ON "personal_access_token"("user_id")`);
    await queryRunner.query(
      `ALTER TABLE "personal_access_token" ADD CONSTRAINT "fk_personal_access_token_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "personal_access_token" DROP CONSTRAINT "fk_personal_access_token_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_personal_access_token_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_personal_access_token_hash"`);
    await queryRunner.query(`DROP TABLE "personal_access_token"`);
  }
}
