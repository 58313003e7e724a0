import { kroner, type BudgetSide, type GlobalRole, type ProjectRole } from "@overblik/domain";
import type { DataSource, EntityManager } from "typeorm";
import {
  AppUser,
  Budget,
  BudgetLine,
  BudgetLineAmount,
  CompetencePool,
  Organisation,
  Project,
  ProjectMembership,
  ProjectMunicipality,
  ProjectOrganisation,
  type OrganisationKind,
  type ProjectStatus,
} from "../entities/index.js";
import { hashPassword } from "../passwords.js";
import { seedDemoParticipants, seedFlowPlan } from "./demo-participants.js";
import { seedIllustrativeSpend } from "./illustrative-spend.js";
import { seedDemoFlow } from "./demo-flow.js";
import { seedDemoTrial } from "./demo-trial.js";

/** Every demo user has this password; `npm start` prints it. Never used outside demo data. */
export const DEMO_PASSWORD = "overblik-demo";

export interface DemoUser {
  email: string;
  name: string;
  description: string;
  globalRoles: GlobalRole[];
  memberships: Array<{ project: string; role: ProjectRole }>;
  /** The user's municipality (kommunekode): Ishøj 183, Vallensbæk 187, København 101, Faxe 320. */
  municipalityCode: string | null;
}

const tkr = (thousands: number) => kroner(thousands * 1000);

const ORGANISATIONS: Array<{ key: string; name: string; kind: OrganisationKind; municipality: string }> = [
  { key: "ishoj-bso", name: "Ishøj Kommune, Borger- og Socialservice", kind: "KOMMUNE", municipality: "Ishøj" },
  { key: "jc-vallensbaek", name: "Jobcenter Vallensbæk", kind: "JOBCENTER", municipality: "Ishøj og Vallensbæk" },
  { key: "kk-sof", name: "Københavns Kommune, Socialforvaltningen", kind: "SOCIALFORVALTNING", municipality: "København" },
];

interface DemoProject {
  code: string;
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  targetSize: number | null;
  status: ProjectStatus;
  funding: string;
  organisations: string[];
  /** Kommunekoder: Ishøj 183, Vallensbæk 187, København 101. */
  municipalities: string[];
}

const PROJECTS: DemoProject[] = [
  {
    code: "BFA",
    name: "Brug for alle",
    description:
      "En særlig indsats for kontanthjælpsmodtagere i matchgruppe 3 i Ishøj og Vallensbæk: screening i farvegrupper, " +
      "indledende samtaler, tværfagligt team hver 14. dag og indsatsplaner på tværs af beskæftigelse, det sociale og sundhed.",
    // Screening in week 29 of 2012 (16.–22. juli); the project ends 1 August 2013.
    startDate: "2012-07-16",
    endDate: "2013-08-01",
    targetSize: 219,
    status: "ENDED",
    funding: "Puljemidler til indsats for udsatte kontanthjælpsmodtagere",
    organisations: ["ishoj-bso", "jc-vallensbaek"],
    municipalities: ["183", "187"],
  },
  {
    code: "KBH",
    name: "Pilotprojekt: forstærket indsats for udsatte kontanthjælpsmodtagere",
    description:
      "Københavns pilot for 130 borgere i stofbehandling: jobsamtaler, progressionsmåling og kompetenceudvikling af " +
      "Socialforvaltningens medarbejdere, i samarbejde mellem Beskæftigelses- og Integrationsforvaltningen (BIF) og Socialforvaltningen (SOF).",
    startDate: "2012-01-01",
    endDate: "2015-12-31",
    targetSize: 130,
    status: "ENDED",
    funding: "Kommunale serviceudgifter (2012-p/l)",
    organisations: ["kk-sof"],
    municipalities: ["101"],
  },
  {
    code: "FSM",
    name: "Flere skal med",
    description:
      "Ca. 160 borgere udvalgt af styrelsen, fordelt i gruppe 1 (projekt: afklaring, mod job med virksomhedskonsulent, " +
      "virksomhedspraktik med ordinære timer), gruppe 2 (rehabiliteringsteam) og gruppe 3 (socialområdet underrettes). " +
      "Mål: 40 % af målgruppen i 13 ugers virksomhedspraktik.",
    startDate: "2017-01-01",
    endDate: "2019-12-31",
    targetSize: 160,
    status: "ENDED",
    funding: "National pulje",
    organisations: ["ishoj-bso", "jc-vallensbaek"],
    municipalities: ["183", "187"],
  },
  {
    code: "JF",
    name: "JobFirst",
    description:
      "Kontrolleret forsøg: 100 borgere i indsatsgruppen og 100 i kontrolgruppen, ni definerede elementer. " +
      "Mål: flere timer i ordinær beskæftigelse.",
    startDate: "2016-01-01",
    endDate: "2017-12-31",
    targetSize: 200,
    status: "ENDED",
    funding: "National pulje",
    organisations: ["ishoj-bso", "jc-vallensbaek"],
    municipalities: ["183", "187"],
  },
];

