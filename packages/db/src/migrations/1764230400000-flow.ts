import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The coordination flow: initial conversations, preparation forms, the cross-disciplinary team, its
 * meetings with agendas and attendance, and which flow events count as a budget line's activity.
 */
export class Flow1764230400000 implements MigrationInterface {
  name = "Flow1764230400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conversation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "holder_kind" text NOT NULL, "holder_id" uuid, "scheduled_date" date NOT NULL, "status" text NOT NULL, "held_date" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_conversation_status" CHECK ("status" IN ('SCHEDULED', 'HELD', 'NO_SHOW', 'CANCELLED')), CONSTRAINT "ck_conversation_holder" CHECK ("holder_kind" IN ('JC_CASEWORKER', 'TOVHOLDER')), CONSTRAINT "pk_conversation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_conversation_project_held" ON "conversation"("project_id", "held_date")`);
    await queryRunner.query(`CREATE INDEX "ix_conversation_participant" ON "conversation"("participant_id", "scheduled_date")`);
    await queryRunner.query(
      `CREATE TABLE "preparation_form" ("participant_id" uuid NOT NULL, "wishes_encrypted" bytea, "themes" text array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "pk_preparation_form" PRIMARY KEY ("participant_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "team_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "name" text NOT NULL, "title" text NOT NULL, "competence" text NOT NULL, "ad_hoc" boolean NOT NULL DEFAULT false, "user_id" uuid, "budget_line_id" uuid, CONSTRAINT "ck_team_member_competence" CHECK ("competence" IN ('EMPLOYMENT', 'SOCIAL', 'PHYSICAL_HEALTH', 'MENTAL_HEALTH', 'YOUTH_EDUCATION')), CONSTRAINT "pk_team_member" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_team_member_project" ON "team_member"("project_id")`);
    await queryRunner.query(
      `CREATE TABLE "team_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "meeting_date" date NOT NULL, "status" text NOT NULL, "max_items" integer NOT NULL, "minutes_per_item" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_team_meeting_limits" CHECK ("max_items" BETWEEN 1 AND 20 AND "minutes_per_item" BETWEEN 5 AND 240), CONSTRAINT "ck_team_meeting_status" CHECK ("status" IN ('PLANNED', 'HELD', 'CANCELLED')), CONSTRAINT "pk_team_meeting" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_team_meeting_project" ON "team_meeting"("project_id", "meeting_date")`);
    await queryRunner.query(
      `CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "position" integer NOT NULL, "present" boolean, "recommendations_encrypted" bytea, CONSTRAINT "uq_agenda_item" UNIQUE ("meeting_id", "participant_id"), CONSTRAINT "pk_agenda_item" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_agenda_item_participant" ON "agenda_item"("participant_id")`);
    await queryRunner.query(
      `CREATE TABLE "meeting_attendance" ("meeting_id" uuid NOT NULL, "team_member_id" uuid NOT NULL, "hours" numeric(6,2) NOT NULL, CONSTRAINT "pk_meeting_attendance" PRIMARY KEY ("meeting_id", "team_member_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "budget_line" ADD "activity_source" text`);
    await queryRunner.query(
      `ALTER TABLE "conversation" ADD CONSTRAINT "fk_conversation_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation" ADD CONSTRAINT "fk_conversation_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversation" ADD CONSTRAINT "fk_conversation_holder" FOREIGN KEY ("holder_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "preparation_form" ADD CONSTRAINT "fk_preparation_form_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_member" ADD CONSTRAINT "fk_team_member_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_member" ADD CONSTRAINT "fk_team_member_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_member" ADD CONSTRAINT "fk_team_member_budget_line" FOREIGN KEY ("budget_line_id") REFERENCES "budget_line"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_meeting" ADD CONSTRAINT "fk_team_meeting_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_meeting" FOREIGN KEY ("meeting_id") REFERENCES "team_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_item" ADD CONSTRAINT "fk_agenda_item_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "fk_meeting_attendance_meeting" FOREIGN KEY ("meeting_id") REFERENCES "team_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "fk_meeting_attendance_member" FOREIGN KEY ("team_member_id") REFERENCES "team_member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "fk_meeting_attendance_member"`);
    await queryRunner.query(`ALTER TABLE "meeting_attendance" DROP CONSTRAINT "fk_meeting_attendance_meeting"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_participant"`);
    await queryRunner.query(`ALTER TABLE "agenda_item" DROP CONSTRAINT "fk_agenda_item_meeting"`);
    await queryRunner.query(`ALTER TABLE "team_meeting" DROP CONSTRAINT "fk_team_meeting_project"`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "fk_team_member_budget_line"`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "fk_team_member_user"`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "fk_team_member_project"`);
    await queryRunner.query(`ALTER TABLE "preparation_form" DROP CONSTRAINT "fk_preparation_form_participant"`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "fk_conversation_holder"`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "fk_conversation_participant"`);
    await queryRunner.query(`ALTER TABLE "conversation" DROP CONSTRAINT "fk_conversation_project"`);
    await queryRunner.query(`ALTER TABLE "budget_line" DROP COLUMN "activity_source"`);
    await queryRunner.query(`DROP TABLE "meeting_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agenda_item_participant"`);
    await queryRunner.query(`DROP TABLE "agenda_item"`);
    await queryRunner.query(`DROP INDEX "public"."ix_team_meeting_project"`);
    await queryRunner.query(`DROP TABLE "team_meeting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_team_member_project"`);
    await queryRunner.query(`DROP TABLE "team_member"`);
    await queryRunner.query(`DROP TABLE "preparation_form"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversation_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conversation_project_held"`);
    await queryRunner.query(`DROP TABLE "conversation"`);
  }
}
