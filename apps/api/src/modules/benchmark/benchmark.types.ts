import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum BenchmarkStatusEnum {
  OK = "OK",
  NOT_CONFIGURED = "NOT_CONFIGURED",
  BAD_TOKEN = "BAD_TOKEN",
  UNAVAILABLE = "UNAVAILABLE",
}

registerEnumType(BenchmarkStatusEnum, {
  name: "BenchmarkStatus",
  description: "Hvordan det gik at hente landstallet fra Jobindsats.dk.",
  valuesConfig: {
    OK: { description: "Tallene er hentet (eller genbrugt fra det seneste døgn)." },
    NOT_CONFIGURED: { description: "Installationen har ingen nøgle til Jobindsats.dk (JOBINDSATS_TOKEN)." },
    BAD_TOKEN: { description: "Jobindsats.dk afviste nøglen: forkert eller udløbet." },
    UNAVAILABLE: { description: "Jobindsats.dk kunne ikke nås eller svarede ikke som ventet; de sidst hentede tal vises, hvis der er nogen." },
  },
});

@ObjectType("BenchmarkFigure", { description: "Ét landstal eller kommunetal fra Jobindsats.dk." })
export class BenchmarkFigureType {
  @Field({ description: 'Området: "Hele landet" eller kommunens navn.' })
  area!: string;

  @Field({ description: "Sand for hele landet, falsk for en kommune." })
  national!: boolean;

  @Field({ description: 'Perioden, som Jobindsats.dk kalder den, fx "2025QMAT02".' })
  period!: string;

  @Field({ description: 'Perioden på dansk, fx "4 kvartaler til og med 2. kvartal 2025".' })
  periodLabel!: string;

  @Field({ description: 'Andelen i procent med én decimal og komma, fx "9,8".' })
  percent!: string;

  @Field({ description: "Hvornår tallet blev hentet fra Jobindsats.dk (ISO 8601)." })
  fetchedAt!: string;
}

@ObjectType("Benchmark", {
  description: "Et nationalt sammenligningstal (benchmark) for projektets målgruppe fra Jobindsats.dk: en sammenligning, ikke en effekt.",
})
export class BenchmarkType {
  @Field(() => BenchmarkStatusEnum, { description: "Hvordan det gik at hente tallene." })
  status!: BenchmarkStatusEnum;

  @Field(() => String, { nullable: true, description: "Status på dansk, når tallene ikke kunne hentes nu; null når alt gik godt." })
  message!: string | null;

  @Field({ description: 'Kilden, fx "Jobindsats.dk, STAR, tabel Y14D03".' })
  source!: string;

  @Field({ description: "Hvad tallet måler, med Jobindsats.dk's egen definition." })
  definition!: string;

  @Field({ description: "Målgruppen, tallet gælder." })
  targetGroup!: string;

  @Field(() => [BenchmarkFigureType], { description: "Hele landet først, derefter projektets kommuner; tom når intet er hentet endnu." })
  figures!: BenchmarkFigureType[];
}