interface DemoLine {
  side: BudgetSide;
  name: string;
  category: string;
  note?: string;
  /** Activity driver as the document states it: "v/ca. 50 timer" (à 800 kr.). */
  driver?: { unit: string; quantity: string; unitRateKr?: number };
  /** Thousands of kroner per year, as the document states them. */
  tkr: Record<number, number>;
}

/** "Brug for alle", økonomioverslag (udmøntningsplan pr. 23.08.2012), 1.000 kr.: 1.193 on each side. */
const BFA_LINES: DemoLine[] = [
  { side: "INCOME", name: "Til samtaleforløb, tværfaglig afklaring, indsatsplaner", category: "Tilskud", tkr: { 2012: 794 } },
  { side: "INCOME", name: "Virksomhedskonsulent/mentor", category: "Tilskud", tkr: { 2012: 250 } },
  { side: "INCOME", name: "Mentorstøtte eller kompetenceudvikling til nydanske kvinder", category: "Tilskud", tkr: { 2012: 149 } },
  { side: "EXPENSE", name: "BSO tovholder frikøb fuld tid", category: "Tovholdere", tkr: { 2012: 480 } },
  { side: "EXPENSE", name: "JC tovholder/mentor frikøb fuld tid", category: "Tovholdere", tkr: { 2012: 420 } },
  { side: "EXPENSE", name: "Lægekonsulent honorar v/ca. 50 timer", category: "Honorarer", note: "Ca. 50 timer à 800 kr.", driver: { unit: "timer", quantity: "50.00", unitRateKr: 800 }, tkr: { 2012: 40 } },
  {
    side: "EXPENSE",
    name: "Psykolog/psykiater honorar v/ca. 50 timer",
    category: "Honorarer",
    note: "Ca. 50 timer à 800 kr.",
    driver: { unit: "timer", quantity: "50.00", unitRateKr: 800 },
    tkr: { 2012: 40 },
  },
  { side: "EXPENSE", name: "Sundhedsafdelinger", category: "Honorarer", tkr: { 2012: 20 } },
  { side: "EXPENSE", name: "Familiecentret samlet honorar for medvirken", category: "Honorarer", tkr: { 2012: 15 } },
  { side: "EXPENSE", name: "UU-center samlet honorar for medvirken", category: "Honorarer", tkr: { 2012: 15 } },
  { side: "EXPENSE", name: "Virksomhedskonsulent honorar v/ca. 219 timer", category: "Honorarer", note: "Ca. én time pr. borger i målgruppen", driver: { unit: "timer", quantity: "219.00" }, tkr: { 2012: 55 } },
  { side: "EXPENSE", name: "Andre udgifter", category: "Øvrige", tkr: { 2012: 108 } },
];

