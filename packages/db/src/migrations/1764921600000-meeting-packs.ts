import type { MigrationInterface, QueryRunner } from "typeorm";

/** Frozen meeting packs for the styregruppe: append-only, so a pack says the same a year later. */
export class MeetingPacks1764921600000 implements MigrationInterface {
  name = "MeetingPacks1764921600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meeting_pack" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "meeting_date" date NOT NULL, "comments" text NOT NULL DEFAULT '', "figures" jsonb NOT NULL, "closed_by" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pk_meeting_pack" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_pack_project_date" ON "meeting_pack"  ("project_id", "meeting_date") `);
    await queryRunner.query(
      `ALTER TABLE "meeting_pack" ADD CONSTRAINT "fk_meeting_pack_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_pack" ADD CONSTRAINT "fk_meeting_pack_user" FOREIGN KEY ("closed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION forbid_meeting_pack_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'meeting_pack is frozen: close a new pack instead' USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_meeting_pack_frozen BEFORE UPDATE OR DELETE ON "meeting_pack" FOR EACH ROW EXECUTE FUNCTION forbid_meeting_pack_change()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_meeting_pack_frozen" ON "meeting_pack"`);
    await queryRunner.query(`DROP FUNCTION forbid_meeting_pack_change()`);
    await queryRunner.query(`ALTER TABLE "meeting_pack" DROP CONSTRAINT "fk_meeting_pack_user"`);
    await queryRunner.query(`ALTER TABLE "meeting_pack" DROP CONSTRAINT "fk_meeting_pack_project"`);
    await queryRunner.query(`DROP INDEX "public"."uq_meeting_pack_project_date"`);
    await queryRunner.query(`DROP TABLE "meeting_pack"`);
  }
}
