import { GLOBAL_ROLES, PROJECT_ROLES, type Role } from "@overblik/domain";
import { FIXTURE_PASSWORD } from "./fixtures.js";

/*
 * The world the role × operation matrix (tests/api/permission-matrix.test.ts) is sent against, and valid arguments
 * for every root operation of the schema. A new Query or Mutation field needs an entry in ARGS, or the matrix fails.
 */

export type Subject = Role | "NONE";
export const SUBJECTS: readonly Subject[] = [...PROJECT_ROLES, ...GLOBAL_ROLES, "NONE"];
export const STALE = 999;
export const emailOf = (s: Subject) => `${s.toLowerCase()}@matrix.test`;
export const ISHOEJ = "183";

export interface World {
  projectId: string;
  userIds: Record<Subject, string>;
  /** Per subject, a user holding a STYREGRUPPE role in the project (removed by that subject's removeProjectMember). */
  victims: Record<Subject, string>;
  spareUserId: string;
  budgetId: string;
  draftBudgetId: string;
  incomeLineId: string;
  expenseLineId: string;
  otherExpenseLineId: string;
  postingId: string;
  changeId: string;
  participantId: string;
  interventionId: string;
  conversationId: string;
  planItemId: string;
  alertId: string;
  goalId: string;
  milestoneId: string;
  meetingId: string;
  otherMeetingId: string;
  teamMemberId: string;
  poolId: string;
  activityId: string;
  packId: string;
  tokenIds: Record<Subject, string>;
  importJobIds: Record<Subject, string>;
  /** A finished export job of each subject's own (exportJob: only its creator reads it). */
  exportJobIds: Record<Subject, string>;
}

/** Refused after the authorization and before the import worker (not base64), so the matrix does not fill its queue. */
const NOT_BASE64 = { fileName: "fil.csv", contentBase64: "ikke base64!" };
const GARBAGE_FILE = { fileName: "fil.csv", contentBase64: Buffer.from("ikke;en;gyldig\nfil").toString("base64") };

