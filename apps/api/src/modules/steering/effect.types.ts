import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("EffectShare", { description: "En andel i én gruppe med 95 %-interval (Wilson); skjult, når den bygger på færre end 5 borgere." })
export class EffectShareType {
  @Field(() => Int, { nullable: true, description: "Antal borgere med resultatet, eller null når det er skjult." })
  count!: number | null;

  @Field({ description: 'Antallet, som det vises ("30" eller "<5").' })
  countDisplay!: string;

  @Field(() => String, { nullable: true, description: 'Andelen i procent med én decimal ("30,0"), eller null.' })
  percent!: string | null;

  @Field(() => String, { nullable: true, description: "Intervallets nedre grænse i procent, eller null." })
  lower!: string | null;

  @Field(() => String, { nullable: true, description: "Intervallets øvre grænse i procent, eller null." })
  upper!: string | null;
}

@ObjectType("EffectOutcome", { description: "Ét resultat: andelen i hver gruppe og forskellen med 95 %-interval (Newcombe)." })
export class EffectOutcomeType {
  @Field({
    description:
      "JOB_OR_EDUCATION (job eller uddannelse nogensinde), JOB, EDUCATION, REMATCHED_2, PENSION_RECOMMENDED, PASSIVE (det seneste resultat) eller NONE (intet resultat endnu).",
  })
  key!: string;

  @Field({ description: "Resultatet på dansk." })
  label!: string;

  @Field(() => EffectShareType, { description: "Indsatsgruppen." })
  intervention!: EffectShareType;

  @Field(() => EffectShareType, { description: "Kontrolgruppen." })
  control!: EffectShareType;

  @Field(() => String, { nullable: true, description: 'Forskellen i procentpoint ("12,0"), eller null når den er skjult.' })
  difference!: string | null;

  @Field(() => String, { nullable: true, description: "Forskellens nedre grænse i procentpoint, eller null." })
  differenceLower!: string | null;

  @Field(() => String, { nullable: true, description: "Forskellens øvre grænse i procentpoint, eller null." })
  differenceUpper!: string | null;

  @Field({ description: "Forskellen i ord, så den læses rigtigt uden statistikbaggrund." })
  wording!: string;
}

@ObjectType("EffectHours", { description: "Timer om ugen i ordinær beskæftigelse pr. borger (0 uden job), forskel med Welchs 95 %-interval." })
export class EffectHoursType {
  @Field(() => String, { nullable: true, description: "Gennemsnit i indsatsgruppen, eller null." })
  interventionMean!: string | null;

  @Field(() => String, { nullable: true, description: "Gennemsnit i kontrolgruppen, eller null." })
  controlMean!: string | null;

  @Field(() => String, { nullable: true, description: "Forskellen i timer, eller null." })
  difference!: string | null;

  @Field(() => String, { nullable: true, description: "Nedre grænse, eller null." })
  lower!: string | null;

  @Field(() => String, { nullable: true, description: "Øvre grænse, eller null." })
  upper!: string | null;

  @Field(() => Int, {
    description:
      "Borgere i job med registrerede timer (begge grupper); for styregruppe og ledere afrundet til nærmeste 5, og 0 når tallet er under 5 (se recordedDisplay).",
  })
  recorded!: number;

  @Field({ description: 'Borgere i job med registrerede timer, som tallet vises ("<5" under 5 for styregruppe og ledere).' })
  recordedDisplay!: string;

  @Field({ description: "Forskellen i ord." })
  wording!: string;
}

@ObjectType("Effect", { description: "Effekten mod kontrolgruppen pr. en dato, med ærlig usikkerhed og små tal skjult." })
export class EffectType {
  @Field({ description: "Datoen tallene gælder (ÅÅÅÅ-MM-DD): for styregruppe og ledere seneste månedsafslutning på eller før den ønskede dato." })
  asOf!: string;

  @Field({ description: "Indsatsgruppens størrelse, som den vises." })
  interventionSize!: string;

  @Field({ description: "Kontrolgruppens størrelse, som den vises." })
  controlSize!: string;

  @Field(() => [EffectOutcomeType], { description: "Resultaterne, det samlede mål (job eller uddannelse) først." })
  outcomes!: EffectOutcomeType[];

  @Field(() => EffectHoursType, { description: "Timer i ordinær beskæftigelse." })
  hours!: EffectHoursType;

  @Field({ description: "Sådan læses tallene." })
  note!: string;
}
