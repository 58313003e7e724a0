// Ready-to-run operations for the playground's "Eksempler" pane. Plain strings with no imports, so the
// test in tests/api/playground-examples.test.ts can validate every one of them against the committed
// schema (apps/api/schema.graphql) and run it against a real API: a schema change that breaks an
// example fails CI instead of a developer's first afternoon.
import type { Permission, Role } from "@overblik/domain";

/** The ids an example needs, looked up with the visitor's own token when the example is opened. */
export interface ExampleIds {
  projectId: string;
  budgetId: string;
  /** A year of the budget, for the adjustment. */
  year: number;
  /** The two expense lines of the adjustment, with the versions the lookup saw (optimistic locking). */
  fromLine: { id: string; version: number };
  toLine: { id: string; version: number };
  /** The project the "Nyt projekt" examples set up: the newest one »Opret et projekt« created. */
  setup: {
    projectId: string;
    /** The project's first year: the budget's years and the plan's dates follow from it. */
    startYear: number;
    /** Its (first) budget with the version the lookup saw, sent back as expectedVersion. */
    budget: { id: string; version: number };
    /** The flow plan's version, or null while the project has none (setFlowPlan then creates it). */
    flowPlanVersion: number | null;
  };
  /** A styregruppe member of the example project (Brug for alle), who gets the same role in the new project. */
  styregruppeUserId: string;
  /** The visitor's roles in the example project, in the newest set-up project (null while there is none) and globally. */
  roles: { example: Role[]; setup: Role[] | null; global: Role[] };
}

export interface PlaygroundExample {
  title: string;
  /** One or two Danish sentences: what it shows, and who may run it. */
  description: string;
  /** The demo login that can run it (password overblik-demo). */
  login: string;
  /**
   * What the operation asks of the logged-in user (the permissions its fields declare with @Allow; "project.read",
   * which every role in a project gives, only when it is all), and in which
   * project: Brug for alle ("example"), the project »Opret et projekt« made ("setup"), or none ("global"). The pane
   * says so before a run would answer FORBIDDEN; tests/api/playground-examples.test.ts checks it against the API.
   */
  needs: { permissions: readonly Permission[]; in: "example" | "setup" | "global" };
  query: string;
  variables(ids: ExampleIds): Record<string, unknown>;
}

/** The project the examples are about: Brug for alle has the budget, the citizens and the flow. */
export const EXAMPLE_PROJECT_CODE = "BFA";

/**
 * Codes of the projects »Opret et projekt« creates: the prefix and the time in seconds in base 36, so that
 * running it again gives a new code (codes are unique), and the newest such project has the greatest code.
 */
export const SETUP_CODE_PREFIX = "EKS";

/** Such a code, and not a real project's that happens to begin with the prefix. */
const SETUP_CODE = new RegExp(`^${SETUP_CODE_PREFIX}[0-9A-Z]{6,7}$`);

/** A code no earlier run of »Opret et projekt« has used, e.g. "EKST7H2QZ" (2–10 letters and digits). */
export function newSetupCode(now: number = Date.now()): string {
  return SETUP_CODE_PREFIX + Math.floor(now / 1000).toString(36).toUpperCase();
}

/** The new project's first year: it runs three calendar years from next year's 1 January. */
export function newProjectStartYear(now: Date = new Date()): number {
  return now.getFullYear() + 1;
}

/**
 * Finds the ids for the examples: the visitor's projects with the current budget's expense lines, and for the
 * "Nyt projekt" examples the budget's and the flow plan's versions and the members. The list is ordered by
 * start date, and a new project starts next year, so it is asked for in full (take: 100, the most there is).
 */
export const EXAMPLE_IDS_QUERY = `query EksempelId {
  projects(take: 100) {
    items {
      id
      code
      startDate
      budget {
        id
        version
        years
        lines(side: EXPENSE) {
          id
          name
          version
        }
      }
      flowPlan {
        version
      }
      memberships {
        userId
        role
      }
      myRoles
    }
  }
  me {
    globalRoles
  }
}`;

