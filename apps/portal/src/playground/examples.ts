// Ready-to-run operations for the playground's "Eksempler" pane. Plain strings with no imports, so the
// test in tests/api/playground-examples.test.ts can validate every one of them against the committed
// schema (apps/api/schema.graphql) and run it against a real API: a schema change that breaks an
// example fails CI instead of a developer's first afternoon.

/** The ids an example needs, looked up with the visitor's own token when the example is opened. */
export interface ExampleIds {
  projectId: string;
  budgetId: string;
  /** A year of the budget, for the adjustment. */
  year: number;
  /** The two expense lines of the adjustment, with the versions the lookup saw (optimistic locking). */
  fromLine: { id: string; version: number };
  toLine: { id: string; version: number };
}

export interface PlaygroundExample {
  title: string;
  /** One or two Danish sentences: what it shows, and who may run it. */
  description: string;
  /** The demo login that can run it (password overblik-demo). */
  login: string;
  query: string;
  variables(ids: ExampleIds): Record<string, unknown>;
}

/** The project the examples are about: Brug for alle has the budget, the citizens and the flow. */
export const EXAMPLE_PROJECT_CODE = "BFA";

/** Finds the ids for the examples: the visitor's projects with the current budget's expense lines. */
export const EXAMPLE_IDS_QUERY = `query EksempelId {
  projects {
    items {
      id
      code
      budget {
        id
        years
        lines(side: EXPENSE) {
          id
          name
          version
        }
      }
    }
  }
}`;

export interface ExampleIdsData {
  projects: {
    items: Array<{
      id: string;
      code: string;
      budget: { id: string; years: number[]; lines: Array<{ id: string; name: string; version: number }> } | null;
    }>;
  };
}

/** Shown in the variables when the visitor is not logged in: the operation is right, only the ids are missing. */
export const PLACEHOLDER_IDS: ExampleIds = {
  projectId: "<log ind øverst, og åbn eksemplet igen>",
  budgetId: "<log ind øverst, og åbn eksemplet igen>",
  year: 2012,
  fromLine: { id: "<log ind øverst, og åbn eksemplet igen>", version: 1 },
  toLine: { id: "<log ind øverst, og åbn eksemplet igen>", version: 1 },
};

/**
 * The ids from the lookup: Brug for alle if the visitor has a role in it (else their first project),
 * and for the adjustment the budget's "Andre udgifter" and "Lægekonsulent" lines (else its first two).
 */
export function exampleIdsFrom(data: ExampleIdsData): ExampleIds | null {
  const items = data.projects.items;
  const project = items.find((p) => p.code === EXAMPLE_PROJECT_CODE) ?? items[0];
  if (!project) return null;
  const lines = project.budget?.lines ?? [];
  const named = (prefix: string) => lines.find((l) => l.name.startsWith(prefix));
  const from = named("Andre udgifter") ?? lines[0];
  const to = named("Lægekonsulent") ?? lines.find((l) => l !== from);
  return {
    projectId: project.id,
    budgetId: project.budget?.id ?? PLACEHOLDER_IDS.budgetId,
    year: project.budget?.years[0] ?? PLACEHOLDER_IDS.year,
    fromLine: from ? { id: from.id, version: from.version } : PLACEHOLDER_IDS.fromLine,
    toLine: to ? { id: to.id, version: to.version } : PLACEHOLDER_IDS.toLine,
  };
}

