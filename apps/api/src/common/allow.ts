import { isPermission, type Permission } from "@overblik/domain";
import type { GraphQLField } from "graphql";
import { Authorized, Extensions } from "type-graphql";

/**
 * The permission an operation needs, declared once on its resolver method (Vendure's `@Allow(Permission.X)`):
 * `@Allow("budget.adjust")` requires a login (`@Authorized()`) and writes the permission into the schema field's
 * extensions, where the role × operation test (tests/api/permission-matrix.test.ts) reads it. The CHECK is the
 * service's: it knows the project the record belongs to (requireAccess / requireReadAccess for a project,
 * requireGlobalAccess otherwise), and the test proves for every role that the check and the declaration agree.
 */
export function Allow(permission: Permission): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized()(target, key, descriptor);
    Extensions({ permission })(target, key, descriptor);
  };
}

/** An operation anyone may call without logging in (login itself). */
export function Public(): MethodDecorator {
  return (target, key, descriptor) => {
    Extensions({ public: true })(target, key, descriptor);
  };
}

/** What a schema field declares: its permission, "PUBLIC", or null when it declares nothing (or no known permission). */
export function declaredPermission(field: GraphQLField<unknown, unknown>): Permission | "PUBLIC" | null {
  const extensions = field.extensions as { permission?: unknown; public?: unknown };
  if (extensions.public === true) return "PUBLIC";
  return isPermission(extensions.permission) ? extensions.permission : null;
}
