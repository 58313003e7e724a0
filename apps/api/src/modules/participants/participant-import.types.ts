// Importing the target group from a file: the input, the preview and the result.
import { IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { BreakdownType } from "./participant-statistics.types.js";

@InputType({ description: "En målgruppefil (CSV med semikolon eller .xlsx), base64-kodet." })
export class ParticipantImportInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field({ description: "Filnavnet (.csv eller .xlsx)." })
  @MaxLength(255)
  fileName!: string;

  @Field({ description: "Filens bytes, base64-kodet (højst 10 MB)." })
  contentBase64!: string;
}

@ObjectType("ParticipantImportPreview", { description: "Hvad en import af målgruppen vil gøre. Er der fejl, skrives intet." })
export class ParticipantImportPreviewType {
  @Field({ description: "Filnavnet." })
  fileName!: string;

  @Field(() => Int, { description: "Datarækker læst." })
  rowCount!: number;

  @Field(() => Int, { description: "Deltagere, importen vil oprette." })
  newCount!: number;

  @Field(() => [ParticipantImportErrorType], {
    description: 'Rækkefejlene (overskriften er række 1): de første 100, og er der flere, en sidste linje "Og N flere fejl.".',
  })
  errors!: ParticipantImportErrorType[];

  @Field(() => Int, { description: "Antal rækkefejl i alt (også dem ud over de 100, errors viser)." })
  errorCount!: number;

  @Field(() => [BreakdownType], { description: "Fordelingerne, som filen vil give (ikke diskretioneret: kun tovholderen ser forhåndsvisningen)." })
  breakdowns!: BreakdownType[];
}

@ObjectType("ParticipantImportError", { description: "En fejl i en importfil." })
export class ParticipantImportErrorType {
  @Field(() => Int, { description: "Rækkenummer (overskriften er række 1)." })
  row!: number;

  @Field(() => String, { nullable: true, description: "Kolonnen, eller null når fejlen gælder hele rækken." })
  column!: string | null;

  @Field({ description: "Hvad der er galt, og hvad man gør." })
  message!: string;
}

@ObjectType("ParticipantImportResult", { description: "Resultatet af en import." })
export class ParticipantImportResultType {
  @Field(() => Int, { description: "Oprettede deltagere." })
  added!: number;

  @Field({ description: "Den første nye deltagerkode." })
  firstCode!: string;

  @Field({ description: "Den sidste nye deltagerkode." })
  lastCode!: string;
}
