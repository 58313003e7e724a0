import { IsOptional, IsUUID, Matches } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ImportJobStatusEnum } from "../imports/import-job.types.js";

@InputType({ description: "Styregruppens dashboard som regneark, lavet som et job." })
export class StartDashboardExportInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field(() => String, { nullable: true, description: "Datoen, tallene gælder (ÅÅÅÅ-MM-DD); udelad for i dag." })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "Datoen skal skrives ÅÅÅÅ-MM-DD." })
  asOf?: string | null;
}

@ObjectType("ExportJob", {
  description:
    "Et regneark, der laves uden for forespørgslen. Følg det med exportJob, til status er DONE (hent det på downloadUrl) eller FAILED. Kun den, der startede det, kan se og hente det.",
})
export class ExportJobType {
  @Field(() => ID, { description: "Jobbets id." })
  id!: string;

  @Field(() => ID, { description: "Projektet." })
  projectId!: string;

  @Field(() => ImportJobStatusEnum, { description: "Hvor langt jobbet er (samme trin som en import)." })
  status!: ImportJobStatusEnum;

  @Field(() => Int, { description: "Fremskridt i procent (0–100)." })
  progress!: number;

  @Field({ description: 'Hvad der sker nu, på dansk (fx "Beregner tallene").' })
  phase!: string;

  @Field(() => String, { nullable: true, description: "Fejlens kode, når status er FAILED." })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: "Fejlen på dansk, når status er FAILED." })
  errorMessage!: string | null;

  @Field(() => String, { nullable: true, description: "Regnearkets filnavn, når status er DONE." })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: "Hvor regnearket hentes (GET, samme login), når status er DONE; gemmes i et døgn." })
  downloadUrl!: string | null;

  @Field({ description: "Hvornår jobbet blev startet (ISO 8601)." })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: "Hvornår jobbet blev færdigt eller fejlede (ISO 8601)." })
  finishedAt!: string | null;
}
