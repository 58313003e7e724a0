import { buildSchema, findBreakingChanges } from "graphql";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";

const read = (file: string) => readFile(new URL(`../../apps/api/${file}`, import.meta.url), "utf8");

/** A breaking change's key as the changelog writes it: "FIELD_REMOVED Budget.note". */
function key(change: { type: string; description: string }): string {
  const subject = /^([A-Za-z_][\w.]*)/.exec(change.description)?.[1] ?? change.description;
  return `${change.type} ${subject}`;
}

describe("schema stability", () => {
  it("makes no breaking change against the baseline that the changelog does not acknowledge", async () => {
    const [baseline, current, changelog] = await Promise.all([read("schema.baseline.graphql"), read("schema.graphql"), read("SCHEMA-CHANGELOG.md")]);
    const breaking = findBreakingChanges(buildSchema(baseline), buildSchema(current)).map(key);
    const unacknowledged = breaking.filter((k) => !changelog.includes(k));
    expect(unacknowledged).toEqual([]);
  });

  it("would catch a removed field (the check can fail)", async () => {
    const baseline = await read("schema.baseline.graphql");
    // Drop the first "note: String!" field together with its description.
    const withoutNote = baseline.replace(/\n\s*"""[^"]*"""\n\s*note: String!\n/, "\n");
    expect(withoutNote).not.toBe(baseline);
    const breaking = findBreakingChanges(buildSchema(baseline), buildSchema(withoutNote)).map(key);
    expect(breaking.some((k) => k.startsWith("FIELD_REMOVED "))).toBe(true);
  });
});
