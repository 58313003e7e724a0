import type { Colour } from "./participant.js";

/** Themes of the preparation form (forberedende skema) that decide who sits on the team for a citizen. */
export type Theme = "SUBSTANCE_ABUSE" | "MENTAL_HEALTH" | "PHYSICAL_HEALTH" | "SOCIAL" | "LANGUAGE" | "HOUSING_ECONOMY" | "YOUTH_EDUCATION";
export type Competence = "EMPLOYMENT" | "SOCIAL" | "PHYSICAL_HEALTH" | "MENTAL_HEALTH" | "YOUTH_EDUCATION";

export const THEMES: readonly Theme[] = ["SUBSTANCE_ABUSE", "MENTAL_HEALTH", "PHYSICAL_HEALTH", "SOCIAL", "LANGUAGE", "HOUSING_ECONOMY", "YOUTH_EDUCATION"];

export const THEME_LABELS: Record<Theme, string> = {
  SUBSTANCE_ABUSE: "Misbrug",
  MENTAL_HEALTH: "Psykisk helbred",
  PHYSICAL_HEALTH: "Fysisk helbred",
  SOCIAL: "Sociale forhold",
  LANGUAGE: "Sprog",
  HOUSING_ECONOMY: "Bolig og økonomi",
  YOUTH_EDUCATION: "Unge og uddannelse",
};

export const COMPETENCE_LABELS: Record<Competence, string> = {
  EMPLOYMENT: "Beskæftigelse (jobkonsulent)",
  SOCIAL: "Socialområdet",
  PHYSICAL_HEALTH: "Fysisk sygdom (læge)",
  MENTAL_HEALTH: "Psykisk sygdom (psykiater, psykolog)",
  YOUTH_EDUCATION: "Unge og uddannelse (UU)",
};

/** Which core competences a theme calls to the meeting. Employment sits on every meeting: it is the project's aim. */
const THEME_COMPETENCES: Record<Theme, Competence[]> = {
  SUBSTANCE_ABUSE: ["SOCIAL", "MENTAL_HEALTH"],
  MENTAL_HEALTH: ["MENTAL_HEALTH"],
  PHYSICAL_HEALTH: ["PHYSICAL_HEALTH"],
  SOCIAL: ["SOCIAL"],
  LANGUAGE: ["EMPLOYMENT"],
  HOUSING_ECONOMY: ["SOCIAL"],
  YOUTH_EDUCATION: ["YOUTH_EDUCATION"],
};

const COMPETENCE_ORDER: readonly Competence[] = ["EMPLOYMENT", "SOCIAL", "PHYSICAL_HEALTH", "MENTAL_HEALTH", "YOUTH_EDUCATION"];

/** The competences an agenda needs, from the themes of the citizens on it. */
export function neededCompetences(themesPerCitizen: ReadonlyArray<readonly string[]>): Competence[] {
  const needed = new Set<Competence>(["EMPLOYMENT"]);
  for (const themes of themesPerCitizen) for (const t of themes) for (const c of THEME_COMPETENCES[t as Theme] ?? []) needed.add(c);
  return COMPETENCE_ORDER.filter((c) => needed.has(c));
}

export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}

/** Who holds the initial conversation: grøn with the JC caseworker, orange (and blå) with a tovholder; rød has none. */
export function conversationHolder(colour: Colour | null): "JC_CASEWORKER" | "TOVHOLDER" | null {
  if (colour === "GROEN") return "JC_CASEWORKER";
  if (colour === "ORANGE" || colour === "BLAA") return "TOVHOLDER";
  return null;
}
