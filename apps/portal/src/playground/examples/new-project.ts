// A new project set up over the API, in the order a script does it (README: "Over API'et"). They work on
// the newest project »Opret et projekt« created, so they can be run again from the top.
import { newProjectStartYear, newSetupCode } from "./example-ids";
import type { PlaygroundExample } from "./types";

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
    {
      side: "EXPENSE",
      name: "Overførsel ml. BIF og SOF",
      category: "Løn",
      note: "Negativ: en del af frikøbet dækkes af den anden forvaltning.",
      amounts: everyYear(startYear, "-20000.00"),
    },
    { side: "EXPENSE", name: "Andre udgifter", category: "Øvrige", amounts: everyYear(startYear, "54000.00") },
  ];
}

export const NEW_PROJECT_EXAMPLES: readonly PlaygroundExample[] = [
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
    description:
      "Nyt projekt, trin 7: et mål for andelen i job eller uddannelse og tidsplanens første milepæl. Kun for projektets leder, tovholder og administratorer.",
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
