import { IsUUID } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { IsIsoDate } from "../../common/validation.js";

@ObjectType("CapacityPlan", {
  description: "Kapacitetsplanen beregnet af projektets egne tal: krævet tempo for samtaler, teamtimer og pladser på teammøderne.",
})
export class CapacityPlanType {
  @Field(() => Int, { description: "Antal borgere, planen regner med." })
  citizens!: number;

  @Field({ description: 'Hvor antallet kommer fra, fx "målgruppens angivne størrelse".' })
  citizensSource!: string;

  @Field({ description: "Første dag for indledende samtaler (ÅÅÅÅ-MM-DD)." })
  conversationStart!: string;

  @Field({ description: "Sidste dag for indledende samtaler (ÅÅÅÅ-MM-DD)." })
  conversationEnd!: string;

  @Field({ description: 'Antal uger i samtaleperioden, som tekst med én decimal ("16").' })
  conversationWeeks!: string;

  @Field(() => Int, { description: "Samtaler pr. uge, der kræves for at nå alle (rundet op)." })
  conversationsPerWeek!: number;

  @Field({ description: 'Teamtimer i alt: borgere × minutter pr. borger, i timer ("109,5").' })
  teamHours!: string;

  @Field(() => Int, { description: "Teammøder i teamets periode med det planlagte interval." })
  meetings!: number;

  @Field(() => Int, { description: "Borgere pr. møde, der kræves for at alle kommer på én gang." })
  citizensPerMeetingNeeded!: number;

  @Field(() => Int, { description: "Pladser på møderne ved dagsordenens grænse." })
  meetingCapacity!: number;

  @Field(() => Int, { description: "Højst antal borgere pr. møde (dagsordenens grænse)." })
  maxCitizensPerMeeting!: number;

  @Field(() => Int, { description: "Minutter pr. borger på et teammøde." })
  minutesPerCitizen!: number;

  @Field(() => Int, { description: "Dage mellem teammøderne." })
  meetingIntervalDays!: number;

  @Field(() => [String], { description: "Hvor planens egne tal ikke stemmer, i ord." })
  mismatches!: string[];
}

@ObjectType("Milestone", { description: "En milepæl i projektets tidsplan." })
export class MilestoneType {
  @Field(() => ID, { description: "Milepælen." })
  id!: string;

  @Field({ description: "Navnet." })
  name!: string;

  @Field({ description: "Frist (ÅÅÅÅ-MM-DD)." })
  dueDate!: string;

  @Field({ description: "Hvem er ansvarlig." })
  responsible!: string;

  @Field(() => String, { nullable: true, description: "Hvornår den blev nået (ÅÅÅÅ-MM-DD), eller null." })
  doneDate!: string | null;

  @Field({ description: "DONE (nået), DUE (kommende) eller OVERDUE (fristen er overskredet) pr. den valgte dato." })
  status!: string;

  @Field(() => Int, { description: "Versionsnummer til optimistisk låsning: send det, skærmen viste; ellers CONFLICT." })
  version!: number;
}

@InputType({ description: "Markér en milepæl som nået." })
export class CompleteMilestoneInput {
  @Field(() => ID, { description: "Milepælen." })
  @IsUUID("all", { message: "Ukendt milepæl." })
  milestoneId!: string;

  @Field({ description: "Datoen den blev nået (ÅÅÅÅ-MM-DD)." })
  @IsIsoDate()
  doneDate!: string;

  @Field(() => Int, { description: "Milepælens version, som skærmen viste den." })
  expectedVersion!: number;
}

@ObjectType("PaceWeek", { description: "Én ISO-uges tempo for indledende samtaler mod det krævede." })
export class PaceWeekType {
  @Field({ description: "Ugens mandag (ÅÅÅÅ-MM-DD)." })
  weekStart!: string;

  @Field({ description: 'Ugen på dansk, fx "uge 37 2012".' })
  week!: string;

  @Field(() => Int, { description: "Samtaler holdt i ugen." })
  done!: number;

  @Field(() => Int, { description: "Samtaler holdt i alt til og med ugen." })
  cumulative!: number;

  @Field(() => Int, { description: "Det antal, planen krævede ved ugens slutning." })
  required!: number;

  @Field({ description: "Om tempoet følger planen." })
  onTrack!: boolean;
}

@ObjectType("ConversationPace", { description: "Tempoet for indledende samtaler pr. ISO-uge mod det krævede, og hvornår det nuværende tempo bliver færdigt." })
export class ConversationPaceType {
  @Field(() => [PaceWeekType], { description: "Ugerne fra samtaleperiodens start til datoen." })
  weeks!: PaceWeekType[];

  @Field({ description: 'Gennemsnitligt antal samtaler pr. uge, som tekst med én decimal ("9,3").' })
  averagePerWeek!: string;

  @Field(() => Int, { description: "Krævet antal samtaler pr. uge." })
  requiredPerWeek!: number;

  @Field(() => String, { nullable: true, description: "Den dato, det nuværende tempo bliver færdigt (ÅÅÅÅ-MM-DD), eller null uden tempo." })
  projectedFinish!: string | null;

  @Field({ description: "Om tempoet følger planen ved datoen." })
  onTrack!: boolean;
}

@ObjectType("Goal", { description: "Et mål: en indikator beregnet af hændelserne, med mål og udgangspunkt. Små tal skjules for styregruppe og ledere." })
export class GoalType {
  @Field(() => ID, { description: "Målet." })
  id!: string;

  @Field({ description: "Navnet." })
  name!: string;

  @Field({ description: "Indikatoren: ACTION_PLAN_JOB_AIM, COMPANY_PLACEMENT, JOB_OR_EDUCATION eller REMATCHED." })
  indicator!: string;

  @Field(() => Int, {
    description:
      "Målet i procent. For et mål i antal (targetCount) den andel, antallet udgør af borgerne i forløbet, rundet op (100, når der endnu ingen borgere er).",
  })
  targetPercent!: number;

  @Field(() => Int, { nullable: true, description: "Målet i antal borgere, eller null når målet er en andel (targetPercent)." })
  targetCount?: number | null;

  @Field(() => String, { nullable: true, description: "Datoen, målet skal være nået (ÅÅÅÅ-MM-DD), eller null." })
  targetDate?: string | null;

  @Field(() => Int, { nullable: true, description: "Udgangspunktet i procent." })
  baselinePercent!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Antal borgere, der opfylder indikatoren (afrundet til nærmeste 5 for roller, der kun ser samlede tal; null når under 5).",
  })
  count!: number | null;

  @Field(() => Int, { description: "Antal borgere i forløbet (ikke røde); for roller, der kun ser samlede tal, afrundet til nærmeste 5 og 0 når under 5." })
  denominator!: number;

  @Field(() => String, { nullable: true, description: 'Andelen i procent med én decimal ("12,5"), eller null når skjult.' })
  percent!: string | null;

  @Field({ description: 'Det, der vises: andelen eller "<5".' })
  display!: string;

  @Field({ description: 'Nævneren med dens navn (packages/domain figures.ts): "af 197 i forløbet".' })
  denominatorLabel!: string;
}
