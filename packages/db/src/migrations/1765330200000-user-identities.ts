import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Single sign-on (issue #16): a user signed in by their organisation's identity provider is linked by the pair
 * (issuer, subject) the provider vouches for, never by a name or an e-mail that may change or be reused. One
 * account has at most one identity per issuer, so a link can never be moved silently to another person.
 */
export class UserIdentities1765330200000 implements MigrationInterface {
  name = "UserIdentities1765330200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_identity" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "issuer" text NOT NULL,
        "subject" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_login_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_user_identity" PRIMARY KEY ("id"),
        CONSTRAINT "uq_user_identity_issuer_subject" UNIQUE ("issuer", "subject"),
        CONSTRAINT "uq_user_identity_user_issuer" UNIQUE ("user_id", "issuer"),
        CONSTRAINT "fk_user_identity_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_identity"`);
  }
}
