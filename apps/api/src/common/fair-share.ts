import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { EntityManager } from "typeorm";
import type { Logger } from "pino";
import { DomainError } from "./errors.js";
import type { HasUser } from "./request-user.js";
import { forgetQuietRequestBudgets, spendRequestBudget } from "./repository/request-budget.js";

/**
 * Fair share of the server (issue #14, finding 8): one user's flood of expensive queries (20 requests of 15
 * aliased dashboards) made everyone else wait seconds. Each user gets a budget of expensive work per minute,
 * counted in PostgreSQL so every API process shares it, and at most MAX_EXPENSIVE_IN_FLIGHT expensive
 * operations running at once in a process, so one user's burst cannot hold the database pool.
 *
 * THE one table of what work costs, by schema coordinate (Type.field). A unit is roughly a cheap query's worth
 * of work (one or two small statements); the weights follow the work behind each field: a dashboard or the
 * effect table reads every participant's flow, events and the postings as of a date; the portfolio does part
 * of that for every project; an import parses and checks a whole file. Every other root field costs 1, every
 * other nested field 0. An alias is a field of its own (15 aliased dashboards cost 15 dashboards); a field
 * below a list is assumed to run LIST_FACTOR times (`projects { items { dashboard } }`), or LIST_SIZES.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  "Query.portfolio": 20,
  "Query.participantStatistics": 5,
  "Query.participants": 2,
  "Query.accessLog": 5,
  "Query.participantAccessExtract": 3,
  "Query.meetingPack": 2,
  "Project.dashboard": 10,
  "Project.effect": 10,
  "Project.overview": 5,
  "Project.goals": 5,
  "Project.alerts": 2,
  "Project.teamMeetings": 2,
  "Project.capacityPlan": 2,
  "Project.closingPack": 2,
  "Project.history": 2,
  "Budget.followUp": 5,
  "Budget.postings": 2,
  "Budget.restated": 2,
  "Mutation.previewParticipantImport": 20,
  "Mutation.importParticipants": 20,
  "Mutation.previewPostingImport": 20,
  "Mutation.importPostings": 20,
  "Mutation.previewBudgetImport": 10,
  "Mutation.importBudget": 10,
  // An import job reads the file the kind's preview reads (priced as the dearest kind, a target group's file).
  "Mutation.startImportPreview": 20,
  // Both freeze a dashboard.
  "Mutation.closeMeetingPack": 10,
  "Mutation.closeProject": 10,
};

/** Writing an .xlsx workbook (ExcelJS) on top of the figures it holds. */
const WORKBOOK = 5;

/** The export routes (apps/api/src/modules/export/export.routes.ts): the field they mirror plus the workbook. */
export const EXPORT_COSTS = {
  followUp: (FIELD_COSTS["Budget.followUp"] ?? 0) + WORKBOOK,
  dashboard: (FIELD_COSTS["Project.dashboard"] ?? 0) + WORKBOOK,
  // A frozen pack is stored figures: only the workbook costs.
  pack: (FIELD_COSTS["Query.meetingPack"] ?? 0) + WORKBOOK,
} as const;

/** A field below a list is assumed to run this many times (a page of projects, of participants) … */
export const LIST_FACTOR = 10;

/** … unless the list is known to be short: a project has one budget, two while a copy is drafted. */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  "Project.budgets": 2,
};

/**
 * An operation of at most this cost (one cheap root field, e.g. `{ me }` or a project's budget page) is neither
 * counted nor capped: it costs no database round-trip of its own.
 */
export const CHEAP_COST = 1;