/** Copenhagen pilot, driftsaktivitet – serviceudgifter, 1.000 kr., 2012-p/l. */
const KBH_LINES: DemoLine[] = [
  { side: "EXPENSE", name: "Jobsamtaler til 130 borgere", category: "Serviceudgifter", tkr: { 2012: 200, 2013: 200, 2014: 200, 2015: 200 } },
  {
    side: "EXPENSE",
    name: "Overførsel ml. BIF og SOF",
    category: "Serviceudgifter",
    note: "Overførsel mellem Beskæftigelses- og Integrationsforvaltningen og Socialforvaltningen",
    tkr: { 2012: -200, 2013: -200, 2014: -200, 2015: -200 },
  },
  { side: "EXPENSE", name: "Progressionsmåling", category: "Serviceudgifter", tkr: { 2012: 300, 2013: 300, 2014: 300, 2015: 300 } },
  { side: "EXPENSE", name: "Forberedelse af forankring af indsatsen", category: "Serviceudgifter", tkr: { 2012: 200, 2013: 0, 2014: 0, 2015: 0 } },
  {
    side: "EXPENSE",
    name: "Kompetenceudvikling af Socialforvaltningens medarbejdere",
    category: "Serviceudgifter",
    tkr: { 2012: 500, 2013: 200, 2014: 50, 2015: 50 },
  },
];

export const DEMO_USERS: DemoUser[] = [
  {
    email: "styregruppe@overblik.demo",
    name: "Susanne Styregruppe",
    description: "styregruppemedlem i alle fire projekter",
    globalRoles: [],
    memberships: ["BFA", "KBH", "FSM", "JF"].map((project) => ({ project, role: "STYREGRUPPE" as const })),
    municipalityCode: "183",
  },
  {
    email: "leder@overblik.demo",
    name: "Lars Leder",
    description: "faglig leder (budgetansvarlig) i Brug for alle og Københavnerpiloten",
    globalRoles: [],
    memberships: [
      { project: "BFA", role: "LEADER" },
      { project: "KBH", role: "LEADER" },
    ],
    municipalityCode: "183",
  },
  {
    email: "tovholder@overblik.demo",
    name: "Tine Tovholder",
    description: "tovholder (BSO) i Brug for alle",
    globalRoles: [],
    memberships: [{ project: "BFA", role: "TOVHOLDER" }],
    municipalityCode: "183",
  },
  {
    email: "sagsbehandler@overblik.demo",
    name: "Sara Sagsbehandler",
    description: "sagsbehandler i jobcentret, Brug for alle",
    globalRoles: [],
    memberships: [{ project: "BFA", role: "CASEWORKER" }],
    municipalityCode: "187",
  },
  {
    email: "team@overblik.demo",
    name: "Torben Teammedlem",
    description: "lægekonsulent i det tværfaglige team, Brug for alle",
    globalRoles: [],
    memberships: [{ project: "BFA", role: "TEAM_MEMBER" }],
    municipalityCode: "187",
  },
  {
    email: "admin@overblik.demo",
    name: "Anna Administrator",
    description: "administrator for hele installationen",
    globalRoles: ["ADMIN"],
    memberships: [],
    municipalityCode: null,
  },
  {
    email: "udvikler@overblik.demo",
    name: "Ulrik Udvikler",
    description: "udvikler med legepladsen; læser som styregruppe i Brug for alle",
    globalRoles: ["DEVELOPER"],
    memberships: [{ project: "BFA", role: "STYREGRUPPE" }],
    municipalityCode: null,
  },
  {
    email: "kommuneadmin@overblik.demo",
    name: "Karen Kommuneadministrator",
    description: "kommuneadministrator i Ishøj: Ishøjs brugere og de projekter, Ishøj er med i",
    globalRoles: ["MUNICIPALITY_ADMIN"],
    memberships: [],
    municipalityCode: "183",
  },
  {
    email: "kbh@overblik.demo",
    name: "Kasper København",
    description: "medarbejder i Københavns Kommune, endnu uden projektroller",
    globalRoles: [],
    memberships: [],
    municipalityCode: "101",
  },
  {
    email: "faxe@overblik.demo",
    name: "Frida Faxe",
    description: "medarbejder i Faxe Kommune, endnu uden projektroller",
    globalRoles: [],
    memberships: [],
    municipalityCode: "320",
  },
];