/** Valid arguments for every operation, per subject where a change must not collide with another subject's. */
export const ARGS: Record<string, (w: World, s: Subject, i: number) => Record<string, unknown>> = {
  // Queries
  accessLog: () => ({ skip: 0, take: 10 }),
  accessLogRetentionDays: () => ({}),
  financeImportSettings: (w) => ({ projectId: w.projectId }),
  importJob: (w, s) => ({ id: w.importJobIds[s] }),
  exportJob: (w, s) => ({ id: w.exportJobIds[s] }),
  me: () => ({}),
  meetingPack: (w) => ({ id: w.packId }),
  municipalities: () => ({}),
  myAccessTokens: () => ({}),
  participant: (w) => ({ id: w.participantId, purpose: "Opfølgning" }),
  participantAccessExtract: (w) => ({ participantId: w.participantId }),
  participantStatistics: (w) => ({ projectId: w.projectId }),
  participants: (w) => ({ projectId: w.projectId, purpose: "Opfølgning", skip: 0, take: 10 }),
  portfolio: () => ({}),
  project: (w) => ({ id: w.projectId }),
  projects: () => ({ skip: 0, take: 10 }),
  userList: () => ({ skip: 0, take: 10 }),
  users: () => ({}),
  // Mutations
  addCompetenceActivity: (w) => ({
    input: { poolId: w.poolId, name: "Kursus", plannedCost: "1000.00", plannedDate: "2026-06-01", plannedParticipants: 4, targetGroup: "Teamet" },
  }),
  addIntervention: (w) => ({ input: { projectId: w.projectId, name: "Mentor", area: "SOCIAL", supplier: "Kommunen", unit: "timer", profiles: [] } }),
  addPlanItem: (w) => ({
    input: { participantId: w.participantId, interventionId: w.interventionId, startMonth: "2026-03", endMonth: "2026-05", responsibleUnit: "Jobcenter" },
  }),
  addPosting: (w, _s, i) => ({ input: { budgetLineId: w.expenseLineId, amount: "100.00", date: "2026-03-01", text: "Kaffe", voucher: `M-${i}` } }),
  addProjectMember: (w, s) => ({ input: { projectId: w.projectId, userId: w.victims[s], role: "CASEWORKER" } }),
  addTeamMeeting: (w, _s, i) => ({ input: { projectId: w.projectId, date: `2026-09-${String(1 + i).padStart(2, "0")}` } }),
  addTeamMember: (w) => ({ input: { projectId: w.projectId, name: "Psykolog", title: "Psykolog", competence: "MENTAL_HEALTH" } }),
  addToAgenda: (w) => ({ input: { meetingId: w.meetingId, participantId: w.participantId } }),
  adjustBudget: (w) => ({
    input: {
      budgetId: w.budgetId,
      kind: "MOVE",
      year: 2026,
      amount: "100.00",
      fromLineId: w.expenseLineId,
      toLineId: w.otherExpenseLineId,
      reason: "Omplacering",
      expectedLineVersions: [
        { lineId: w.expenseLineId, version: STALE },
        { lineId: w.otherExpenseLineId, version: STALE },
      ],
    },
  }),
  approveBudget: (w) => ({ input: { budgetId: w.draftBudgetId, expectedVersion: STALE } }),
  assignCaseworker: (w) => ({ input: { participantId: w.participantId, caseworkerId: w.userIds.CASEWORKER, expectedVersion: STALE } }),
  cancelTeamMeeting: (w) => ({ input: { meetingId: w.otherMeetingId, reason: "Sygdom", expectedVersion: STALE } }),
  changeParticipantColour: (w) => ({ input: { participantId: w.participantId, colour: "GROEN", reason: "Screening", expectedVersion: STALE } }),
  changePassword: () => ({ input: { currentPassword: "forkert-adgangskode-1", newPassword: "en-helt-ny-adgangskode-2" } }),
  classifyParticipant: (w) => ({ input: { participantId: w.participantId, profiles: [], expectedVersion: STALE } }),
  closeMeetingPack: (w, _s, i) => ({ input: { projectId: w.projectId, meetingDate: `2026-10-${String(1 + i).padStart(2, "0")}`, comments: "" } }),
  closeProject: (w) => ({ input: { projectId: w.projectId, expectedVersion: STALE, comments: "" } }),
  completeMilestone: (w) => ({ input: { milestoneId: w.milestoneId, doneDate: "2026-05-01", expectedVersion: STALE } }),
  copyBudget: (w) => ({ input: { projectId: w.projectId, sourceBudgetId: w.budgetId, name: "Kopi" } }),
  createAccessToken: () => ({ input: { name: "Legepladsen", expiresInDays: 1 } }),
  createBudget: (w) => ({ input: { projectId: w.projectId, name: "Pulje", startYear: 2026, endYear: 2026 } }),
  createGoal: (w) => ({ input: { projectId: w.projectId, name: "Job", indicator: "JOB_OR_EDUCATION", targetPercent: 20 } }),
  createMilestone: (w) => ({ input: { projectId: w.projectId, name: "Halvvejs", dueDate: "2027-06-01" } }),
  createProject: (_w, s) => ({
    input: { code: `NY${s.slice(0, 3)}`, name: `Nyt projekt ${s}`, startDate: "2027-01-01", endDate: "2027-12-31", municipalityCodes: ["183"] },
  }),
  createUser: (_w, s) => ({ input: { name: "Ny Bruger", email: `ny-${s.toLowerCase()}@matrix.test`, globalRoles: [] } }),
  endTeamMember: (w) => ({ input: { teamMemberId: w.teamMemberId, expectedVersion: STALE } }),
  decideBudgetChange: (w) => ({ input: { changeId: w.changeId, approve: true, expectedVersion: STALE } }),
  deleteFinanceMapping: (w) => ({ input: { projectId: w.projectId, source: "Matrix", version: STALE } }),
  deleteGoal: (w) => ({ input: { goalId: w.goalId, expectedVersion: STALE } }),
  deleteMilestone: (w) => ({ input: { milestoneId: w.milestoneId, expectedVersion: STALE } }),
  findParticipantByCpr: (w) => ({ input: { projectId: w.projectId, cpr: "0101801234", purpose: "Opslag" } }),
  generateTeamMeetings: (w) => ({ projectId: w.projectId }),
  holdTeamMeeting: (w) => ({ input: { meetingId: w.meetingId, expectedVersion: STALE, attendance: [], outcomes: [] } }),
  importBudget: (w) => ({ input: { budgetId: w.draftBudgetId, expectedVersion: STALE, ...GARBAGE_FILE } }),
  importParticipants: (w) => ({ input: { projectId: w.projectId, ...GARBAGE_FILE } }),
  importFinancePostings: (w) => ({
    input: { budgetId: w.budgetId, ...NOT_BASE64, source: "Matrix", mapping: null, mappingVersion: null, expectedNewCount: 0 },
  }),
  importPostings: (w) => ({ input: { budgetId: w.budgetId, ...GARBAGE_FILE } }),
  login: (_w, s) => ({ input: { email: emailOf(s), password: FIXTURE_PASSWORD } }),
  logout: () => ({}),
  moveTeamMeeting: (w) => ({ input: { meetingId: w.otherMeetingId, date: "2026-11-20", expectedVersion: STALE } }),
  previewBudgetImport: (w) => ({ input: { budgetId: w.draftBudgetId, ...GARBAGE_FILE } }),
  previewParticipantImport: (w) => ({ input: { projectId: w.projectId, ...GARBAGE_FILE } }),
  previewFinanceImport: (w) => ({ input: { budgetId: w.budgetId, ...NOT_BASE64, source: "Matrix" } }),
  previewPostingImport: (w) => ({ input: { budgetId: w.budgetId, ...GARBAGE_FILE } }),
  recordActivity: (w) => ({ input: { budgetLineId: w.expenseLineId, date: "2026-03-01", quantity: "2" } }),
  recordCompetenceActivity: (w) => ({ input: { activityId: w.activityId, status: "CANCELLED", expectedVersion: STALE } }),
  recordConversation: (w) => ({ input: { conversationId: w.conversationId, outcome: "HELD", date: "2026-02-10", expectedVersion: STALE } }),
  recordInterventionUnits: (w) => ({ input: { itemId: w.planItemId, date: "2026-03-10", quantity: "1", expectedVersion: STALE } }),
  recordOutcome: (w) => ({ input: { participantId: w.participantId, kind: "PASSIVE", date: "2026-12-01" } }),
  rejectBudget: (w) => ({ input: { budgetId: w.draftBudgetId, comment: "Ret linjerne", expectedVersion: STALE } }),
  removeProjectMember: (w, s) => ({ input: { projectId: w.projectId, userId: w.victims[s], role: "STYREGRUPPE" } }),
  reportNonCompliance: (w) => ({ input: { itemId: w.planItemId, reportedByUnit: "Socialcenter", message: "Mødte ikke op" } }),
  resetUserPassword: (w) => ({ input: { userId: w.spareUserId } }),
  resolvePlanAlert: (w) => ({ input: { alertId: w.alertId, followUp: "Ringet op" } }),
  revealParticipantIdentity: (w) => ({ input: { participantId: w.participantId, purpose: "Henvendelse" } }),
  reversePosting: (w) => ({ input: { postingId: w.postingId, date: "2026-03-02", reason: "Fejl" } }),
  revokeAccessToken: (w, s) => ({ id: w.tokenIds[s] }),
  saveBudgetDraft: (w) => ({ input: { budgetId: w.draftBudgetId, expectedVersion: STALE, lines: [] } }),
  savePreparationForm: (w) => ({ input: { participantId: w.participantId, themes: [], expectedVersion: STALE } }),
  scheduleConversation: (w) => ({ input: { participantId: w.participantId, date: "2026-02-20" } }),
  setAccessLogRetentionDays: () => ({ days: 1825 }),
  setApprovalThreshold: (w) => ({ input: { projectId: w.projectId, amount: "50000.00", expectedVersion: STALE } }),
  setBudgetPriceIndex: (w) => ({ input: { budgetId: w.budgetId, entries: [{ year: 2026, index: "100" }] } }),
  setFlowPlan: (w) => ({ input: { projectId: w.projectId, expectedVersion: STALE, ...FLOW_PLAN } }),
  setInterventionBudgetLine: (w) => ({ input: { interventionId: w.interventionId, budgetLineId: w.expenseLineId, expectedVersion: STALE } }),
  setKeepInTeamQueue: (w) => ({ input: { participantId: w.participantId, keep: false } }),
  saveFinanceAccountRules: (w) => ({ input: { projectId: w.projectId, rules: [], version: STALE } }),
  saveFinanceMapping: (w) => ({ input: { projectId: w.projectId, source: "Matrix", mapping: {}, version: STALE } }),
  setLineActivitySource: (w) => ({ input: { budgetLineId: w.expenseLineId, source: null, expectedVersion: STALE } }),
  setMunicipalityRules: () => ({ input: { code: "183", leadersMayCreateProjects: false } }),
  setPlanItemStatus: (w) => ({ input: { itemId: w.planItemId, status: "IN_PROGRESS", expectedVersion: STALE } }),
  setUserActive: (w) => ({ input: { userId: w.spareUserId, active: false, expectedVersion: STALE } }),
  setUserGlobalRoles: (w) => ({ input: { userId: w.spareUserId, globalRoles: ["MUNICIPALITY_ADMIN"], expectedVersion: STALE } }),
  setUserMunicipality: (w) => ({ input: { userId: w.spareUserId, municipalityCode: ISHOEJ, expectedVersion: STALE } }),
  userAuditTrail: (w) => ({ userId: w.spareUserId, first: 5 }),
  loginOptions: () => ({}),
  startImportPreview: (w) => ({ input: { kind: "BUDGET", projectId: w.projectId, budgetId: w.draftBudgetId, ...GARBAGE_FILE } }),
  startImport: (w) => ({ input: { kind: "BUDGET", projectId: w.projectId, budgetId: w.draftBudgetId, expectedVersion: STALE, ...GARBAGE_FILE } }),
  startDashboardExport: (w) => ({ input: { projectId: w.projectId } }),
  submitBudget: (w) => ({ input: { budgetId: w.draftBudgetId, expectedVersion: STALE } }),
  updateTeamMember: (w) => ({
    input: { teamMemberId: w.teamMemberId, expectedVersion: STALE, name: "Psykolog", title: "Psykolog", competence: "MENTAL_HEALTH", adHoc: false },
  }),
  updateGoal: (w) => ({ input: { goalId: w.goalId, name: "Job", indicator: "JOB_OR_EDUCATION", targetPercent: 25, expectedVersion: STALE } }),
  updateMilestone: (w) => ({ input: { milestoneId: w.milestoneId, name: "Halvvejs", dueDate: "2027-06-02", expectedVersion: STALE } }),
  updateProject: (w) => ({
    input: {
      projectId: w.projectId,
      expectedVersion: STALE,
      code: "PERM",
      name: "Matrixprojekt",
      startDate: "2026-01-01",
      endDate: "2028-12-31",
      municipalityCodes: ["183"],
    },
  }),
};

export const FLOW_PLAN = {
  conversationStart: "2026-02-01",
  conversationEnd: "2026-06-30",
  teamStart: "2026-03-01",
  teamEnd: "2027-06-30",
  meetingIntervalDays: 14,
  maxCitizensPerMeeting: 5,
  minutesPerCitizen: 30,
};
