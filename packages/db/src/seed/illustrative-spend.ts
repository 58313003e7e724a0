import type { EntityManager } from "typeorm";
import { ActivityEntry, BudgetPosting, CompetenceActivity } from "../entities/index.js";
import { lineByPrefix } from "./demo-lines.js";

/**
 * Spend, activity and the competence pool's activities for "Brug for alle" up to the end of January 2013.
 * The documents give the budget, not the spend: these figures are ILLUSTRATIVE, marked "Eksempel" and
 * vouchers "DEMO-…", so the follow-up screens have something to show. The budget itself is the document's.
 */
export async function seedIllustrativeSpend(
  manager: EntityManager,
  ctx: { projectId: string; lines: Map<string, string>; poolId: string; userId: string },
): Promise<void> {
  const line = (prefix: string): string => lineByPrefix(ctx.lines, prefix);
  const months = ["2012-08-31", "2012-09-30", "2012-10-31", "2012-11-30", "2012-12-31", "2013-01-31"];
  const postings: Array<Omit<BudgetPosting, "id" | "createdAt" | "line" | "reverses" | "import" | "creator">> = [];
  const post = (prefix: string, date: string, kr: number, text: string, voucher: string, quantity: string | null = null) =>
    postings.push({
      projectId: ctx.projectId,
      budgetLineId: line(prefix),
      postingDate: date,
      amountOre: BigInt(kr) * 100n,
      text: `Eksempel: ${text}`,
      voucher,
      quantity,
      reversesPostingId: null,
      importId: null,
      createdBy: ctx.userId,
    });

  // Spend for the rest of the period (February–July 2013): the tovholdere, the fixed fees and the second rates
  // of the grants. The consultants' invoices after January follow their delivered hours (demo-flow.ts).
  const later = ["2013-02-28", "2013-03-31", "2013-04-30", "2013-05-31", "2013-06-30", "2013-07-31"];
  later.forEach((date, i) => {
    post("BSO tovholder", date, 40_000, "frikøb BSO-tovholder", `DEMO-BSO-${i + 7}`);
    post("JC tovholder", date, 35_000, "frikøb JC-tovholder/mentor", `DEMO-JC-${i + 7}`);
  });
  post("Andre udgifter", "2013-03-15", 18_400, "transport og mødeforplejning", "DEMO-A-3");
  post("Andre udgifter", "2013-05-22", 26_900, "materialer og kursusgebyrer til borgerne", "DEMO-A-4");
  post("Andre udgifter", "2013-07-05", 21_300, "afslutningsarrangement og evalueringsmateriale", "DEMO-A-5");
  post("Familiecentret", "2013-07-31", 10_000, "honorar, andet halvår", "DEMO-F-2");
  post("UU-center", "2013-03-31", 7_500, "honorar, første rate", "DEMO-U-1");
  post("UU-center", "2013-07-31", 7_500, "honorar, anden rate", "DEMO-U-2");
  post("Sundhedsafdelinger", "2013-04-30", 10_000, "honorar, første rate", "DEMO-S-1");
  post("Sundhedsafdelinger", "2013-07-31", 10_000, "honorar, anden rate", "DEMO-S-2");
  post("Til samtaleforløb", "2013-03-01", 397_000, "2. rate fra puljen", "DEMO-I-3");
  post("Virksomhedskonsulent/mentor", "2013-03-01", 125_000, "2. rate fra puljen", "DEMO-I-4");
  post("Mentorstøtte", "2013-03-01", 149_000, "tilskud til mentorstøtte", "DEMO-I-5");

  months.forEach((date, i) => {
    post("BSO tovholder", date, 40_000, "frikøb BSO-tovholder", `DEMO-BSO-${i + 1}`);
    post("JC tovholder", date, 35_000, "frikøb JC-tovholder/mentor", `DEMO-JC-${i + 1}`);
  });
  post("Lægekonsulent", "2012-10-31", 6_400, "lægekonsulent 8 timer", "DEMO-L-1", "8.00");
  post("Lægekonsulent", "2012-11-30", 9_600, "lægekonsulent 12 timer", "DEMO-L-2", "12.00");
  post("Lægekonsulent", "2012-12-31", 8_000, "lægekonsulent 10 timer", "DEMO-L-3", "10.00");
  post("Psykolog", "2012-11-30", 16_000, "psykolog, 20 timer faktureret", "DEMO-P-1", "20.00");
  post("Psykolog", "2013-01-31", 12_000, "psykolog, 15 timer faktureret", "DEMO-P-2", "15.00");
  post("Virksomhedskonsulent honorar", "2012-12-31", 10_000, "virksomhedskonsulent 40 timer", "DEMO-V-1", "40.00");
  post("Andre udgifter", "2012-09-14", 4_250, "mødeforplejning, opstart", "DEMO-A-1");
  post("Andre udgifter", "2012-11-02", 12_500, "materialer til samtaler", "DEMO-A-2");
  post("Familiecentret", "2013-01-31", 5_000, "honorar, første halvår", "DEMO-F-1");
  post("Til samtaleforløb", "2012-09-03", 397_000, "1. rate fra puljen", "DEMO-I-1");
  post("Virksomhedskonsulent/mentor", "2012-09-03", 125_000, "1. rate fra puljen", "DEMO-I-2");
  await manager.insert(BudgetPosting, postings);

  // Delivered activity up to January: the doctor's hours match the invoices (8, 12 and 10 hours); the
  // psychologist has delivered fewer hours than invoiced (15 of 35: a warning on the follow-up screen), the
  // company consultant more (65 of 40). The hours at team meetings come from the flow (demo-flow.ts); these
  // are the hours outside the meetings, so together they make the monthly figures above.
  const activity: Array<[string, string, string]> = [
    ["Lægekonsulent", "2012-11-30", "7.00"],
    ["Lægekonsulent", "2012-12-31", "7.50"],
    ["Psykolog", "2012-11-30", "3.00"],
    ["Psykolog", "2013-01-31", "2.00"],
    ["Virksomhedskonsulent honorar", "2012-12-31", "37.50"],
    ["Virksomhedskonsulent honorar", "2013-01-31", "20.00"],
  ];
  await manager.insert(
    ActivityEntry,
    activity.map(([prefix, date, quantity]) => ({
      projectId: ctx.projectId,
      budgetLineId: line(prefix),
      activityDate: date,
      quantity,
      source: "MANUAL" as const,
      sourceRef: null,
      note: "Eksempel: arbejde uden for teammøderne",
      createdBy: ctx.userId,
    })),
  );

  // The document names the four themes of the 185.000 kr.; the split between them is an example.
  const poolActivities: Array<[string, string, number, number, string, "PLANNED" | "HELD", number | null, number | null]> = [
    ["Kultur og holdninger: se ressourcer frem for problemer", "Tværfagligt team", 55_000, 12, "2012-09-20", "HELD", 11, 52_300],
    ["Sundhedspædagogik og kommunikation", "Tovholdere og jobcentermedarbejdere", 50_000, 20, "2012-10-25", "HELD", 18, 50_000],
    ["Spørgeteknikker til den indledende samtale", "Tovholdere og jobcentermedarbejdere", 40_000, 20, "2012-08-28", "HELD", 21, 38_900],
    ["Videndeling i teamet", "Tværfagligt team", 40_000, 12, "2013-03-14", "PLANNED", null, null],
  ];
  await manager.insert(
    CompetenceActivity,
    poolActivities.map(([name, targetGroup, planned, participants, date, status, actualParticipants, actualKr]) => ({
      projectId: ctx.projectId,
      poolId: ctx.poolId,
      name,
      targetGroup,
      plannedCostOre: BigInt(planned) * 100n,
      plannedParticipants: participants,
      plannedDate: date,
      status,
      actualParticipants,
      actualCostOre: actualKr === null ? null : BigInt(actualKr) * 100n,
    })),
  );
}
