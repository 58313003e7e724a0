import { BenchmarkCache } from "./benchmark-cache.entity.js";
import { BudgetChange, BudgetChangeEntry } from "./budget-change.entity.js";
import { Budget, BudgetLine, BudgetLineAmount, CompetencePool } from "./budget.entity.js";
import { Municipality } from "./municipality.entity.js";
import { ClosingPack, ProjectHistory, ProjectMembershipHistory, ProjectMunicipality } from "./project-history.entity.js";
import { Milestone, ProjectFlowPlan, ProjectGoal } from "./flow-plan.entity.js";
import { AgendaItem, Conversation, MeetingAttendance, PreparationForm, TeamMeeting, TeamMember } from "./flow.entity.js";
import { FinanceAccountRules, FinanceImportMapping } from "./finance-mapping.entity.js";
import { Job } from "./job.entity.js";
import { Organisation } from "./organisation.entity.js";
import { ActionPlanItem, Intervention, Outcome, PlanAlert } from "./plan.entity.js";
import { AccessLogEntry, Participant, ParticipantColourChange, SystemSetting } from "./participant.entity.js";
import { ActivityEntry, BudgetPosting, BudgetPriceIndex, CompetenceActivity, PostingImport } from "./posting.entity.js";
import { Project, ProjectMembership, ProjectOrganisation } from "./project.entity.js";
import { PersonalAccessToken, UserSession } from "./session.entity.js";
import { MeetingPack } from "./steering.entity.js";
import { AppUser } from "./user.entity.js";
import { UserAuditEntry } from "./user-audit.entity.js";
import { UserIdentity } from "./user-identity.entity.js";

export * from "./benchmark-cache.entity.js";
export * from "./budget-change.entity.js";
export * from "./budget.entity.js";
export * from "./flow-plan.entity.js";
export * from "./flow.entity.js";
export * from "./finance-mapping.entity.js";
export * from "./job.entity.js";
export * from "./municipality.entity.js";
export * from "./organisation.entity.js";
export * from "./plan.entity.js";
export * from "./participant.entity.js";
export * from "./posting.entity.js";
export * from "./project.entity.js";
export * from "./project-history.entity.js";
export * from "./session.entity.js";
export * from "./steering.entity.js";
export * from "./user.entity.js";
export * from "./user-audit.entity.js";
export * from "./user-identity.entity.js";

export const entities = [
  BenchmarkCache,
  Municipality,
  ProjectMunicipality,
  ProjectHistory,
  ProjectMembershipHistory,
  ClosingPack,
  Organisation,
  AppUser,
  UserAuditEntry,
  UserSession,
  Project,
  ProjectOrganisation,
  ProjectMembership,
  Budget,
  BudgetLine,
  BudgetLineAmount,
  CompetencePool,
  BudgetChange,
  BudgetChangeEntry,
  PostingImport,
  BudgetPosting,
  ActivityEntry,
  CompetenceActivity,
  BudgetPriceIndex,
  Participant,
  ParticipantColourChange,
  AccessLogEntry,
  SystemSetting,
  ProjectFlowPlan,
  Milestone,
  Conversation,
  PreparationForm,
  TeamMember,
  TeamMeeting,
  AgendaItem,
  MeetingAttendance,
  Intervention,
  ActionPlanItem,
  PlanAlert,
  Outcome,
  ProjectGoal,
  PersonalAccessToken,
  MeetingPack,
  FinanceImportMapping,
  FinanceAccountRules,
  Job,
  UserIdentity,
];
export * from "./ore-column.js";
