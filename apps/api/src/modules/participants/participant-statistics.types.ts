// Aggregates over a project's participants, suppressed for the roles without access to the citizens.
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("BreakdownCell", { description: 'Én celle i en fordeling. For styregruppen og ledere afrundet til nærmeste 5, tal under 5 vist som "<5".' })
export class BreakdownCellType {
  @Field({ description: "Kategoriens nøgle (fx GROEN, UNDER_30, Ishøj, UOPLYST)." })
  key!: string;

  @Field({ description: "Kategoriens danske navn." })
  label!: string;

  @Field(() => Int, { nullable: true, description: "Antallet (afrundet til nærmeste 5 for styregruppe og ledere); null når det er under 5 og vises som <5." })
  count!: number | null;

  @Field({ description: 'Det, der vises: antallet eller "<5".' })
  display!: string;

  @Field(() => String, { nullable: true, description: "PRIMARY når tallet er under 5 og vises som <5, ellers null." })
  suppressed!: string | null;
}

@ObjectType("Breakdown", { description: "En fordeling af projektets deltagere på én dimension." })
export class BreakdownType {
  @Field({ description: "MUNICIPALITY, GENDER, AGE_GROUP, ORIGIN, LONG_TERM_BENEFIT eller COLOUR." })
  dimension!: string;

  @Field({ description: "Dimensionens danske navn." })
  label!: string;

  @Field(() => [BreakdownCellType], { description: "Cellerne." })
  cells!: BreakdownCellType[];
}

@ObjectType("ParticipantStatistics", {
  description:
    "Aggregater over projektets deltagere, diskretioneret (afrundet til nærmeste 5, pr. seneste månedsafslutning) for roller uden adgang til borgerne.",
})
export class ParticipantStatisticsType {
  @Field(() => Int, { nullable: true, description: "Antal deltagere (afrundet til nærmeste 5 for styregruppe og ledere; null hvis under 5)." })
  total!: number | null;

  @Field({ description: "Antal deltagere, som det vises." })
  totalDisplay!: string;

  @Field(() => Int, { nullable: true, description: "Målgruppens størrelse ifølge projektets dokumenter." })
  targetSize!: number | null;

  @Field({ description: "Om tallene er diskretioneret (styregruppe og ledere): afrundet til nærmeste 5, under 5 vist som <5, pr. seneste månedsafslutning." })
  suppressed!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "Datoen tallene om borgerne gælder (ÅÅÅÅ-MM-DD): for styregruppe og ledere seneste månedsafslutning på eller før den ønskede dato; null = nu (tovholderen uden dato).",
  })
  figuresAsOf!: string | null;

  @Field(() => [BreakdownType], { description: "Fordelingerne." })
  breakdowns!: BreakdownType[];

  @Field(() => [String], { description: "Datakvalitetsadvarsler, fx når målgruppens angivne størrelse og rækkerne ikke stemmer." })
  warnings!: string[];
}
