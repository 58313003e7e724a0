// What every bench project is made of: names and funding, the catalogue of interventions, the team, the budget
// lines and the texts of their postings.
export const PROJECT_NAMES = [
  "Brug for alle",
  "Flere skal med",
  "Vejen til job",
  "Helhedsorienteret indsats",
  "Sammen om sundhed og job",
  "Ung i uddannelse",
  "Aktiv hverdag",
  "Job først",
];
export const FUNDING = [
  "National pulje",
  "Puljemidler til indsats for udsatte kontanthjælpsmodtagere",
  "Kommunale serviceudgifter",
  "Satspuljen, 50 % medfinansiering",
];

/** The catalogue of interventions every project starts from (the Faxe report's mulighedskatalog, as in the demo). */
export const CATALOGUE = [
  { name: "Sociale netværk: kom ud af hjemmet", area: "SOCIAL", supplier: "Socialcenter", unit: "forløb", profiles: ["DIFFUSE_MENTAL", "DIAGNOSED_MENTAL"] },
  {
    name: "Struktur i hverdagen: bolig- og økonomirådgivning",
    area: "SOCIAL",
    supplier: "Socialcenter",
    unit: "forløb",
    profiles: ["SUBSTANCE_ABUSE", "MENTAL_WITH_ABUSE"],
  },
  {
    name: "Social mentor",
    area: "SOCIAL",
    supplier: "Jobcenter",
    unit: "time",
    profiles: ["DIFFUSE_MENTAL", "SUBSTANCE_ABUSE", "MENTAL_WITH_ABUSE"],
    line: "mentor",
    costKr: 350,
  },
  { name: "Sundhed og motion", area: "HEALTH", supplier: "Sundhedscenter", unit: "forløb", profiles: ["PHYSICALLY_ILL", "MAYBE_SUITED"] },
  { name: "Afklaring hos lægekonsulent", area: "HEALTH", supplier: "Lægekonsulent", unit: "time", profiles: ["PHYSICALLY_ILL", "DIAGNOSED_MENTAL"] },
  { name: "Misbrugsbehandling", area: "HEALTH", supplier: "Socialcenter", unit: "forløb", profiles: ["SUBSTANCE_ABUSE", "MENTAL_WITH_ABUSE"] },
  { name: "Virksomhedspraktik i 13 uger", area: "EMPLOYMENT", supplier: "Jobcenter", unit: "uge", profiles: ["MAYBE_SUITED"], line: "praktik", costKr: 1500 },
  { name: "Job med løntilskud", area: "EMPLOYMENT", supplier: "Jobcenter", unit: "uge", profiles: ["MAYBE_SUITED"] },
  { name: "Vejledning om uddannelse", area: "EMPLOYMENT", supplier: "UU", unit: "samtale", profiles: ["MAYBE_SUITED"] },
  { name: "Familiecentrets støtte", area: "SOCIAL", supplier: "Familiecenter", unit: "forløb", profiles: [] },
];

/** The team of every project: core competences and an ad-hoc network; three are paid by their hours at the meetings. */
export const TEAM = [
  { name: "Jobkonsulent (JC-tovholder)", title: "Jobkonsulent", competence: "EMPLOYMENT", adHoc: false, core: true },
  { name: "Socialrådgiver (BSO-tovholder)", title: "Socialrådgiver", competence: "SOCIAL", adHoc: false, core: true },
  { name: "Lægekonsulent", title: "Lægekonsulent", competence: "PHYSICAL_HEALTH", adHoc: false, line: "laege", attends: 0.6 },
  { name: "Psykolog", title: "Psykolog", competence: "MENTAL_HEALTH", adHoc: false, line: "psykolog", attends: 0.5 },
  { name: "UU-vejleder", title: "UU-vejleder", competence: "YOUTH_EDUCATION", adHoc: false, attends: 0.3 },
  { name: "Virksomhedskonsulent", title: "Virksomhedskonsulent", competence: "EMPLOYMENT", adHoc: false, line: "vk", attends: 0.45 },
  { name: "Familiecentret", title: "Familiecenter", competence: "SOCIAL", adHoc: true, attends: 0.05 },
  { name: "Sundhedskonsulent", title: "Sundhedscenter", competence: "PHYSICAL_HEALTH", adHoc: true, attends: 0.05 },
];

/** Twelve budget lines: shares of the total, activity drivers and the flow events that feed them. */
export const LINES = [
  { key: "pulje", side: "INCOME", name: "Tilskud fra puljen", category: "Tilskud", share: 0.7 },
  { key: "medfin", side: "INCOME", name: "Kommunal medfinansiering", category: "Medfinansiering", share: 0.3 },
  { key: "tovholder", side: "EXPENSE", name: "Tovholdere, frikøb", category: "Tovholdere", share: 0.28 },
  { key: "jobkonsulent", side: "EXPENSE", name: "Jobkonsulent og mentor, frikøb", category: "Tovholdere", share: 0.18 },
  { key: "samtaler", side: "EXPENSE", name: "Indledende samtaler", category: "Samtaler", share: 0.08, unit: "samtaler", source: "CONVERSATIONS_HELD" },
  { key: "laege", side: "EXPENSE", name: "Lægekonsulent, honorar", category: "Honorarer", share: 0.04, unit: "timer", rateKr: 800, source: "TEAM_HOURS" },
  { key: "psykolog", side: "EXPENSE", name: "Psykolog, honorar", category: "Honorarer", share: 0.04, unit: "timer", rateKr: 800, source: "TEAM_HOURS" },
  { key: "vk", side: "EXPENSE", name: "Virksomhedskonsulent, honorar", category: "Honorarer", share: 0.06, unit: "timer", rateKr: 450, source: "TEAM_HOURS" },
  { key: "mentor", side: "EXPENSE", name: "Social mentor", category: "Indsatser", share: 0.1, unit: "timer", rateKr: 350, source: "INTERVENTION_UNITS" },
  {
    key: "praktik",
    side: "EXPENSE",
    name: "Virksomhedspraktik, mentorstøtte",
    category: "Indsatser",
    share: 0.08,
    unit: "uger",
    rateKr: 1500,
    source: "INTERVENTION_UNITS",
  },
  { key: "kompetence", side: "EXPENSE", name: "Kompetenceudvikling", category: "Kompetenceudvikling", share: 0.05 },
  { key: "andre", side: "EXPENSE", name: "Andre udgifter", category: "Øvrige", share: 0.09 },
];
export const LINE_KEYS = LINES.map((l) => l.key);

export const POSTING_TEXT = {
  pulje: "Rate fra puljen",
  medfin: "Kommunal medfinansiering, kvartal",
  tovholder: "Løn, frikøb af tovholder",
  jobkonsulent: "Løn, frikøb af jobkonsulent",
  samtaler: "Indledende samtaler, afregning",
  laege: "Faktura, lægekonsulent",
  psykolog: "Faktura, psykolog",
  vk: "Faktura, virksomhedskonsulent",
  mentor: "Faktura, social mentor",
  praktik: "Mentorstøtte i virksomhedspraktik",
  kompetence: "Kursus og undervisning",
  andre: "Transport, forplejning og materialer",
};