/**
 * The budget per user and minute, across all API processes (FAIR_SHARE_COST_PER_MINUTE). The portal's heaviest
 * documents (a unit test computes every document's cost in packages/graphql-client): the styregruppe's
 * dashboard page (SteeringDashboard: project 1 + dashboard 10 + effect 10 = 21), the portfolio (20), a
 * participant import (preview 20 + import 20 = 40), the budget follow-up (PlannerFollowUp: project 1 + 2
 * budgets × followUp 5 = 11), an Excel export of the dashboard (15). 600 a minute is
 * 28 dashboard pages a minute, one every 2 seconds for a whole minute, or 15 imports: more than a person
 * clicking through dates and files does. One request of 15 aliased dashboards costs 1 + 15 × 10 = 151, so a
 * flood gets 3 of them a minute (453; the 4th makes 604).
 */
export const DEFAULT_FAIR_SHARE_COST_PER_MINUTE = 600;

/** Expensive operations one user may have running at once in one process; more are refused at once. */
export const MAX_EXPENSIVE_IN_FLIGHT = 4;

const WINDOW_SECONDS = 60;

/** The most one operation adds to the count (a bigger one is refused anyway). */
const MAX_OPERATION_COST = 1_000_000;

/** The count stops here: the column is an integer, and a client hammering on must not overflow it. */
const MAX_COUNT = 1_000_000_000;

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

function returnsList(type: GraphQLType): boolean {
  return isListType(getNullableType(type));
}

function selectionCost(
  schema: GraphQLSchema,
  fragments: Fragments,
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  factor: number,
  atRoot: boolean,
  spreads: ReadonlySet<string>,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!field) {
        // __typename; __schema and __type at the root cost what a root field does.
        if (atRoot && name !== "__typename") cost += factor;
        continue;
      }
      cost += (FIELD_COSTS[`${parent.name}.${name}`] ?? (atRoot ? 1 : 0)) * factor;
      if (selection.selectionSet) {
        const childFactor = returnsList(field.type) ? factor * (LIST_SIZES[`${parent.name}.${name}`] ?? LIST_FACTOR) : factor;
        cost += selectionCost(schema, fragments, selection.selectionSet, getNamedType(field.type), childFactor, false, spreads);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? parent) : parent;
      cost += selectionCost(schema, fragments, selection.selectionSet, type, factor, atRoot, spreads);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A cycle is refused by validation before this runs; the guard only keeps this walk finite.
      if (!fragment || spreads.has(name)) continue;
      const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
      cost += selectionCost(schema, fragments, fragment.selectionSet, type, factor, atRoot, new Set([...spreads, name]));
    }
  }
  return cost;
}

/** Apollo keeps a parsed document per query text, so an operation's cost is computed once. */
const costs = new WeakMap<OperationDefinitionNode, number>();

/** What an operation costs, in the units of FIELD_COSTS (at least 1). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  let cost = costs.get(operation);
  if (cost === undefined) {
    const root = schema.getRootType(operation.operation);
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    cost = root ? Math.max(1, selectionCost(schema, fragments, operation.selectionSet, root, 1, true, new Set())) : 1;
    costs.set(operation, cost);
  }
  return cost;
}

const seconds = (n: number) => `${n} ${n === 1 ? "sekund" : "sekunder"}`;

function tooManyRequests(message: string, retryAfterSeconds: number): DomainError {
  return new DomainError("TOO_MANY_REQUESTS", message, { retryAfterSeconds });
}

/** The seconds a TOO_MANY_REQUESTS refusal asks the client to wait (Retry-After), or undefined for other errors. */
export function retryAfterOf(error: unknown): number | undefined {
  if (!(error instanceof DomainError) || error.code !== "TOO_MANY_REQUESTS") return undefined;
  const value = error.details?.retryAfterSeconds;
  return typeof value === "number" ? value : undefined;
}

/** The budget and the in-flight cap of one API process; the budget's count lives in PostgreSQL. */
export class FairShare {
  private readonly inFlight = new Map<string, number>();

  constructor(
    readonly costPerMinute: number = DEFAULT_FAIR_SHARE_COST_PER_MINUTE,
    readonly maxInFlight: number = MAX_EXPENSIVE_IN_FLIGHT,
  ) {}

