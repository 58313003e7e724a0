import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Issue #18: one data-access layer. In the API, SQL text and every call that reaches the database (a raw query,
 * the prepared-statement helpers, a TypeORM repository or query builder, an entity manager's find/save/…) live
 * only in repository files: `*.repository.ts`, or any file in a `repository/` folder. Services, loaders and
 * resolvers call repository functions; a repository exports functions and types, never SQL text.
 *
 * `common/sql.ts` is the executor the repositories share (rowsOf, preparedRows): it runs text it is given and
 * holds none of its own.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const API = join(ROOT, "apps/api/src");
const EXECUTOR = join(API, "common/sql.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const isRepository = (file: string): boolean => file.endsWith(".repository.ts") || file.split("/").includes("repository");

/** A statement's opening words, as SQL is written in this house (upper-case keywords). */
const SQL_TEXT =
  /\b(SELECT\s[\s\S]*\bFROM\b|SELECT\s+(1|count|exists|nextval|pg_)|INSERT\s+INTO\b|UPDATE\s+\w+\s+(\w+\s+)?SET\b|DELETE\s+FROM\b|WITH\s+\w+\s+AS\s*\(|LOCK\s+TABLE\b)/;
/** Calls that reach the database. `transaction` is not one of them: opening a unit of work is the service's job. */
const DB_CALLS = new Set([
  "query",
  "rowsOf",
  "preparedRows",
  "preparedRowsForIds",
  "createQueryBuilder",
  "getRepository",
  "find",
  "findOne",
  "findOneBy",
  "findOneOrFail",
  "findOneByOrFail",
  "findBy",
  "findAndCount",
  "save",
  "insert",
  "update",
  "upsert",
  "delete",
  "remove",
  "softDelete",
  "count",
  "countBy",
  "exists",
  "existsBy",
  "increment",
  "decrement",
]);
/** Receivers whose `find`, `save`, … are the database's (an array's `find` or a Map's `delete` are not). */
const DB_RECEIVER = /(manager|dataSource|connection|runner|queryRunner|repo|repository|Repository|tx|em|entityManager|trx)$/;

interface Finding {
  file: string;
  line: number;
  what: string;
}

function findings(file: string, text = readFileSync(file, "utf8")): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Finding[] = [];
  const at = (node: ts.Node, what: string): void => {
    found.push({ file: relative(ROOT, file), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, what });
  };
  const repository = isRepository(file);
  const visit = (node: ts.Node): void => {
    if (!repository && file !== EXECUTOR) {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && SQL_TEXT.test(node.text)) at(node, "SQL text");
      if (ts.isTemplateExpression(node) && SQL_TEXT.test([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" "))) at(node, "SQL text");
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        if (ts.isIdentifier(callee) && DB_CALLS.has(callee.text) && ["rowsOf", "preparedRows", "preparedRowsForIds"].includes(callee.text)) {
          at(node, `${callee.text}()`);
        }
        if (ts.isPropertyAccessExpression(callee) && DB_CALLS.has(callee.name.text)) {
          const receiver = callee.expression.getText(source).replace(/\s+/g, "");
          const repoCall = ts.isCallExpression(callee.expression) && /getRepository$/.test(callee.expression.expression.getText(source));
          if (["query", "createQueryBuilder", "getRepository"].includes(callee.name.text) || repoCall || DB_RECEIVER.test(receiver)) {
            at(node, `${receiver}.${callee.name.text}()`);
          }
        }
      }
    }
    // A repository hands out functions, not text: an exported string holding SQL would let it cross a module boundary.
    if (ts.isVariableStatement(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      for (const d of node.declarationList.declarations) {
        const init = d.initializer;
        const literal =
          init && (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init))
            ? init.text
            : init && ts.isTemplateExpression(init)
              ? init.head.text
              : "";
        if (SQL_TEXT.test(literal)) at(d, `exported SQL text ${d.name.getText(source)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("SQL lives only in repository files", () => {
  it("no service, loader, resolver or server file holds SQL or calls the database itself", () => {
    const all = sourceFiles(API).flatMap((file) => findings(file));
    const byFile = new Map<string, string[]>();
    for (const f of all) byFile.set(f.file, [...(byFile.get(f.file) ?? []), `${f.line}: ${f.what}`]);
    expect(Object.fromEntries(byFile)).toEqual({});
  });

  it("finds SQL text, a raw query and an entity manager call outside a repository (self-check)", () => {
    // The samples are plain text (.txt) so that no typecheck or lint reads them; each is judged under the name it
    // would have in the API.
    const dir = join(ROOT, "tests/architecture/sql-location.self-check");
    const judged = readdirSync(dir).map((name) => {
      const file = join(API, "modules/sample", name.replace(/\.txt$/, ""));
      return { name, found: findings(file, readFileSync(join(dir, name), "utf8")).map((f) => f.what) };
    });
    const service = judged.find((j) => j.name.startsWith("sample.service"))?.found;
    const repository = judged.find((j) => j.name.startsWith("sample.repository"))?.found;
    expect(service).toEqual(["ctx.manager.query()", "SQL text", "manager.findOneBy()", "rowsOf()", "SQL text"]);
    // The repository may hold SQL and query; it may not export the text.
    expect(repository).toEqual(["exported SQL text LIST"]);
  });
});
