/** The project page's tabs, with the Danish address segment each has (none for the overview). */
export const PROJECT_TABS = ["overview", "budget", "follow-up", "postings", "history", "competence"] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

export const PROJECT_TAB_SEGMENTS: Record<ProjectTab, string> = {
  overview: "",
  budget: "budget",
  "follow-up": "opfoelgning",
  postings: "posteringer",
  history: "historik",
  competence: "kompetenceudvikling",
};

/** The portal's addresses, in one place so links and routes agree. */
export const paths = {
  projects: "/",
  project: (id: string, tab: ProjectTab = "overview") => {
    const segment = PROJECT_TAB_SEGMENTS[tab];
    return `/projekter/${encodeURIComponent(id)}${segment ? `/${segment}` : ""}`;
  },
  playground: "/graphql",
  /** The API's Excel export of a budget follow-up (cookie auth, same origin). */
  followUpExport: (budgetId: string, asOf: string, year: number | null) =>
    `/export/budgets/${encodeURIComponent(budgetId)}/follow-up.xlsx?asOf=${encodeURIComponent(asOf)}${year === null ? "" : `&year=${year}`}`,
} as const;

export function projectTabFromSegment(segment: string | undefined): ProjectTab | null {
  if (!segment) return "overview";
  return PROJECT_TABS.find((tab) => PROJECT_TAB_SEGMENTS[tab] === segment) ?? null;
}
