// The demo's organisations and projects, with the projects' organisations and municipalities.
import type { EntityManager } from "typeorm";
import { Organisation, Project, ProjectMunicipality, ProjectOrganisation, type OrganisationKind, type ProjectStatus } from "../entities/index.js";
import { required } from "./demo-keys.js";

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
      "Kontrolleret forsøg: 100 borgere i indsatsgruppen og 100 i kontrolgruppen, ni definerede elementer. " + "Mål: flere timer i ordinær beskæftigelse.",
    startDate: "2016-01-01",
    endDate: "2017-12-31",
    targetSize: 200,
    status: "ENDED",
    funding: "National pulje",
    organisations: ["ishoj-bso", "jc-vallensbaek"],
    municipalities: ["183", "187"],
  },
];

/** Saves the organisations and the projects; returns their ids by organisation key and by project code. */
export async function seedDemoProjects(manager: EntityManager): Promise<{ orgIds: Map<string, string>; projectIds: Map<string, string> }> {
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
  return { orgIds, projectIds };
}
