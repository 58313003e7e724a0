// The demo's users: one per role, with their memberships of the demo projects.
import type { GlobalRole, ProjectRole } from "@overblik/domain";
import type { DataSource, EntityManager } from "typeorm";
import { AppUser, ProjectMembership } from "../entities/index.js";
import { required } from "./demo-keys.js";

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

/** Saves the users and their memberships; returns their ids by e-mail. */
export async function seedDemoUsers(
  manager: EntityManager,
  { passwordHash, orgIds, projectIds }: { passwordHash: string; orgIds: Map<string, string>; projectIds: Map<string, string> },
): Promise<Map<string, string>> {
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
  return userIds;
}
