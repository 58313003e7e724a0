import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IsIsoDate } from "../../common/validation.js";

@InputType({ description: "Tilføj ét ekstra teammøde, fx når forløbsplanens møder er brugt op." })
export class AddTeamMeetingInput {
  @Field(() => ID, { description: "Projektet." })
  @IsUUID("all", { message: "Ukendt projekt." })
  projectId!: string;

  @Field({ description: "Mødets dato (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate({ message: "Mødets dato skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD." })
  date!: string;

  @Field(() => Int, { nullable: true, description: "Højst antal borgere på dagsordenen (1–20); standard er forløbsplanens." })
  @IsOptional()
  @IsInt({ message: "Højst antal borgere skal være et helt tal." })
  @Min(1, { message: "Højst antal borgere skal være mellem 1 og 20." })
  @Max(20, { message: "Højst antal borgere skal være mellem 1 og 20." })
  maxItems?: number | null;

  @Field(() => Int, { nullable: true, description: "Minutter pr. borger (5–240); standard er forløbsplanens." })
  @IsOptional()
  @IsInt({ message: "Minutter pr. borger skal være et helt tal." })
  @Min(5, { message: "Minutter pr. borger skal være mellem 5 og 240." })
  @Max(240, { message: "Minutter pr. borger skal være mellem 5 og 240." })
  minutesPerItem?: number | null;
}

@InputType({ description: "Flyt et planlagt teammøde til en anden dato." })
export class MoveTeamMeetingInput {
  @Field(() => ID, { description: "Mødet." })
  @IsUUID("all", { message: "Ukendt møde." })
  meetingId!: string;

  @Field(() => Int, { description: "Mødets version, som skærmen viste den." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;

  @Field({ description: "Den nye dato (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate({ message: "Den nye dato skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD." })
  date!: string;
}

@InputType({ description: "Aflys et planlagt teammøde med en begrundelse; dagsordenen flyttes til et andet planlagt møde." })
export class CancelTeamMeetingInput {
  @Field(() => ID, { description: "Mødet, der aflyses." })
  @IsUUID("all", { message: "Ukendt møde." })
  meetingId!: string;

  @Field(() => Int, { description: "Mødets version, som skærmen viste den." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;

  @Field({ description: "Hvorfor mødet aflyses." })
  @MinLength(2, { message: "Skriv, hvorfor mødet aflyses." })
  @MaxLength(1000, { message: "Begrundelsen må højst være 1000 tegn." })
  reason!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Det planlagte møde, dagsordenen flyttes til (efter dets egne borgere). Kræves, når der er borgere på dagsordenen.",
  })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt møde at flytte dagsordenen til." })
  moveAgendaToMeetingId?: string | null;
}