export interface ExampleIdsData {
  projects: {
    items: Array<{
      id: string;
      code: string;
      startDate: string;
      budget: { id: string; version: number; years: number[]; lines: Array<{ id: string; name: string; version: number }> } | null;
      flowPlan: { version: number } | null;
      memberships: Array<{ userId: string; role: string }>;
      myRoles: Role[];
    }>;
  };
  me: { globalRoles: Role[] };
}

const LOG_IN = "<log ind øverst, og åbn eksemplet igen>";
const CREATE_FIRST = "<kør først »Opret et projekt«, og åbn eksemplet igen>";

/** Shown in the variables when the visitor is not logged in: the operation is right, only the ids are missing. */
export const PLACEHOLDER_IDS: ExampleIds = {
  projectId: LOG_IN,
  budgetId: LOG_IN,
  year: 2012,
  fromLine: { id: LOG_IN, version: 1 },
  toLine: { id: LOG_IN, version: 1 },
  setup: { projectId: LOG_IN, startYear: newProjectStartYear(), budget: { id: LOG_IN, version: 1 }, flowPlanVersion: null },
  styregruppeUserId: LOG_IN,
  roles: { example: [], setup: null, global: [] },
};

/**
 * The ids from the lookup: Brug for alle if the visitor has a role in it (else their first project),
 * and for the adjustment the budget's "Andre udgifter" and "Lægekonsulent" lines (else its first two).
 * The "Nyt projekt" examples get the newest project with an example code, and Brug for alle's styregruppe.
 */
