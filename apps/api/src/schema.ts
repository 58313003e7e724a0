import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { validateOrReject, type ValidationError, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, buildSchema } from "type-graphql";
import { authChecker } from "./common/auth.js";
import { DomainError } from "./common/errors.js";
import { AccessTokenResolver } from "./modules/auth/access-token.js";
import { AuthResolver, MembershipResolver } from "./modules/auth/auth.resolver.js";
import { BenchmarkResolver } from "./modules/benchmark/benchmark.resolver.js";
import { BudgetChangeResolver, BudgetLineHistoryResolver } from "./modules/budget/budget-change.resolver.js";
import { BudgetResolver } from "./modules/budget/budget.resolver.js";
import { BudgetDraftResolver } from "./modules/budget/budget-draft.resolver.js";
import { CompetencePoolResolver } from "./modules/budget/competence.resolver.js";
import { PriceIndexResolver } from "./modules/budget/price-index.resolver.js";
import { FlowPlanResolver } from "./modules/flow/flow.resolver.js";
import { ConversationResolver, TeamResolver } from "./modules/flow/meeting.resolver.js";
import { PlanSetupResolver } from "./modules/flow/plan-setup.resolver.js";
import { ParticipantPlanResolver, ProjectPlanResolver } from "./modules/flow/plan.resolver.js";
import { ImportJobResolver } from "./modules/imports/import-job.resolver.js";
import { ExportJobResolver } from "./modules/export/export-job.resolver.js";
import { OidcResolver } from "./modules/oidc/oidc.resolver.js";
import { ParticipantResolver } from "./modules/participants/participant.resolver.js";
import { SpendResolver } from "./modules/spend/spend.resolver.js";
import { FinanceImportResolver } from "./modules/finance-import/finance-import.resolver.js";
import { ProjectResolver } from "./modules/projects/project.resolver.js";
import { ProjectSetupResolver } from "./modules/projects/project-setup.resolver.js";
import { UserSelfResolver, UsersResolver } from "./modules/users/users.resolver.js";
import { SteeringResolver } from "./modules/steering/steering.resolver.js";

export const resolvers = [
  AuthResolver,
  AccessTokenResolver,
  MembershipResolver,
  ProjectResolver,
  BudgetResolver,
  BudgetChangeResolver,
  BudgetLineHistoryResolver,
  CompetencePoolResolver,
  BudgetDraftResolver,
  PriceIndexResolver,
  SpendResolver,
  FinanceImportResolver,
  ParticipantResolver,
  FlowPlanResolver,
  TeamResolver,
  ConversationResolver,
  ProjectPlanResolver,
  ParticipantPlanResolver,
  PlanSetupResolver,
  SteeringResolver,
  BenchmarkResolver,
  ProjectSetupResolver,
  UsersResolver,
  UserSelfResolver,
  ImportJobResolver,
  ExportJobResolver,
  OidcResolver,
] as const;

const VALIDATOR_OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };
const isObject = (value: unknown): value is object => value !== null && typeof value === "object";

/**
 * The characters no text argument may hold, with the Danish refusal: PostgreSQL's text cannot hold NUL, and a lone
 * UTF-16 surrogate (\p{Cs} in a `u` regex matches only an unpaired one) would be stored as U+FFFD — the text
 * silently changed. No user types either.
 */
const INVALID_CHARACTERS: ReadonlyArray<{ pattern: RegExp; message: string }> = [
  // eslint-disable-next-line no-control-regex -- NUL is the very character this pattern exists to find.
  { pattern: /\u0000/, message: "Teksten indeholder et ugyldigt tegn (NUL)." },
  { pattern: /\p{Cs}/u, message: "Teksten indeholder et ugyldigt tegn (et halvt unicode-tegn); skriv den igen." },
];

/** The refusal for the first string anywhere in an argument (inputs, lists, nested inputs) holding such a character. */
export function invalidCharacterIn(value: unknown): string | null {
  if (typeof value === "string") return INVALID_CHARACTERS.find((c) => c.pattern.test(value))?.message ?? null;
  const values = Array.isArray(value) ? value : isObject(value) ? Object.values(value) : [];
  for (const item of values) {
    const message = invalidCharacterIn(item);
    if (message) return message;
  }
  return null;
}

/**
 * type-graphql's own argument validation, rule for rule (class-validator on input and args objects, unknown
 * values allowed, missing properties skipped, ArgumentValidationError for formatError's Danish messages) after the
 * character check every argument gets (scalars too: type-graphql calls validateFn for each), with
 * class-validator imported once: type-graphql's default imports it anew for every argument it validates.
 */
export async function validateArgument(value: unknown): Promise<void> {
  // Every string argument holding such a character is refused here, at the door.
  const invalid = invalidCharacterIn(value);
  if (invalid) throw new DomainError("BAD_USER_INPUT", invalid);
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    else await validateOrReject(value, VALIDATOR_OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    validateFn: validateArgument,
  });
}
