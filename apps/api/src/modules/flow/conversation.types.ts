import { IsIn, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserRefType } from "../budget/budget-change.types.js";
import { IsIsoDate } from "../../common/validation.js";

@ObjectType("Conversation", { description: "Den indledende samtale: med JC-sagsbehandleren for grønne, en tovholder for orange og blå." })
export class ConversationType {
  @Field(() => ID, { description: "Samtalen." })
  id!: string;

  participantId!: string;
  projectId!: string;

  @Field({ description: "JC_CASEWORKER (jobcentrets sagsbehandler) eller TOVHOLDER." })
  holderKind!: string;

  @Field(() => UserRefType, { nullable: true, description: "Den bruger, der holder samtalen, når den er kendt." })
  holder!: UserRefType | null;

  @Field({ description: "Planlagt dato (ÅÅÅÅ-MM-DD)." })
  scheduledDate!: string;

  @Field({ description: "SCHEDULED (planlagt), HELD (holdt), NO_SHOW (udeblev) eller CANCELLED (aflyst)." })
  status!: string;

  @Field(() => String, { nullable: true, description: "Dato for den holdte samtale." })
  heldDate!: string | null;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning: send det, skærmen viste; ellers CONFLICT." })
  version!: number;
}

@InputType({ description: "Planlæg en indledende samtale; hvem der holder den, følger af farven." })
export class ScheduleConversationInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field({ description: "Dato (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate()
  date!: string;

  @Field(() => ID, { nullable: true, description: "Den bruger, der holder samtalen (valgfri)." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt bruger." })
  holderId?: string | null;
}

@InputType({ description: "Registrér hvordan en samtale gik. En grøn borger, der udebliver, bliver orange, og næste samtale holdes af en tovholder." })
export class RecordConversationInput {
  @Field(() => ID, { description: "Samtalen." })
  @IsUUID("all", { message: "Ukendt samtale." })
  conversationId!: string;

  @Field({ description: "HELD, NO_SHOW eller CANCELLED." })
  @IsIn(["HELD", "NO_SHOW", "CANCELLED"], { message: "Udfaldet skal være HELD, NO_SHOW eller CANCELLED." })
  outcome!: string;

  @Field({ description: "Dato (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate()
  date!: string;

  @Field(() => Int, { description: "Samtalens version, som skærmen viste den." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "Dato for næste samtale efter en udeblivelse (standard: en uge senere)." })
  @IsOptional()
  @IsIsoDate()
  nextDate?: string | null;
}

@ObjectType("PreparationForm", { description: "Det forberedende skema: borgerens ønsker og de temaer, der afgør teamets sammensætning." })
export class PreparationFormType {
  @Field(() => [String], { description: "Temaerne: SUBSTANCE_ABUSE, MENTAL_HEALTH, PHYSICAL_HEALTH, SOCIAL, LANGUAGE, HOUSING_ECONOMY, YOUTH_EDUCATION." })
  themes!: string[];

  @Field(() => String, { nullable: true, description: "Borgerens ønsker (fritekst; personoplysning, krypteret og logget)." })
  wishes!: string | null;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning: send det, skærmen viste; ellers CONFLICT." })
  version!: number;
}

@InputType({ description: "Udfyld eller ret det forberedende skema." })
export class SavePreparationFormInput {
  @Field(() => ID, { description: "Deltageren." })
  @IsUUID("all", { message: "Ukendt deltager." })
  participantId!: string;

  @Field(() => [String], { description: "Temaerne." })
  themes!: string[];

  @Field(() => String, { nullable: true, description: "Borgerens ønsker (fritekst)." })
  @MaxLength(5000)
  wishes?: string | null;

  @Field(() => Int, { nullable: true, description: "Skemaets version, som skærmen viste den; udelades for et nyt skema." })
  expectedVersion?: number | null;
}
