/** Citizens in a project: the categories of the domain brief, with their Danish labels. */
export type Colour = "GROEN" | "ORANGE" | "ROED" | "BLAA";
export type Origin = "DANISH" | "IMMIGRANT_NON_WESTERN" | "DESCENDANT_NON_WESTERN" | "OTHER";
export type AgeGroup = "UNDER_30" | "FROM_30_TO_49" | "FROM_50";
export type Profile = "MAYBE_SUITED" | "PHYSICALLY_ILL" | "SUBSTANCE_ABUSE" | "DIFFUSE_MENTAL" | "DIAGNOSED_MENTAL" | "MENTAL_WITH_ABUSE";
export type Motivation = "OVERCOMES_BARRIERS" | "MOTIVATED_WORK" | "MOTIVATED_EDUCATION" | "NOT_MOTIVATED" | "WISHES_PENSION" | "NOT_STATED";
export type CaseFocus =
  | "LABOUR_MARKET"
  | "UPSKILLING"
  | "SUPPORT_ARRANGEMENT"
  | "ACTIVATION"
  | "PHYSICAL_TREATMENT"
  | "MENTAL_TREATMENT"
  | "ABUSE_TREATMENT"
  | "LEAVE_IN_PEACE"
  | "PENSION_CASE";

export const COLOUR_LABELS: Record<Colour, string> = { GROEN: "Grøn", ORANGE: "Orange", ROED: "Rød", BLAA: "Blå" };
export const COLOUR_MEANINGS: Record<Colour, string> = {
  GROEN: "Hovedproblemet er beskæftigelse, ingen kontakt med BSO: indledende samtale med JC-sagsbehandler.",
  ORANGE: "Hovedproblemet er socialt, kendt af BSO: indledende samtale med tovholderne.",
  ROED: "Fraflyttet, udvandret, førtidspension, terminalt syg eller på barsel: ikke en del af projektet.",
  BLAA: "Unge i særligt tilrettelagt uddannelse (STU): fortsætter STU; sagen drøftes med tovholderne.",
};
export const ORIGIN_LABELS: Record<Origin, string> = {
  DANISH: "Dansk oprindelse",
  IMMIGRANT_NON_WESTERN: "Indvandrer, ikke-vestlig",
  DESCENDANT_NON_WESTERN: "Efterkommer, ikke-vestlig",
  OTHER: "Øvrige",
};
export const AGE_GROUP_LABELS: Record<AgeGroup, string> = { UNDER_30: "Under 30 år", FROM_30_TO_49: "30–49 år", FROM_50: "50 år og derover" };
export const PROFILE_LABELS: Record<Profile, string> = {
  MAYBE_SUITED: "De måske egnede",
  PHYSICALLY_ILL: "Fysisk syge",
  SUBSTANCE_ABUSE: "Misbrugere",
  DIFFUSE_MENTAL: "Diffust psykisk syge uden diagnose",
  DIAGNOSED_MENTAL: "Diagnosticeret psykisk syge eller traumatiserede",
  MENTAL_WITH_ABUSE: "Psykisk syge misbrugere",
};
export const MOTIVATION_LABELS: Record<Motivation, string> = {
  OVERCOMES_BARRIERS: "Viser evne til at overkomme barrierer",
  MOTIVATED_WORK: "Motiveret for arbejde",
  MOTIVATED_EDUCATION: "Motiveret for uddannelse",
  NOT_MOTIVATED: "Ikke motiveret",
  WISHES_PENSION: "Ønsker pension",
  NOT_STATED: "Ikke angivet",
};
export const CASE_FOCUS_LABELS: Record<CaseFocus, string> = {
  LABOUR_MARKET: "Tilbagevenden til arbejdsmarkedet",
  UPSKILLING: "Opkvalificering og uddannelse",
  SUPPORT_ARRANGEMENT: "Støtteordning",
  ACTIVATION: "Aktivering",
  PHYSICAL_TREATMENT: "Behandling af fysisk sygdom",
  MENTAL_TREATMENT: "Behandling af psykisk sygdom",
  ABUSE_TREATMENT: "Behandling af misbrug",
  LEAVE_IN_PEACE: "Borgeren lades i fred",
  PENSION_CASE: "Pensionssag",
};

/** Age reached in the reference year (the target group's date: 1 April 2012 for "Brug for alle"). */
export function ageGroup(birthYear: number, referenceYear: number): AgeGroup {
  const age = referenceYear - birthYear;
  if (age < 30) return "UNDER_30";
  if (age < 50) return "FROM_30_TO_49";
  return "FROM_50";
}

/** "Mere end 12 måneder på ydelse", as the document counts long-term benefit. */
export const isLongTermBenefit = (months: number): boolean => months > 12;

/** Reads an origin as written in an import file. */
export function parseOrigin(text: string): Origin | null | undefined {
  const t = text.trim().toLocaleLowerCase("da-DK");
  if (t === "" || t === "uoplyst") return null;
  if (t.startsWith("dansk")) return "DANISH";
  if (t.startsWith("indvandrer")) return "IMMIGRANT_NON_WESTERN";
  if (t.startsWith("efterkommer")) return "DESCENDANT_NON_WESTERN";
  if (t.startsWith("øvrig") || t === "andet" || t === "anden") return "OTHER";
  return undefined;
}

export function parseGender(text: string): "M" | "K" | undefined {
  const t = text.trim().toLocaleLowerCase("da-DK");
  if (t === "m" || t === "mand") return "M";
  if (t === "k" || t === "kvinde") return "K";
  return undefined;
}
