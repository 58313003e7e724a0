// The world of the plan tests (tests/api/plan-setup.test.ts, plan-meetings.test.ts, plan-permissions.test.ts), set up
// through the API on an empty database with the fixture builders: a project like Brug for alle (219 citizens,
// 2012–13) with a member of every project role, an administrator (no membership) and a user without a role.
import { PROJECT_ROLES, type Role } from "@overblik/domain";
import { FlowMeetingsDocument, PlanSetFlowPlanDocument, type FlowMeetingsQuery } from "@overblik/graphql-client";
import { dataOf, gql, login, startTestApi, type TestApi } from "./api.js";
import { addMember, FIXTURE_PASSWORD, makeParticipant, makeProject, makeUser } from "./fixtures.js";

/** Brug for alle's flow plan: conversations 1.9.–21.12.2012, the team every 14 days from 1.10.2012 to 1.8.2013. */
export const BFA_PLAN = {
  conversationStart: "2012-09-01",
  conversationEnd: "2012-12-21",
  teamStart: "2012-10-01",
  teamEnd: "2013-08-01",
  meetingIntervalDays: 14,
  maxCitizensPerMeeting: 5,
  minutesPerCitizen: 30,
};

export interface PlanWorld {
  api: TestApi;
  /** The Brug for alle project. */
  projectId: string;
  userIds: Partial<Record<Role, string>>;
  /** The token of the member with `role`, of the administrator (ADMIN) or of the user without a role (NONE). */
  token: (role: Role | "NONE") => string;
  /** A new project with a member of every project role. */
  projectWithEveryRole: (code: string) => Promise<string>;
  /** The Brug for alle project's team meetings, as its tovholder sees them. */
  meetings: () => Promise<FlowMeetingsQuery["project"]["teamMeetings"]>;
}

/**
 * The world; `planned: true` also gives the project the flow plan BFA_PLAN and the citizens BFA-0001 to BFA-0004,
 * enrolled 1.9.2012 (as the flow plan and goal tests of plan-setup.test.ts leave it).
 */
export async function startPlanWorld({ planned = false } = {}): Promise<PlanWorld> {
  const api = await startTestApi({ seed: false });
  const tokens: Partial<Record<Role | "NONE", string>> = {};
  const userIds: Partial<Record<Role, string>> = {};
  const token = (role: Role | "NONE"): string => {
    const t = tokens[role];
    if (!t) throw new Error(`no token for ${role}`);
    return t;
  };
  const projectWithEveryRole = async (code: string): Promise<string> => {
    const project = await makeProject(api.dataSource, { code, name: `Projekt ${code}`, startDate: "2012-04-01", endDate: "2013-12-31", targetSize: 219 });
    for (const role of PROJECT_ROLES) {
      const userId = userIds[role];
      if (userId) await addMember(api.dataSource, project.id, userId, role);
    }
    return project.id;
  };
  for (const role of PROJECT_ROLES) {
    const user = await makeUser(api.dataSource, { email: `${role.toLowerCase()}@plan.test`, name: `Test ${role}` });
    userIds[role] = user.id;
    tokens[role] = await login(api.url, user.email, FIXTURE_PASSWORD);
  }
  const admin = await makeUser(api.dataSource, { email: "admin@plan.test", globalRoles: ["ADMIN"] });
  userIds.ADMIN = admin.id;
  tokens.ADMIN = await login(api.url, admin.email, FIXTURE_PASSWORD);
  const outsider = await makeUser(api.dataSource, { email: "udenfor@plan.test" });
  tokens.NONE = await login(api.url, outsider.email, FIXTURE_PASSWORD);
  const projectId = await projectWithEveryRole("BFA");
  if (planned) {
    dataOf(await gql(api.url, PlanSetFlowPlanDocument, { input: { projectId, ...BFA_PLAN } }, { token: token("TOVHOLDER") }));
    for (let i = 0; i < 4; i++)
      await makeParticipant(api.dataSource, projectId, { code: `BFA-${String(i + 1).padStart(4, "0")}`, enrolmentDate: "2012-09-01" });
  }
  const meetings = async () => dataOf(await gql(api.url, FlowMeetingsDocument, { projectId }, { token: token("TOVHOLDER") })).project.teamMeetings;
  return { api, projectId, userIds, token, projectWithEveryRole, meetings };
}