/**
 * Deactivates the demo accounts (their password is public) where they are active; returns how many. For production
 * databases that got the demo data before it was refused there. Deactivating ends their sessions at once.
 */
export async function deactivateDemoUsers(dataSource: DataSource): Promise<number> {
  // Wrapped in a SELECT: TypeORM answers a bare UPDATE … RETURNING with [rows, rowCount] rather than the rows.
  const rows: Array<{ n: number }> = await dataSource.query(
    `WITH deactivated AS (
       UPDATE app_user SET active = false, version = version + 1 WHERE active AND email = ANY($1) RETURNING id
     ) SELECT count(*)::int AS n FROM deactivated`,
    [DEMO_USERS.map((u) => u.email)],
  );
  return rows[0]?.n ?? 0;
}

export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const rows: Array<{ n: string }> = await dataSource.query(`SELECT count(*) AS n FROM organisation`);
  return rows[0]?.n === "0";
}

/** Loads the demo data in one transaction (all or nothing). Returns false when data were already there. */
export interface DemoDataOptions {
  /** Encrypts the demo's free text about citizens (wishes, recommendations, alerts) with the personal-data key; without it they stay empty. */
  encrypt?: (plain: string) => Buffer;
}

export async function seedDemoData(dataSource: DataSource, options: DemoDataOptions = {}): Promise<boolean> {
  if (!(await isDatabaseEmpty(dataSource))) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const orgIds = new Map<string, string>();
    for (const org of ORGANISATIONS) {
      const saved = await manager.save(manager.create(Organisation, { name: org.name, kind: org.kind, municipality: org.municipality }));
      orgIds.set(org.key, saved.id);
    }
    const projectIds = new Map<string, string>();
    for (const p of PROJECTS) {
      const { organisations, municipalities, ...fields } = p;
      const saved = await manager.save(manager.create(Project, fields));
      projectIds.set(p.code, saved.id);
      for (const key of organisations) {
        await manager.insert(ProjectOrganisation, { projectId: saved.id, organisationId: required(orgIds, key) });
      }
      for (const municipalityCode of municipalities) await manager.insert(ProjectMunicipality, { projectId: saved.id, municipalityCode });
    }
    const userIds = new Map<string, string>();
    for (const user of DEMO_USERS) {
      const savedUser = await manager.save(
        manager.create(AppUser, {
          email: user.email,
          name: user.name,
          passwordHash,
          globalRoles: user.globalRoles,
          municipalityCode: user.municipalityCode,
          organisationId: user.email.startsWith("leder") || user.email.startsWith("tovholder") ? required(orgIds, "ishoj-bso") : null,
        }),
      );
      userIds.set(user.email, savedUser.id);
      for (const m of user.memberships) {
        await manager.insert(ProjectMembership, { projectId: required(projectIds, m.project), userId: savedUser.id, role: m.role });
      }
    }
    const bfaLines = await insertBudget(manager, required(projectIds, "BFA"), {
      name: "Økonomioverslag",
      priceLevelYear: null,
      startYear: 2012,
      endYear: 2012,
      note: "Dokumentet angiver ét beløb for hele projektperioden 2012–13; det er bogført på 2012.",
      lines: BFA_LINES,
      // Tidsplanen: "Plan godkendt 1. august" 2012. From then on it is the original budget.
      approval: { at: new Date("2012-08-01T10:00:00+02:00"), by: required(userIds, "styregruppe@overblik.demo") },
    });
    await insertBudget(manager, required(projectIds, "KBH"), {
      name: "Driftsaktivitet – serviceudgifter",
      priceLevelYear: 2012,
      startYear: 2012,
      endYear: 2015,
      note: "Beløb i 2012-p/l. Dokumentet angiver kun serviceudgifter, ingen indtægtsside.",
      lines: KBH_LINES,
    });
    const pool = await manager.save(
      manager.create(CompetencePool, {
        projectId: required(projectIds, "BFA"),
        name: "Kompetenceudvikling",
        amountOre: kroner(185_000),
        description:
          "Til teamet og jobcentrets medarbejdere: kultur og holdninger (se ressourcer frem for problemer), " +
          "sundhedspædagogik og kommunikation, spørgeteknikker til den indledende samtale, videndeling i teamet.",
      }),
    );
    await seedIllustrativeSpend(manager, { lines: bfaLines, poolId: pool.id, userId: required(userIds, "leder@overblik.demo") });
    await seedDemoParticipants(manager, {
      projectId: required(projectIds, "BFA"),
      code: "BFA",
      tovholderId: required(userIds, "tovholder@overblik.demo"),
      caseworkerId: required(userIds, "sagsbehandler@overblik.demo"),
    });
    await seedFlowPlan(manager, required(projectIds, "BFA"), { lines: bfaLines, teamUserId: required(userIds, "team@overblik.demo") });
    await seedDemoFlow(manager, {
      projectId: required(projectIds, "BFA"),
      lines: bfaLines,
      tovholderId: required(userIds, "tovholder@overblik.demo"),
      leaderId: required(userIds, "leder@overblik.demo"),
      encrypt: options.encrypt,
    });
    await seedDemoTrial(manager, { projectId: required(projectIds, "JF"), code: "JF", userId: required(userIds, "styregruppe@overblik.demo") });
  });
  // Table statistics now rather than when autovacuum gets round to it: without them the planner works from
  // guessed table sizes for the demo's first requests.
  await dataSource.query("ANALYZE");
  return true;
}

