import { Init1763798400000 } from "./1763798400000-init.js";
import { BudgetAdjustments1763884800000 } from "./1763884800000-budget-adjustments.js";
import { SpendAndActivity1763971200000 } from "./1763971200000-spend-and-activity.js";
import { Participants1764057600000 } from "./1764057600000-participants.js";
import { FlowPlan1764144000000 } from "./1764144000000-flow-plan.js";
import { Flow1764230400000 } from "./1764230400000-flow.js";
import { ActionPlans1764316800000 } from "./1764316800000-action-plans.js";
import { Goals1764403200000 } from "./1764403200000-goals.js";
import { LoginLockout1764489600000 } from "./1764489600000-login-lockout.js";
import { AccessTokens1764576000000 } from "./1764576000000-access-tokens.js";
import { InterventionUnits1764748800000 } from "./1764748800000-intervention-units.js";
import { LoginRateLimit1764835200000 } from "./1764835200000-login-rate-limit.js";
import { MeetingPacks1764921600000 } from "./1764921600000-meeting-packs.js";
import { CoveringSums1765008000000 } from "./1765008000000-covering-sums.js";
import { ClosedProjects1765094400000 } from "./1765094400000-closed-projects.js";
import { OneTimePasswords1765098000000 } from "./1765098000000-one-time-passwords.js";
import { PeopleAndProjects1765103400000 } from "./1765103400000-people-and-projects.js";
import { PlanAndMeetings1765105200000 } from "./1765105200000-plan-and-meetings.js";
import { BudgetDrafts1765112400000 } from "./1765112400000-budget-drafts.js";
import { RequestBudget1765238400000 } from "./1765238400000-request-budget.js";
import { LoginLockoutPerClient1765180800000 } from "./1765180800000-login-lockout-per-client.js";
import { ImportJobs1765267200000 } from "./1765267200000-import-jobs.js";
import { UserAudit1765310400000 } from "./1765310400000-user-audit.js";
import { UserIdentities1765330200000 } from "./1765330200000-user-identities.js";
import { TeamMemberLife1765400000000 } from "./1765400000000-team-member-life.js";
import { FinanceMappings1765500000000 } from "./1765500000000-finance-mappings.js";
import { BenchmarkCache1765510000000 } from "./1765510000000-benchmark-cache.js";
import { AccessLogPartitions1765520000000 } from "./1765520000000-access-log-partitions.js";
import { Jobs1765530000000 } from "./1765530000000-jobs.js";
import { DistributionKey1765540000000 } from "./1765540000000-distribution-key.js";
import { CitusDistribution1765550000000 } from "./1765550000000-citus-distribution.js";
import { CitizenFigureIndexes1765560000000 } from "./1765560000000-citizen-figure-indexes.js";

/** Every migration, in order. The same list serves the app, the tests and the TypeORM CLI. */
export const migrations = [
  Init1763798400000,
  BudgetAdjustments1763884800000,
  SpendAndActivity1763971200000,
  Participants1764057600000,
  FlowPlan1764144000000,
  Flow1764230400000,
  ActionPlans1764316800000,
  Goals1764403200000,
  LoginLockout1764489600000,
  AccessTokens1764576000000,
  InterventionUnits1764748800000,
  LoginRateLimit1764835200000,
  MeetingPacks1764921600000,
  CoveringSums1765008000000,
  ClosedProjects1765094400000,
  OneTimePasswords1765098000000,
  PeopleAndProjects1765103400000,
  PlanAndMeetings1765105200000,
  BudgetDrafts1765112400000,
  LoginLockoutPerClient1765180800000,
  RequestBudget1765238400000,
  ImportJobs1765267200000,
  UserAudit1765310400000,
  UserIdentities1765330200000,
  TeamMemberLife1765400000000,
  FinanceMappings1765500000000,
  BenchmarkCache1765510000000,
  AccessLogPartitions1765520000000,
  Jobs1765530000000,
  DistributionKey1765540000000,
  CitusDistribution1765550000000,
  CitizenFigureIndexes1765560000000,
];
