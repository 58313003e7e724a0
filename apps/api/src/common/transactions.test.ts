import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Inside `manager.transaction(async (tx) => …)` a request holds one pool connection. Anything in the callback that
 * reaches the pool again — `ctx.manager`, `ctx.loaders`, or a helper given `ctx` but not `tx` that queries — asks
 * for a second one while holding the first; as many concurrent requests as the pool has connections then wait on
 * each other for ever (found when the invariant test built ten projects at once on a pool of four). This test reads
 * the API's source and finds such calls; helpers that only look at the request (no database) are listed below.
 */
const NO_DATABASE = new Set([
  "requireUser",
  "requireAnywhere",
  "userSearchScope",
  "requireReadAccess",
  "requireGlobalAccess",
  "rolesInProject",
  "visibleProjectIds",
  "participantScope",
]);

const SRC = join(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );
}

/** The text from `open` (just after an opening bracket) to its matching closing bracket. */
function block(text: string, open: number, [left, right]: [string, string]): string {
  let depth = 1;
  let i = open;
  while (depth > 0 && i < text.length) {
    if (text[i] === left) depth++;
    else if (text[i] === right) depth--;
    i++;
  }
  return text.slice(open, i - 1);
}

/** Every call in a transaction's callback that may take a second pool connection, as "file:line call". */
export function secondConnections(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\.transaction\(async \((\w+)\) => \{/g)) {
    const tx = m[1] as string;
    const start = (m.index ?? 0) + m[0].length;
    const body = block(text, start, ["{", "}"]);
    const at = (offset: number) => `${file}:${text.slice(0, start + offset).split("\n").length}`;
    for (const d of body.matchAll(/ctx\.(manager|loaders)\b/g)) found.push(`${at(d.index ?? 0)} ctx.${d[1]}`);
    for (const c of body.matchAll(/(\w+)\(ctx\b/g)) {
      const name = c[1] as string;
      if (NO_DATABASE.has(name)) continue;
      const args = block(body, (c.index ?? 0) + name.length + 1, ["(", ")"]);
      if (!new RegExp(`\\b${tx}\\b`).test(args)) found.push(`${at(c.index ?? 0)} ${name}(ctx, …) without ${tx}`);
    }
  }
  return found;
}

describe("a transaction never asks the pool for a second connection", () => {
  it("finds no ctx.manager, ctx.loaders or ctx-only helper call inside a transaction's callback", () => {
    const found = sources(SRC).flatMap((f) => secondConnections(relative(SRC, f), readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });

  it("would find one", () => {
    const text = `await ctx.manager.transaction(async (tx) => {\n  const b = await load(tx, id);\n  await requireAccess(ctx, "budget.draft", b.projectId);\n  requireReadAccess(ctx, "budget.read", b.projectId);\n  await logAccess(ctx, use, tx);\n});`;
    expect(secondConnections("x.ts", text)).toEqual(["x.ts:3 requireAccess(ctx, …) without tx"]);
  });
});
