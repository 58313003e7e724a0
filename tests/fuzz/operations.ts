// The fuzzer's generator (tests/fuzz/fuzz.test.ts): operations and variables generated from the schema on one seeded
// random sequence — valid and invalid: wrong types, huge strings, negative and enormous amounts, malformed CPR
// numbers, unknown ids, unicode — and the hostile purposes.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from "graphql";

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const next = random(20261122);
export const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;

let knownIds: string[] = [];
/** Sets the ids the generator picks an ID from (those of the world it is run against). */
export function useKnownIds(ids: string[]): void {
  knownIds = ids;
}
export const HOSTILE_STRINGS = [
  "",
  " ",
  "x".repeat(100_000),
  "😀🇩🇰 ÆØÅ æøå",
  "'; DROP TABLE participant; --",
  "<script>alert(1)</script>",
  "\u0000",
  "null",
  "-1",
  "1e309",
];
const CPRS = ["010165-1234", "310265-1234", "0101651234", "12345", "abcdefghij", "290201-4321", "999999-9999"];
const MONEY = ["0.00", "10000.00", "-200000.00", "1.005", "1e6", "NaN", "90071992547409.93", "-90071992547409.92", "12,345", "99999999999999999999"];
const DATES = ["2012-09-01", "2013-02-30", "2013-01-31", "31-01-2013", "", "2099-12-31", "0000-00-00"];

function valueFor(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, depth);
  if (next() < 0.05) return null;
  if (isListType(type)) return depth > 2 ? [] : Array.from({ length: Math.floor(next() * 3) }, () => valueFor(type.ofType, depth + 1));
  if (isEnumType(type)) return next() < 0.9 ? pick(type.getValues()).name : "NOT_A_VALUE";
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valueFor(f.type, depth + 1)]));
  }
  if (isScalarType(type)) {
    const r = next();
    switch (type.name) {
      case "ID":
        return r < 0.6 && knownIds.length ? pick(knownIds) : r < 0.8 ? "00000000-0000-4000-8000-000000000000" : pick(HOSTILE_STRINGS);
      case "Int":
        return r < 0.5 ? Math.floor(next() * 20) : pick([0, -1, 2 ** 31 - 1, -(2 ** 31), 1.5, "7"]);
      case "Float":
        return next() * 100;
      case "Boolean":
        return r < 0.9 ? r < 0.45 : "ja";
      case "Money":
        return r < 0.9 ? pick(MONEY) : 12.5;
      case "Quantity":
        return pick(["2", "3.5", "-1", "0.001", "x", "1e3"]);
      default:
        return r < 0.3 ? pick(CPRS) : r < 0.55 ? pick(DATES) : r < 0.65 ? 42 : pick(HOSTILE_STRINGS.concat(["Andre udgifter", "Fuzz", "TOVHOLDER"]));
    }
  }
  return null;
}

function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return "";
  const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const scalars = fields.filter((f) => !isObjectType(getNamedType(f.type)));
  const objects = depth < 2 ? fields.filter((f) => isObjectType(getNamedType(f.type))).slice(0, 2) : [];
  const parts = [...scalars.slice(0, 6).map((f) => f.name), ...objects.map((f) => `${f.name} ${selection(f.type, depth + 1)}`)];
  return `{ ${parts.length ? parts.join(" ") : "__typename"} }`;
}

function typeName(type: GraphQLInputType): string {
  return type.toString();
}

export function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args: readonly GraphQLArgument[] = field.args;
  const defs = args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(", ");
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : "";
  const variables = Object.fromEntries(args.map((a) => [a.name, next() < 0.1 ? pick(HOSTILE_STRINGS) : valueFor(a.type)]));
  return { query: `${kind} Fuzz${defs ? `(${defs})` : ""} { ${field.name}${call} ${selection(field.type, 0)} }`, variables };
}

/** Hostile texts (issue #14): purposes empty, too long or of 14 MB, NUL bytes and lone surrogates, and a body over the limit. */
export const HOSTILE_PURPOSES = [
  "",
  "   ",
  "ab",
  "x".repeat(301),
  "x".repeat(14 * 1024 * 1024),
  "Opfølgning\u0000skjult",
  "Opfølgning \ud800",
  "\u202eOpfølgning",
];

/** Whether an input type carries a `purpose` field, at any depth the fuzzer builds. */
export function hasPurpose(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isInputObjectType(named) && Object.entries(named.getFields()).some(([name, f]) => name === "purpose" || hasPurpose(f.type));
}

/** A value for `type` with every `purpose` (argument or input field) set to `purpose`. */
export function withPurpose(type: GraphQLInputType, purpose: string): unknown {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return valueFor(type);
  return Object.fromEntries(
    Object.values(named.getFields()).map((f) => [
      f.name,
      f.name === "purpose" ? purpose : hasPurpose(f.type) ? withPurpose(f.type, purpose) : valueFor(f.type),
    ]),
  );
}
