import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { BREAK, GraphQLError, visit, type DocumentNode, type ParseOptions, type ValidationRule } from "graphql";
import { rolesAllow } from "@overblik/domain";
import type { Context } from "../context.js";

/**
 * Limits on hostile queries (OWASP GraphQL Cheat Sheet), measured against the portal's own documents:
 * the deepest needs 5 levels, none uses an alias, the largest has ≈ 450 tokens (a test keeps them inside).
 */
export const QUERY_LIMITS = {
  maxDepth: 6,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 10,
  maxCost: 8000,
} as const;

/**
 * The token limit is graphql-js's own (parseOptions.maxTokens): Apollo answers its syntax error with 400
 * GRAPHQL_PARSE_FAILED. graphql-armor's maxTokens throws from a plugin hook, which Apollo answers with HTTP 500.
 */
export function queryProtection(): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[]; parseOptions: ParseOptions } {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true, mask: "" },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: plugins as ApolloServerPlugin<Context>[], validationRules, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}

/** Apollo keeps a parsed document for each distinct query, so the walk runs once per query text. */
const introspecting = new WeakMap<DocumentNode, boolean>();

/** Whether a document asks for __schema or __type anywhere (fragments included). */
export function introspects(document: DocumentNode): boolean {
  let found = introspecting.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Field(node) {
        if (node.name.value === "__schema" || node.name.value === "__type") {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    });
    introspecting.set(document, found);
  }
  return found;
}

/** In production only users with schema.introspect (developers and administrators) may introspect the schema. */
export function introspectionGuard(production: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (!production || !introspects(document)) return;
          if (contextValue.user && rolesAllow(contextValue.user.globalRoles, "schema.introspect")) return;
          throw new GraphQLError("Skemaet kan kun hentes af udviklere og administratorer, der er logget ind.", {
            extensions: { code: contextValue.user ? "FORBIDDEN" : "UNAUTHENTICATED" },
          });
        },
      };
    },
  };
}
