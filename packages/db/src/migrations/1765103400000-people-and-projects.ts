import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Danmarks 98 kommuner med deres officielle kommunekoder (Christiansø, 411, er ingen kommune). Reference data:
 * a user belongs to one, a project to one or more, and a municipality decides whether its leaders may create
 * projects themselves.
 */
export const MUNICIPALITIES: ReadonlyArray<readonly [code: string, name: string]> = [
  ["101", "København"],
  ["147", "Frederiksberg"],
  ["151", "Ballerup"],
  ["153", "Brøndby"],
  ["155", "Dragør"],
  ["157", "Gentofte"],
  ["159", "Gladsaxe"],
  ["161", "Glostrup"],
  ["163", "Herlev"],
  ["165", "Albertslund"],
  ["167", "Hvidovre"],
  ["169", "Høje-Taastrup"],
  ["173", "Lyngby-Taarbæk"],
  ["175", "Rødovre"],
  ["183", "Ishøj"],
  ["185", "Tårnby"],
  ["187", "Vallensbæk"],
  ["190", "Furesø"],
  ["201", "Allerød"],
  ["210", "Fredensborg"],
  ["217", "Helsingør"],
  ["219", "Hillerød"],
  ["223", "Hørsholm"],
  ["230", "Rudersdal"],
  ["240", "Egedal"],
  ["250", "Frederikssund"],
  ["253", "Greve"],
  ["259", "Køge"],
  ["260", "Halsnæs"],
  ["265", "Roskilde"],
  ["269", "Solrød"],
  ["270", "Gribskov"],
  ["306", "Odsherred"],
  ["316", "Holbæk"],
  ["320", "Faxe"],
  ["326", "Kalundborg"],
  ["329", "Ringsted"],
  ["330", "Slagelse"],
  ["336", "Stevns"],
  ["340", "Sorø"],
  ["350", "Lejre"],
  ["360", "Lolland"],
  ["370", "Næstved"],
  ["376", "Guldborgsund"],
  ["390", "Vordingborg"],
  ["400", "Bornholm"],
  ["410", "Middelfart"],
  ["420", "Assens"],
  ["430", "Faaborg-Midtfyn"],
  ["440", "Kerteminde"],
  ["450", "Nyborg"],
  ["461", "Odense"],
  ["479", "Svendborg"],
  ["480", "Nordfyns"],
  ["482", "Langeland"],
  ["492", "Ærø"],
  ["510", "Haderslev"],
  ["530", "Billund"],
  ["540", "Sønderborg"],
  ["550", "Tønder"],
  ["561", "Esbjerg"],
  ["563", "Fanø"],
  ["573", "Varde"],
  ["575", "Vejen"],
  ["580", "Aabenraa"],
  ["607", "Fredericia"],
  ["615", "Horsens"],
  ["621", "Kolding"],
  ["630", "Vejle"],
  ["657", "Herning"],
  ["661", "Holstebro"],
  ["665", "Lemvig"],
  ["671", "Struer"],
  ["706", "Syddjurs"],
  ["707", "Norddjurs"],
  ["710", "Favrskov"],
  ["727", "Odder"],
  ["730", "Randers"],
  ["740", "Silkeborg"],
  ["741", "Samsø"],
  ["746", "Skanderborg"],
  ["751", "Aarhus"],
  ["756", "Ikast-Brande"],
  ["760", "Ringkøbing-Skjern"],
  ["766", "Hedensted"],
  ["773", "Morsø"],
  ["779", "Skive"],
  ["787", "Thisted"],
  ["791", "Viborg"],
  ["810", "Brønderslev"],
  ["813", "Frederikshavn"],
  ["820", "Vesthimmerlands"],
  ["825", "Læsø"],
  ["840", "Rebild"],
  ["846", "Mariagerfjord"],
  ["849", "Jammerbugt"],
  ["851", "Aalborg"],
  ["860", "Hjørring"],
];

/**
 * People and projects from an empty database: municipalities (reference data, with the rule whether their leaders
 * may create projects), a user's municipality, a project's municipalities, target group and funding in fields, the
 * project's change history, the membership history, a team member's hours per week, and the closing pack (the
 * final figures, frozen like a meeting pack and append-only like it).
 */
