// The demo's budgets as their source documents state them, and Brug for alle's competence pool.
import { kroner, type BudgetSide } from "@overblik/domain";
import type { EntityManager } from "typeorm";
import { Budget, BudgetLine, BudgetLineAmount, CompetencePool } from "../entities/index.js";
import { required } from "./demo-keys.js";

const tkr = (thousands: number) => kroner(thousands * 1000);

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
  {
    side: "EXPENSE",
    name: "Lægekonsulent honorar v/ca. 50 timer",
    category: "Honorarer",
    note: "Ca. 50 timer à 800 kr.",
    driver: { unit: "timer", quantity: "50.00", unitRateKr: 800 },
    tkr: { 2012: 40 },
  },
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
  {
    side: "EXPENSE",
    name: "Virksomhedskonsulent honorar v/ca. 219 timer",
    category: "Honorarer",
    note: "Ca. én time pr. borger i målgruppen",
    driver: { unit: "timer", quantity: "219.00" },
    tkr: { 2012: 55 },
  },
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

/**
 * Saves Brug for alle's approved budget, Copenhagen's draft and Brug for alle's competence pool; returns Brug for
 * alle's line ids by name and the pool's id.
 */
export async function seedDemoBudgets(
  manager: EntityManager,
  { projectIds, userIds }: { projectIds: Map<string, string>; userIds: Map<string, string> },
): Promise<{ bfaLines: Map<string, string>; poolId: string }> {
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
  return { bfaLines, poolId: pool.id };
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
        projectId,
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
        projectId,
        budgetLineId: savedLine.id,
        year: Number(year),
        amountOre,
        originalAmountOre: budget.approval ? amountOre : null,
      });
    }
  }
  return lineIds;
}
