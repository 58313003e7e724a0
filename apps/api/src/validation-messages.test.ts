import "reflect-metadata";
import { getMetadataStorage } from "class-validator";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { DANISH_CHECKS, makeFormatError } from "./common/errors.js";
import { ProjectListArgs } from "./modules/projects/project.types.js";
import { createSchema, validateArgument } from "./schema.js";

/** Our own checks (common/validation.ts), whose default messages are Danish. */
const OWN_CHECKS = new Set(["isIsoDate", "isIsoMonth", "isPurpose"]);

interface Metadata {
  type: string;
  name?: string;
  target: { name?: string } | string;
  propertyName: string;
  message?: unknown;
  constraintCls: unknown;
}

describe("validation messages", () => {
  it("every check on an input or argument has a Danish message: its own, or one formatError gives it", async () => {
    await createSchema();
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, Metadata[]>;
      getTargetValidatorConstraints(cls: unknown): Array<{ name?: string }>;
    };
    const checks = [...storage.validationMetadatas.values()].flat().filter((m) => m.type === "customValidation");
    expect(checks.length).toBeGreaterThan(50);
    const gaps = checks
      .filter((m) => m.message === undefined)
      .map((m) => ({ m, name: m.name ?? storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name ?? "?" }))
      .filter(({ name }) => !(name in DANISH_CHECKS) && !OWN_CHECKS.has(name))
      .map(({ m, name }) => `${typeof m.target === "string" ? m.target : m.target.name}.${m.propertyName}: ${name}`);
    expect(gaps).toEqual([]);
  });

  it("an argument over its limit is refused in Danish with the limit and the field", async () => {
    const formatError = makeFormatError(pino({ level: "silent" }));
    const refuse = async (values: Partial<ProjectListArgs>) => {
      const error = (await validateArgument(Object.assign(new ProjectListArgs(), { take: 50, skip: 0, ...values })).catch((e: unknown) => e)) as {
        message: string;
        extensions: Record<string, unknown>;
      };
      return formatError({ message: error.message, extensions: error.extensions }, error);
    };
    expect(await refuse({ take: 500 })).toMatchObject({ message: "take må højst være 100.", extensions: { code: "BAD_USER_INPUT", fields: ["take"] } });
    expect(await refuse({ take: 0 })).toMatchObject({ message: "take skal være mindst 1." });
    expect(await refuse({ skip: -1 })).toMatchObject({ message: "skip skal være mindst 0." });
    await expect(validateArgument(Object.assign(new ProjectListArgs(), { take: 100, skip: 0 }))).resolves.toBeUndefined();
  });
});
