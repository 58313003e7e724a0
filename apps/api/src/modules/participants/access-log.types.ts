// The access log: who used which citizen's data, when and why, and the extract a citizen can ask for.
import { Min } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";
import { UserRefType } from "../budget/budget-change.types.js";

@ObjectType("AccessLogEntry", { description: "Én brug af én borgers data: hvem, hvornår, hvad og hvorfor." })
export class AccessLogEntryType {
  @Field(() => ID, { description: "Løbenummer." })
  id!: string;

  @Field({ description: "Tidspunkt (ISO 8601)." })
  at!: string;

  @Field(() => UserRefType, { description: "Brugeren." })
  user!: UserRefType;

  @Field({ description: "LIST, READ, SEARCH, REVEAL, CHANGE, EXPORT, IMPORT eller DELETE." })
  action!: string;

  @Field(() => ID, { nullable: true, description: "Projektet." })
  projectId!: string | null;

  @Field(() => ID, { nullable: true, description: "Deltageren (null for en søgning uden fund)." })
  participantId!: string | null;

  @Field(() => String, { nullable: true, description: "Deltagerkoden, hvis deltageren stadig findes." })
  participantCode!: string | null;

  @Field({ description: "Formålet." })
  purpose!: string;

  @Field(() => String, { nullable: true, description: "Søgekriteriet, beskrevet uden selve søgeværdien." })
  criterion!: string | null;

  @Field({ description: "Anmodningens id (til fejlsøgning og revision)." })
  requestId!: string;
}

@ObjectType("AccessLogPage", { description: "En side af adgangsloggen." })
export class AccessLogPageType {
  @Field(() => [AccessLogEntryType], { description: "Rækkerne, nyeste først." })
  items!: AccessLogEntryType[];

  @Field(() => Int, { description: "Antal rækker i alt, der matcher filteret." })
  totalCount!: number;
}

@ArgsType()
export class AccessLogArgs {
  @Field(() => ID, { nullable: true, description: "Kun én bruger." })
  userId?: string | null;

  @Field(() => ID, { nullable: true, description: "Kun én deltager." })
  participantId?: string | null;

  @Field(() => ID, { nullable: true, description: "Kun ét projekt." })
  projectId?: string | null;

  @Field(() => String, { nullable: true, description: "Kun én handling (LIST, READ, SEARCH, REVEAL, CHANGE, EXPORT, IMPORT, DELETE)." })
  action?: string | null;

  @Field(() => String, { nullable: true, description: "Fra og med (ISO 8601)." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Til (ISO 8601, ikke medregnet)." })
  to?: string | null;

  @Field(() => Int, { defaultValue: 100, description: "Højst 500." })
  @Min(1)
  take!: number;

  @Field(() => Int, { defaultValue: 0, description: "Antal at springe over." })
  @Min(0)
  skip!: number;
}

@ObjectType("AccessExtractEntry", { description: "Hvornår og hvorfor en borgers data er brugt (det, borgeren kan bede om)." })
export class AccessExtractEntryType {
  @Field({ description: "Tidspunkt (ISO 8601)." })
  at!: string;

  @Field({ description: "Handlingen, på dansk." })
  action!: string;

  @Field({ description: "Formålet." })
  purpose!: string;
}