export class PeopleAndProjects1765103400000 implements MigrationInterface {
  name = "PeopleAndProjects1765103400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "municipality" ("code" text NOT NULL, "name" text NOT NULL, "leaders_may_create_projects" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_municipality_name" UNIQUE ("name"), CONSTRAINT "ck_municipality_code" CHECK ("code" ~ '^[0-9]{3}$'), CONSTRAINT "pk_municipality" PRIMARY KEY ("code"))`,
    );
    const values = MUNICIPALITIES.map((_m, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(", ");
    await queryRunner.query(`INSERT INTO "municipality" ("code", "name") VALUES ${values}`, MUNICIPALITIES.flat());

    await queryRunner.query(`ALTER TABLE "app_user" ADD "municipality_code" text`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "project_municipality" ("project_id" uuid NOT NULL, "municipality_code" text NOT NULL, CONSTRAINT "pk_project_municipality" PRIMARY KEY ("project_id", "municipality_code"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_municipality" ADD CONSTRAINT "fk_project_municipality_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_municipality" ADD CONSTRAINT "fk_project_municipality_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // Projects from before know their municipalities only through their partner organisations' text ("Ishøj og
    // Vallensbæk"): those names that are municipalities become the project's municipalities.
    await queryRunner.query(
      `INSERT INTO "project_municipality" ("project_id", "municipality_code")
       SELECT DISTINCT po.project_id, m.code
         FROM project_organisation po
         JOIN organisation o ON o.id = po.organisation_id
         CROSS JOIN LATERAL regexp_split_to_table(o.municipality, ',| og ') AS part(name)
         JOIN municipality m ON m.name = btrim(part.name)`,
    );

    await queryRunner.query(`ALTER TABLE "project" ADD "match_group" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "project" ADD "eligibility" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "project" ADD "pool_name" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "project" ADD "co_financing_percent" integer`);
    await queryRunner.query(`ALTER TABLE "project" ADD "price_level_year" integer`);
    await queryRunner.query(
      `ALTER TABLE "project" ADD CONSTRAINT "ck_project_co_financing" CHECK ("co_financing_percent" IS NULL OR ("co_financing_percent" >= 0 AND "co_financing_percent" <= 100))`,
    );
    // Existing projects kept their funding as one text: it becomes the pool's name (the text stays as it was).
    await queryRunner.query(`UPDATE "project" SET "pool_name" = "funding"`);

    await queryRunner.query(
      `CREATE TABLE "project_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "changed_by" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "before" jsonb NOT NULL, "after" jsonb NOT NULL, CONSTRAINT "pk_project_history" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_project_history_project" ON "project_history" ("project_id", "changed_at") `);
    await queryRunner.query(
      `ALTER TABLE "project_history" ADD CONSTRAINT "fk_project_history_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_history" ADD CONSTRAINT "fk_project_history_user" FOREIGN KEY ("changed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(
      `CREATE TABLE "project_membership_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL, "action" text NOT NULL, "changed_by" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_project_membership_history_action" CHECK ("action" IN ('ADDED', 'REMOVED')), CONSTRAINT "ck_project_membership_history_role" CHECK ("role" IN ('STYREGRUPPE', 'LEADER', 'TOVHOLDER', 'CASEWORKER', 'TEAM_MEMBER')), CONSTRAINT "pk_project_membership_history" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_project_membership_history_project" ON "project_membership_history" ("project_id", "changed_at") `);
    await queryRunner.query(
      `ALTER TABLE "project_membership_history" ADD CONSTRAINT "fk_project_membership_history_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_membership_history" ADD CONSTRAINT "fk_project_membership_history_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_membership_history" ADD CONSTRAINT "fk_project_membership_history_changed_by" FOREIGN KEY ("changed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await queryRunner.query(`ALTER TABLE "team_member" ADD "hours_per_week" numeric(4,1)`);
    await queryRunner.query(
      `ALTER TABLE "team_member" ADD CONSTRAINT "ck_team_member_hours" CHECK ("hours_per_week" IS NULL OR ("hours_per_week" > 0 AND "hours_per_week" <= 80))`,
    );

    await queryRunner.query(
      `CREATE TABLE "closing_pack" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "as_of" date NOT NULL, "comments" text NOT NULL DEFAULT '', "figures" jsonb NOT NULL, "closed_by" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_closing_pack_project" UNIQUE ("project_id"), CONSTRAINT "pk_closing_pack" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "closing_pack" ADD CONSTRAINT "fk_closing_pack_project" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "closing_pack" ADD CONSTRAINT "fk_closing_pack_user" FOREIGN KEY ("closed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
      CREATE FUNCTION forbid_closing_pack_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'closing_pack is frozen: a closed project keeps its final figures' USING ERRCODE = 'check_violation';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER trg_closing_pack_frozen BEFORE UPDATE OR DELETE ON "closing_pack" FOR EACH ROW EXECUTE FUNCTION forbid_closing_pack_change()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_closing_pack_frozen" ON "closing_pack"`);
    await queryRunner.query(`DROP FUNCTION forbid_closing_pack_change()`);
    await queryRunner.query(`DROP TABLE "closing_pack"`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP CONSTRAINT "ck_team_member_hours"`);
    await queryRunner.query(`ALTER TABLE "team_member" DROP COLUMN "hours_per_week"`);
    await queryRunner.query(`DROP TABLE "project_membership_history"`);
    await queryRunner.query(`DROP TABLE "project_history"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "ck_project_co_financing"`);
    for (const column of ["price_level_year", "co_financing_percent", "pool_name", "eligibility", "match_group"]) {
      await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(`DROP TABLE "project_municipality"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_municipality"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "municipality_code"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
  }
}
