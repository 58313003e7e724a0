import { PERMISSION_LABELS, rolesAllow } from "@overblik/domain";
import type { ExampleIds, PlaygroundExample } from "./examples";

/**
 * Why the logged-in visitor may not run the example, as the end of a Danish sentence, or null when they may (or
 * when it cannot be known yet: the set-up steps before »Opret et projekt« has made a project). The same table the
 * API checks (@overblik/domain's rolesAllow), so the pane says it before a run answers FORBIDDEN.
 */
export function exampleRefusal(example: PlaygroundExample, ids: ExampleIds): string | null {
  const { permissions, in: where } = example.needs;
  if (where === "example" && ids.roles.example === null)
    return `du har ingen roller i et projekt, så API'et finder ikke projektet (NOT_FOUND). Log ind som ${example.login}, og åbn eksemplet igen.`;
  const roles = where === "example" ? ids.roles.example : where === "setup" ? ids.roles.setup : ids.roles.global;
  if (!roles) return null;
  const missing = permissions.filter((permission) => !rolesAllow(roles, permission));
  if (missing.length === 0) return null;
  const place = where === "example" ? " i projektet" : where === "setup" ? " i det nye projekt" : "";
  const what = missing.map((permission) => PERMISSION_LABELS[permission]).join(" og ");
  return `din bruger må ikke ${what}${place}, så API'et svarer FORBIDDEN. Log ind som ${example.login}, og åbn eksemplet igen.`;
}
