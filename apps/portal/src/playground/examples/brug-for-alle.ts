// The examples about Brug for alle, the demo project with the budget, the citizens and the flow.
import type { PlaygroundExample } from "./types";

export const BRUG_FOR_ALLE_EXAMPLES: readonly PlaygroundExample[] = [
  {
    title: "Projektlisten",
    description: "Projekterne, du har en rolle i, med dine roller og budgettets totaler.",
    login: "leder@overblik.demo",
    needs: { permissions: ["account.self"], in: "global" },
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
    needs: { permissions: ["budget.read"], in: "example" },
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
    needs: { permissions: ["budget.adjust"], in: "example" },
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
      'Målgruppens fordeling på kommune, køn, alder, herkomst, ydelsesvarighed og farve. Styregruppen og ledere ser tallene pr. seneste månedsafslutning, afrundet til nærmeste 5 og tal under 5 som "<5".',
    login: "styregruppe@overblik.demo",
    needs: { permissions: ["participant.statistics"], in: "example" },
    query: `# Samlede tal for projektets deltagere, som de var på en dato (asOf;
# udelad den for i dag). For styregruppen og ledere er tallene pr. seneste
# månedsafslutning (figuresAsOf), afrundet til nærmeste 5, og under 5 vises som <5.
query Deltagerstatistik($projectId: ID!, $asOf: String) {
  participantStatistics(projectId: $projectId, asOf: $asOf) {
    total
    totalDisplay
    targetSize
    suppressed
    figuresAsOf
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
    needs: { permissions: ["flow.coordinate"], in: "example" },
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
    needs: { permissions: ["project.read"], in: "example" },
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
    description:
      "Fremdrift og økonomi på én side pr. en dato: trafiklys med reglerne, tragten, baseline mod nu, pris pr. resultat og det, der venter. For styregruppen er tallene om borgere pr. seneste månedsafslutning og afrundet til nærmeste 5.",
    login: "styregruppe@overblik.demo",
    needs: { permissions: ["steering.read"], in: "example" },
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
