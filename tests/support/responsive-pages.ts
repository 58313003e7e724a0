import { readFileSync } from "node:fs";
import type { Permission, Role } from "@overblik/domain";

/*
 * The pages of the portal and the roles the responsive test (tests/browser/responsive.test.ts) opens them as, with
 * the route patterns it checks them against.
 */

export interface World {
  projectId: string;
  participantId: string;
  caseworkerParticipantId: string;
  meetingId: string;
  packId: string;
}

export interface PageSpec {
  name: string;
  path: (w: World) => string;
  /** What the role needs to open the page (the permission table the portal and the API ask). */
  needs: Permission;
}

/**
 * Every page of the portal, with its address in this world. The addresses mirror app/paths.ts,
 * modules/*\/…-paths.ts and router.tsx; the test below fails when a route in router.tsx matches none of them.
 */
const p = (w: World) => `/projekter/${w.projectId}`;
export const PAGES: PageSpec[] = [
  { name: "Projekter", path: () => "/", needs: "account.self" },
  { name: "Nyt projekt", path: () => "/projekter/nyt", needs: "project.create" },
  { name: "Opsætning: stamdata", path: (w) => `${p(w)}/opsaetning`, needs: "project.edit" },
  { name: "Opsætning: medlemmer", path: (w) => `${p(w)}/opsaetning/medlemmer`, needs: "project.edit" },
  { name: "Opsætning: budget", path: (w) => `${p(w)}/opsaetning/budget`, needs: "project.edit" },
  { name: "Opsætning: mål og plan", path: (w) => `${p(w)}/opsaetning/plan`, needs: "project.edit" },
  { name: "Brugere", path: () => "/brugere", needs: "user.manage" },
  { name: "Brugerhistorik", path: () => "/brugere/historik", needs: "user.manage" },
  { name: "Roller", path: () => "/roller", needs: "account.self" },
  { name: "Borgere", path: (w) => `${p(w)}/borgere`, needs: "participant.read" },
  { name: "Import af borgere", path: (w) => `${p(w)}/borgere/import`, needs: "participant.import" },
  { name: "Borger", path: (w) => `${p(w)}/borgere/${w.participantId}`, needs: "participant.readAll" },
  { name: "Borgerens forløb", path: (w) => `${p(w)}/borgere/${w.participantId}/forloeb`, needs: "participant.readAll" },
  // The caseworker sees only the citizens assigned to them: their own citizen, on both pages.
  { name: "Egen borger", path: (w) => `${p(w)}/borgere/${w.caseworkerParticipantId}`, needs: "participant.read" },
  { name: "Egen borgers forløb", path: (w) => `${p(w)}/borgere/${w.caseworkerParticipantId}/forloeb`, needs: "participant.read" },
  { name: "Farvetavle", path: (w) => `${p(w)}/farver`, needs: "participant.assign" },
  { name: "Statistik", path: (w) => `${p(w)}/statistik`, needs: "participant.statistics" },
  { name: "Tovholderens overblik", path: (w) => `${p(w)}/forloeb`, needs: "flow.coordinate" },
  { name: "Advarsler", path: (w) => `${p(w)}/advarsler`, needs: "flow.coordinate" },
  { name: "Teammøder", path: (w) => `${p(w)}/moeder`, needs: "meeting.read" },
  { name: "Teammøde", path: (w) => `${p(w)}/moeder/${w.meetingId}`, needs: "meeting.read" },
  { name: "Ydelseskatalog", path: (w) => `${p(w)}/katalog`, needs: "project.read" },
  { name: "Kapacitetsplan", path: (w) => `${p(w)}/kapacitet`, needs: "project.read" },
  { name: "Ret mål og plan", path: (w) => `${p(w)}/kapacitet/plan`, needs: "plan.edit" },
  { name: "Portefølje", path: () => "/styregruppe", needs: "steering.read" },
  { name: "Styregruppens overblik", path: (w) => `${p(w)}/styregruppe`, needs: "steering.read" },
  { name: "Mødepakke", path: (w) => `${p(w)}/styregruppe/pakker/${w.packId}`, needs: "steering.read" },
  { name: "Lukkepakke", path: (w) => `${p(w)}/lukkepakke`, needs: "project.close" },
  { name: "Adgangslog", path: () => "/adgangslog", needs: "accessLog.read" },
  { name: "Adgangstokens", path: () => "/adgangstokens", needs: "token.manage" },
  { name: "Projekt: overblik", path: (w) => p(w), needs: "project.read" },
  { name: "Projekt: budget", path: (w) => `${p(w)}/budget`, needs: "project.read" },
  { name: "Projekt: opfølgning", path: (w) => `${p(w)}/opfoelgning`, needs: "budget.read" },
  { name: "Projekt: posteringer", path: (w) => `${p(w)}/posteringer`, needs: "spend.read" },
  { name: "Projekt: historik", path: (w) => `${p(w)}/historik`, needs: "project.read" },
  { name: "Projekt: kompetenceudvikling", path: (w) => `${p(w)}/kompetenceudvikling`, needs: "project.read" },
];

/**
 * The roles tried, each as one user: project roles hold their role in the project, global roles none there.
 * MUNICIPALITY_ADMIN is left out: it opens a subset of the administrator's pages (the same components, its own
 * municipality's rows), and 40 more views would add ~20 s for no page the administrator does not already render.
 */
export const ROLES: Role[] = ["LEADER", "TOVHOLDER", "CASEWORKER", "STYREGRUPPE", "TEAM_MEMBER", "ADMIN", "DEVELOPER"];

/**
 * The route patterns of router.tsx, read from its source. /graphql is no route there: the playground is an app of
 * its own (GraphiQL, served by the API), not a portal page.
 */
export function routerPatterns(): RegExp[] {
  const source = readFileSync(new URL("../../apps/portal/src/app/router.tsx", import.meta.url), "utf8");
  return [...source.matchAll(/pattern:\s*\/(.+)\/,\s*render/g)].map((m) => new RegExp(m[1] ?? ""));
}