export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
  {
    title: "Projektlisten",
    description: "Projekterne, du har en rolle i, med dine roller og budgettets totaler.",
    login: "leder@overblik.demo",
    query: `# Projekterne, du har en rolle i (alle for en administrator), med
# budgettets totaler. Beløb er decimalstrenge i kroner, fx "1193000.00".
query Projektliste($take: Int!) {
  projects(take: $take) {
    totalCount
    items {
      id
      code
      name
      startDate
      endDate
      status
      targetSize
      myRoles
      budget {
        id
        status
        totals {
          income
          expense
          balanced
        }
      }
    }
  }
}
`,
    variables: () => ({ take: 50 }),
  },
  {
    title: "Budgetopfølgning",
    description: "Brug for alles budgetopfølgning pr. en dato: oprindeligt, korrigeret, forbrug, forventet forbrug og status pr. linje.",
    login: "leder@overblik.demo",
    query: `# Budgetopfølgningen for et projekt pr. en dato (asOf, ÅÅÅÅ-MM-DD):
# forbrug til og med datoen, forventet forbrug ved afslutning med metode
# og forklaring, og status (rag) med den regel, der satte den.
query Budgetopfoelgning($projectId: ID!, $asOf: String) {
  project(id: $projectId) {
    code
    name
    budget {
      id
      status
      followUp(asOf: $asOf) {
        asOf
        periodStart
        periodEnd
        rules
        expense {
          original
          corrected
          spent
          spentPercent
          forecast
          deviation
          rag
          ragReason
        }
        income {
          corrected
          spent
        }
        lines {
          lineId
          side
          name
          corrected
          spent
          rest
          forecast
          forecastMethod
          forecastExplanation
          deliveredQuantity
          plannedQuantity
          rag
          ragReason
        }
      }
    }
  }
}
`,
    variables: (ids) => ({ projectId: ids.projectId, asOf: "2013-06-30" }),
  },
  {
    title: "Omplacering (budgetjustering)",
    description:
      "Flytter 10.000 kr. mellem to udgiftslinjer i et godkendt budget. Under projektets tærskel gennemføres den straks. Ændrer data: åbn eksemplet igen for at få linjernes nye versioner.",
    login: "leder@overblik.demo",
    query: `# En omplacering (kind: MOVE) flytter et beløb mellem to linjer på samme
# side; totalen er uændret. expectedLineVersions er de versioner, du sidst
# så: har en anden ændret linjerne siden, svares CONFLICT.
# Over projektets tærskel (approvalThreshold) afventer den styregruppen.
mutation Omplacering($input: AdjustBudgetInput!) {
  adjustBudget(input: $input) {
    id
    kind
    status
    requiresApproval
    reason
    requestedBy {
      name
    }
    requestedAt
    entries {
      lineName
      year
      delta
      before
      after
    }
  }
}
`,
    variables: (ids) => ({
      input: {
        budgetId: ids.budgetId,
        kind: "MOVE",
        year: ids.year,
        amount: "10000.00",
        fromLineId: ids.fromLine.id,
        toLineId: ids.toLine.id,
        reason: "Eksempel fra legepladsen: flere timer hos lægekonsulenten",
        expectedLineVersions: [
          { lineId: ids.fromLine.id, version: ids.fromLine.version },
          { lineId: ids.toLine.id, version: ids.toLine.version },
        ],
      },
    }),
  },
  {
    title: "Deltagerstatistik (styregruppen)",
    description:
      "Målgruppens fordeling på kommune, køn, alder, herkomst, ydelsesvarighed og farve. Styregruppen og ledere ser tal under 5 skjult som \"<5\".",
    login: "styregruppe@overblik.demo",
    query: `# Samlede tal for projektets deltagere, som de var på en dato (asOf;
# udelad den for i dag). For styregruppen og ledere skjules tal under 5
# og de celler, der ellers kunne regne dem ud (suppressed).
query Deltagerstatistik($projectId: ID!, $asOf: String) {
  participantStatistics(projectId: $projectId, asOf: $asOf) {
    total
    totalDisplay
    targetSize
    suppressed
    warnings
    breakdowns {
      dimension
      label
      cells {
        key
        label
        count
        display
        suppressed
      }
    }
  }
}
`,
    variables: (ids) => ({ projectId: ids.projectId, asOf: null }),
  },
  {
    title: "Tovholderens overblik",
    description: "Alle borgere i forløbet, mest presserende først, med fase, næste skridt og det, der er overskredet. Kun for tovholderen; visningen logges.",
    login: "tovholder@overblik.demo",
    query: `# Tovholderens overblik over forløbet pr. en dato (asOf), mest presserende
# først. Hver viste borger skrives i adgangsloggen.
query TovholderOverblik($projectId: ID!, $asOf: String) {
  project(id: $projectId) {
    code
    overview(asOf: $asOf) {
      participantId
      code
      colour
      stage
      stageLabel
      nextStep
      overdue
      urgency
      inTeamQueue
    }
  }
}
`,
    variables: (ids) => ({ projectId: ids.projectId, asOf: "2012-11-15" }),
  },
  {
    title: "Kapacitetsplanen",
    description: "Kapacitetsplanen beregnet af projektets egne tal, tempoet for samtaler pr. uge mod planen og tidsplanens milepæle.",
    login: "tovholder@overblik.demo",
    query: `# Kapacitetsplanen (samtaler pr. uge, teamtimer, møder og hvor mange
# borgere de rummer, med uoverensstemmelser), tempoet pr. ISO-uge pr. en
# dato og tidsplanens milepæle.
query Kapacitetsplan($projectId: ID!, $asOf: String) {
  project(id: $projectId) {
    code
    capacityPlan {
      citizens
      citizensSource
      conversationStart
      conversationEnd
      conversationWeeks
      conversationsPerWeek
      teamHours
      meetings
      meetingCapacity
      citizensPerMeetingNeeded
      maxCitizensPerMeeting
      mismatches
    }
    conversationPace(asOf: $asOf) {
      averagePerWeek
      requiredPerWeek
      projectedFinish
      onTrack
      weeks {
        week
        done
        cumulative
        required
        onTrack
      }
    }
    milestones(asOf: $asOf) {
      name
      dueDate
      responsible
      doneDate
      status
    }
  }
}
`,
    variables: (ids) => ({ projectId: ids.projectId, asOf: "2012-11-15" }),
  },
  {
    title: "Styregruppens overblik",
    description: "Fremdrift og økonomi på én side pr. en dato: trafiklys med reglerne, tragten, baseline mod nu, pris pr. resultat og det, der venter. Tal under 5 borgere er skjult for styregruppen.",
    login: "styregruppe@overblik.demo",
    query: `# Styregruppens overblik over ét projekt pr. en dato. Små tal kommer som
# "<5" (display) og null (count) for styregruppen; tovholderen ser dem.
query Styregruppe($projectId: ID!, $asOf: String) {
  project(id: $projectId) {
    code
    dashboard(asOf: $asOf) {
      asOf
      progress { rag reason }
      spend { rag reason }
      funnel { label count display percentOfTarget }
      coloursAtBaseline { label display }
      coloursNow { label display }
      followUp { expense { original corrected spent forecast deviation } }
      costs { label countDisplay display }
      pendingDecisions { reason requestedBy { name } }
      warnings
    }
  }
  portfolio(asOf: $asOf) {
    projects { code progress { rag reason } spend { rag reason } }
  }
}
`,
    variables: (ids) => ({ projectId: ids.projectId, asOf: "2013-08-01" }),
  },
];