  /**
   * Admits an operation of `cost` for the user, or throws TOO_MANY_REQUESTS: at once when the user already has
   * maxInFlight expensive operations running in this process, else when the minute's count (this cost added,
   * in one statement) passes the budget. Returns the function that ends the operation's time in flight.
   */
  async admit(ctx: { manager: Pick<EntityManager, "query">; logger: Logger }, userId: string, cost: number): Promise<() => void> {
    if (cost <= CHEAP_COST) return () => {};
    const running = this.inFlight.get(userId) ?? 0;
    if (running >= this.maxInFlight) {
      ctx.logger.debug({ userId, cost, running }, "fair share: refused, too many in flight");
      throw tooManyRequests(`Du har allerede ${running} tunge forespørgsler i gang. Prøv igen om ${seconds(1)}.`, 1);
    }
    this.inFlight.set(userId, running + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(userId) ?? 1) - 1;
      if (left > 0) this.inFlight.set(userId, left);
      else this.inFlight.delete(userId);
    };
    try {
      await this.spend(ctx, userId, Math.min(cost, MAX_OPERATION_COST));
      return release;
    } catch (error) {
      release();
      throw error;
    }
  }

  /**
   * Adds the cost to the user's count in the current one-minute window and returns when that stays within the
   * budget. One statement: the upsert's row lock serialises concurrent requests, in any process, so a burst
   * cannot slip past (the login rate limit's pattern). A window that has passed starts again with this cost.
   * Refused work is counted too: it does not move the window's end, so retrying does not lengthen the wait.
   */
  private async spend(ctx: { manager: Pick<EntityManager, "query">; logger: Logger }, userId: string, cost: number): Promise<void> {
    const row = await spendRequestBudget(ctx.manager, userId, cost, WINDOW_SECONDS, MAX_COUNT);
    if (!row) return;
    if (row.fresh) {
      // A new window for this user: clear out the windows of users who have gone quiet (a cheap indexed delete,
      // at most once a minute per active user).
      await forgetQuietRequestBudgets(ctx.manager, WINDOW_SECONDS * 10);
    }
    if (row.cost <= this.costPerMinute) return;
    const entry = { userId, cost, spent: row.cost, budget: this.costPerMinute, retryAfterSeconds: row.retryAfter };
    // The first refusal in a window is a warning; a client hammering on gets one line, not thousands.
    if (row.cost - cost <= this.costPerMinute) ctx.logger.warn(entry, "fair share: budget used");
    else ctx.logger.debug(entry, "fair share: refused, budget used");
    throw tooManyRequests(`Du har brugt din andel af serverens kapacitet for nu. Prøv igen om ${seconds(row.retryAfter)}.`, row.retryAfter);
  }
}

/**
 * Checks an authenticated operation's cost before it runs, and answers a refusal with HTTP 429 and Retry-After.
 * Unauthenticated requests are not counted: every expensive field requires a login and is refused without one.
 */
/** What the plugin needs of a request (a Context has all of it): the user, and the server's fair share to ask. */
interface FairShareRequest extends HasUser {
  manager: Pick<EntityManager, "query">;
  logger: Logger;
  deps: { fairShare: FairShare };
}

export function fairSharePlugin(): ApolloServerPlugin<FairShareRequest> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ contextValue, document, operation, schema }) {
          const user = contextValue.user;
          if (!user || !operation) return;
          const cost = operationCost(schema, document, operation);
          if (cost <= CHEAP_COST) return;
          try {
            release = await contextValue.deps.fairShare.admit(contextValue, user.id, cost);
          } catch (error) {
            const retryAfter = retryAfterOf(error);
            if (retryAfter === undefined || !(error instanceof Error)) throw error;
            throw new GraphQLError(error.message, {
              extensions: {
                code: "TOO_MANY_REQUESTS",
                details: { retryAfterSeconds: retryAfter },
                http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfter)]]) },
              },
            });
          }
        },
        async willSendResponse() {
          release?.();
          release = undefined;
        },
      };
    },
  };
}