export function exampleIdsFrom(data: ExampleIdsData): ExampleIds | null {
  const items = data.projects.items;
  const project = items.find((p) => p.code === EXAMPLE_PROJECT_CODE) ?? items[0];
  if (!project) return null;
  const lines = project.budget?.lines ?? [];
  const named = (prefix: string) => lines.find((l) => l.name.startsWith(prefix));
  const from = named("Andre udgifter") ?? lines[0];
  const to = named("Lægekonsulent") ?? lines.find((l) => l !== from);
  // Same-length base-36 codes sort as their times; a longer one is newer.
  const newest = items
    .filter((p) => SETUP_CODE.test(p.code))
    .sort((a, b) => a.code.length - b.code.length || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .at(-1);
  const styregruppe = project.memberships.find((m) => m.role === "STYREGRUPPE");
  return {
    projectId: project.id,
    budgetId: project.budget?.id ?? PLACEHOLDER_IDS.budgetId,
    year: project.budget?.years[0] ?? PLACEHOLDER_IDS.year,
    fromLine: from ? { id: from.id, version: from.version } : PLACEHOLDER_IDS.fromLine,
    toLine: to ? { id: to.id, version: to.version } : PLACEHOLDER_IDS.toLine,
    setup: newest
      ? {
          projectId: newest.id,
          startYear: Number(newest.startDate.slice(0, 4)),
          budget: newest.budget ? { id: newest.budget.id, version: newest.budget.version } : { id: "<kør først »Opret budgettet«, og åbn eksemplet igen>", version: 1 },
          flowPlanVersion: newest.flowPlan?.version ?? null,
        }
      : { ...PLACEHOLDER_IDS.setup, projectId: CREATE_FIRST, budget: { id: CREATE_FIRST, version: 1 } },
    styregruppeUserId: styregruppe?.userId ?? `<${project.code} har ingen styregruppe: skriv en brugers id>`,
    roles: { example: project.myRoles, setup: newest?.myRoles ?? null, global: data.me.globalRoles },
  };
}

/** The three years of the new project's budget, each with the same amount (a decimal string in kroner). */
const everyYear = (startYear: number, amount: string) => [0, 1, 2].map((i) => ({ year: startYear + i, amount }));

/**
 * The draft økonomioverslag: two income and five expense lines that balance in every year (500.000 kr. a
 * side), one of them negative and one with an activity driver (60 timer à 800 kr., so 16.000 kr. a year).
 */
function draftLines(startYear: number) {
  return [
    { side: "INCOME", name: "Pulje: samtaleforløb, tværfaglig afklaring og indsatsplaner", category: "Tilskud", amounts: everyYear(startYear, "400000.00") },
    { side: "INCOME", name: "Kommunal medfinansiering", category: "Medfinansiering", amounts: everyYear(startYear, "100000.00") },
    { side: "EXPENSE", name: "BSO tovholder frikøb", category: "Løn", amounts: everyYear(startYear, "240000.00") },
    { side: "EXPENSE", name: "JC tovholder/mentor frikøb", category: "Løn", amounts: everyYear(startYear, "210000.00") },
    {
      side: "EXPENSE",
      name: "Lægekonsulent honorar v/ca. 60 timer",
      category: "Honorarer",
      amounts: everyYear(startYear, "16000.00"),
      driver: { unit: "timer", quantity: "60", rate: "800.00", fixed: "RATE" },
    },
    { side: "EXPENSE", name: "Overførsel ml. BIF og SOF", category: "Løn", note: "Negativ: en del af frikøbet dækkes af den anden forvaltning.", amounts: everyYear(startYear, "-20000.00") },
    { side: "EXPENSE", name: "Andre udgifter", category: "Øvrige", amounts: everyYear(startYear, "54000.00") },
  ];
}

export const PLAYGROUND_EXAMPLES: readonly PlaygroundExample[] = [
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
      "Målgruppens fordeling på kommune, køn, alder, herkomst, ydelsesvarighed og farve. Styregruppen og ledere ser tallene pr. seneste månedsafslutning, afrundet til nærmeste 5 og tal under 5 som \"<5\".",
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
    description: "Fremdrift og økonomi på én side pr. en dato: trafiklys med reglerne, tragten, baseline mod nu, pris pr. resultat og det, der venter. For styregruppen er tallene om borgere pr. seneste månedsafslutning og afrundet til nærmeste 5.",
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
  // A new project set up over the API, in the order a script does it (README: "Over API'et"). They work on
  // the newest project »Opret et projekt« created, so they can be run again from the top.
  {
    title: "Opret et projekt",
    description:
      "Nyt projekt, trin 1 af 9: et treårigt projekt i Ishøj og Vallensbæk; du bliver dets leder. Kun for administratorer (og ledere, hvis kommunen tillader det). Koden er ny, hver gang eksemplet åbnes.",
    login: "admin@overblik.demo",
    needs: { permissions: ["project.create"], in: "global" },
    query: `# Opret et projekt. Koden (2–10 bogstaver og cifre) er unik og bliver
# præfiks for deltagerkoderne: samme kode to gange svares CONFLICT, så
# eksemplet laver en ny ud fra klokken. municipalityCodes er kommunekoder
# (183 Ishøj, 187 Vallensbæk); beløb er decimalstrenge i kroner.
mutation OpretProjekt($input: CreateProjectInput!) {
  createProject(input: $input) {
    id
    code
    name
    startDate
    endDate
    status
    approvalThreshold
    funding
    version
    myRoles
    municipalities {
      code
      name
    }
  }
}
`,
    variables: () => {
      const year = newProjectStartYear();
      return {
        input: {
          code: newSetupCode(),
          name: "Flere i arbejde (eksempel)",
          municipalityCodes: ["183", "187"],
          startDate: `${year}-01-01`,
          endDate: `${year + 2}-12-31`,
          description: "Samtaleforløb, tværfagligt team og indsatsplaner for aktivitetsparate kontanthjælpsmodtagere.",
          targetSize: 60,
          matchGroup: "Matchgruppe 3 (aktivitetsparate)",
          eligibility: `Kontanthjælpsmodtagere i matchgruppe 3 pr. 1. januar ${year}.`,
          poolName: "Puljen til flere i job",
          coFinancingPercent: 20,
          approvalThreshold: "50000.00",
          priceLevelYear: year,
        },
      };
    },
  },
  {
    title: "Giv styregruppen en rolle",
    description:
      "Nyt projekt, trin 2: Brug for alles styregruppemedlem bliver styregruppe i det nye projekt, så budgettet kan godkendes. Kun for projektets leder og administratorer; samme rolle to gange afvises.",
    login: "admin@overblik.demo",
    needs: { permissions: ["project.members"], in: "setup" },
    query: `# Giv en eksisterende bruger en rolle i projektet (STYREGRUPPE, LEADER,
# TOVHOLDER, CASEWORKER eller TEAM_MEMBER med kompetence og timer). Nye
# brugere opretter en administrator med createUser; de skal skifte deres
# engangsadgangskode (changePassword), før andet svarer.
mutation GivRolle($input: AddProjectMemberInput!) {
  addProjectMember(input: $input) {
    id
    version
    memberships {
      userId
      name
      role
      since
    }
  }
}
`,
    variables: (ids) => ({ input: { projectId: ids.setup.projectId, userId: ids.styregruppeUserId, role: "STYREGRUPPE" } }),
  },
  {
    title: "Opret budgettet",
    description: "Nyt projekt, trin 3: økonomioverslaget som tomt udkast for projektets tre år. Kun for projektets leder og administratorer.",
    login: "admin@overblik.demo",
    needs: { permissions: ["budget.draft"], in: "setup" },
    query: `# Et budget begynder som udkast (DRAFT). Årene skal ligge i projektets
# periode. version er den, der sendes med som expectedVersion, når udkastet
# gemmes.
mutation OpretBudget($input: CreateBudgetInput!) {
  createBudget(input: $input) {
    id
    name
    years
    status
    version
  }
}
`,
    variables: (ids) => ({
      input: {
        projectId: ids.setup.projectId,
        name: "Økonomioverslag",
        startYear: ids.setup.startYear,
        endYear: ids.setup.startYear + 2,
        priceLevelYear: ids.setup.startYear,
      },
    }),
  },
  {
    title: "Skriv budgetudkastet",
    description:
      "Nyt projekt, trin 4: to indtægts- og fem udgiftslinjer, én negativ og én med aktivitetsdriver (timer × sats), som balancerer hvert år. Kun for projektets leder og administratorer, mens budgettet er et udkast.",
    login: "admin@overblik.demo",
    needs: { permissions: ["budget.draft"], in: "setup" },
    query: `# Gemmer alle udkastets linjer på én gang (alt eller intet): linjer med id
# rettes, linjer uden oprettes, udeladte slettes. Beløb er decimalstrenge i
# kroner ("400000.00"). Med en driver og fixed: RATE følger beløbet af antal
# × sats. expectedVersion er budgettets version: er den forældet, svares
# CONFLICT (åbn eksemplet igen for den nye).
mutation SkrivBudgetudkast($input: SaveBudgetDraftInput!) {
  saveBudgetDraft(input: $input) {
    id
    status
    version
    lines {
      id
      side
      name
      total
      amounts {
        year
        amount
      }
      driver {
        unit
        plannedQuantity
        unitRate
      }
    }
    totals {
      income
      expense
      difference
      balanced
      years {
        year
        income
        expense
        balanced
      }
    }
  }
}
`,
    variables: (ids) => ({ input: { budgetId: ids.setup.budget.id, expectedVersion: ids.setup.budget.version, lines: draftLines(ids.setup.startYear) } }),
  },
  {
    title: "Send budgettet til godkendelse",
    description: "Nyt projekt, trin 5: udkastet sendes til styregruppen (SUBMITTED). Kun for projektets leder og administratorer.",
    login: "admin@overblik.demo",
    needs: { permissions: ["budget.submit"], in: "setup" },
    query: `# "Send til godkendelse": budgettet kan ikke længere rettes, før
# styregruppen godkender det (approveBudget) eller sender det tilbage med en
# kommentar (rejectBudget).
mutation SendTilGodkendelse($input: SubmitBudgetInput!) {
  submitBudget(input: $input) {
    id
    status
    version
    submittedAt
  }
}
`,
    variables: (ids) => ({ input: { budgetId: ids.setup.budget.id, expectedVersion: ids.setup.budget.version } }),
  },
  {
    title: "Godkend budgettet (styregruppen)",
    description:
      "Nyt projekt, trin 6: styregruppen godkender det indsendte budget, som derefter er projektets oprindelige budget. Kun for projektets styregruppe, ikke for lederen eller en administrator.",
    login: "styregruppe@overblik.demo",
    needs: { permissions: ["budget.approve"], in: "setup" },
    query: `# Styregruppen godkender et indsendt budget (SUBMITTED); det låses som det
# oprindelige budget, og ændringer sker derefter som budgetjusteringer.
mutation GodkendBudget($input: ApproveBudgetInput!) {
  approveBudget(input: $input) {
    id
    status
    approvedAt
    version
    totals {
      income
      expense
      balanced
    }
  }
}
`,
    variables: (ids) => ({ input: { budgetId: ids.setup.budget.id, expectedVersion: ids.setup.budget.version } }),
  },
  {
    title: "Mål og milepæle",
    description: "Nyt projekt, trin 7: et mål for andelen i job eller uddannelse og tidsplanens første milepæl. Kun for projektets leder, tovholder og administratorer.",
    login: "admin@overblik.demo",
    needs: { permissions: ["plan.edit"], in: "setup" },
    query: `# Et mål (indikator og mål i procent eller antal) og en milepæl på én gang:
# felterne i en mutation udføres efter hinanden.
mutation MaalOgMilepaele($goal: CreateGoalInput!, $milestone: CreateMilestoneInput!) {
  createGoal(input: $goal) {
    id
    name
    indicator
    targetPercent
    baselinePercent
    targetDate
  }
  createMilestone(input: $milestone) {
    id
    name
    dueDate
    responsible
    status
  }
}
`,
    variables: (ids) => ({
      goal: {
        projectId: ids.setup.projectId,
        name: "I job eller uddannelse",
        indicator: "JOB_OR_EDUCATION",
        targetPercent: 25,
        baselinePercent: 10,
        targetDate: `${ids.setup.startYear + 2}-12-31`,
      },
      milestone: { projectId: ids.setup.projectId, name: "Teamet i drift", dueDate: `${ids.setup.startYear}-04-01`, responsible: "Tovholderne" },
    }),
  },
  {
    title: "Sæt forløbsplanen og opret møder",
    description:
      "Nyt projekt, trin 8: samtaleperioden, teamets periode og mødernes rytme, og derefter teammøderne efter planen. Kun for projektets tovholder og administratorer (lederen kan sætte planen, men ikke oprette møderne).",
    login: "admin@overblik.demo",
    needs: { permissions: ["plan.edit", "meeting.plan"], in: "setup" },
    query: `# Forløbsplanen og kapacitetsplanen, der følger af den; derefter opretter
# generateTeamMeetings de møder, planen mangler (missingMeetings), og svarer
# med antallet. expectedVersion er null første gang, siden forløbsplanens
# version (åbn eksemplet igen for den).
mutation Forloebsplan($plan: SetFlowPlanInput!, $projectId: ID!) {
  setFlowPlan(input: $plan) {
    conversationStart
    conversationEnd
    teamStart
    teamEnd
    meetingIntervalDays
    maxCitizensPerMeeting
    version
    missingMeetings
    capacityPlan {
      citizens
      conversationsPerWeek
      meetings
      meetingCapacity
      mismatches
    }
  }
  generateTeamMeetings(projectId: $projectId)
}
`,
    variables: (ids) => ({
      plan: {
        projectId: ids.setup.projectId,
        expectedVersion: ids.setup.flowPlanVersion,
        conversationStart: `${ids.setup.startYear}-02-01`,
        conversationEnd: `${ids.setup.startYear}-03-31`,
        teamStart: `${ids.setup.startYear}-04-01`,
        teamEnd: `${ids.setup.startYear}-06-30`,
        meetingIntervalDays: 14,
        maxCitizensPerMeeting: 5,
        minutesPerCitizen: 30,
      },
      projectId: ids.setup.projectId,
    }),
  },
  {
    title: "Et ekstra teammøde",
    description:
      "Nyt projekt, trin 9: ét møde ud over forløbsplanens, når planens møder er brugt. Kun for projektets tovholder og administratorer; en dato med et møde i forvejen afvises.",
    login: "admin@overblik.demo",
    needs: { permissions: ["meeting.plan"], in: "setup" },
    query: `# Ét ekstra teammøde på en dato i projektets periode; dagsordenens grænse
# og minutter pr. borger er forløbsplanens, medmindre de angives. Borgere
# sættes på dagsordenen med addToAgenda.
mutation EkstraTeammoede($input: AddTeamMeetingInput!) {
  addTeamMeeting(input: $input) {
    id
    date
    status
    maxItems
    minutesPerItem
    version
  }
}
`,
    variables: (ids) => ({ input: { projectId: ids.setup.projectId, date: `${ids.setup.startYear}-07-07` } }),
  },
];