async function insertBudget(
  manager: EntityManager,
  projectId: string,
  budget: {
    name: string;
    priceLevelYear: number | null;
    startYear: number;
    endYear: number;
    note: string;
    lines: DemoLine[];
    approval?: { at: Date; by: string };
  },
): Promise<Map<string, string>> {
  const lineIds = new Map<string, string>();
  const saved = await manager.save(
    manager.create(Budget, {
      projectId,
      name: budget.name,
      priceLevelYear: budget.priceLevelYear,
      startYear: budget.startYear,
      endYear: budget.endYear,
      status: budget.approval ? "APPROVED" : "DRAFT",
      note: budget.note,
      approvedAt: budget.approval?.at ?? null,
      approvedBy: budget.approval?.by ?? null,
    }),
  );
  let sortOrder = 0;
  for (const line of budget.lines) {
    const savedLine = await manager.save(
      manager.create(BudgetLine, {
        budgetId: saved.id,
        side: line.side,
        name: line.name,
        category: line.category,
        note: line.note ?? null,
        sortOrder: sortOrder++,
        driverUnit: line.driver?.unit ?? null,
        driverQuantity: line.driver?.quantity ?? null,
        driverUnitRateOre: line.driver?.unitRateKr ? kroner(line.driver.unitRateKr) : null,
      }),
    );
    lineIds.set(line.name, savedLine.id);
    for (const [year, thousands] of Object.entries(line.tkr)) {
      const amountOre = tkr(thousands);
      await manager.insert(BudgetLineAmount, {
        budgetLineId: savedLine.id,
        year: Number(year),
        amountOre,
        originalAmountOre: budget.approval ? amountOre : null,
      });
    }
  }
  return lineIds;
}

function required<V>(map: Map<string, V>, key: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Demo data refer to unknown key ${key}`);
  return value;
}
