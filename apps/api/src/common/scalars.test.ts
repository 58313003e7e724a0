import { GraphQLError, Kind, parseValue } from "graphql";
import { describe, expect, it } from "vitest";
import { MoneyScalar } from "./scalars.js";

function codeOf(fn: () => unknown): { code: unknown; message: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const e = error as GraphQLError;
    return { code: e.extensions.code, message: e.message };
  }
  throw new Error("expected the Money scalar to refuse the value");
}

describe("Money scalar", () => {
  it("serializes øre as a decimal string with two decimals", () => {
    expect(MoneyScalar.serialize(119_300_000n)).toBe("1193000.00");
    expect(MoneyScalar.serialize("-20000000")).toBe("-200000.00");
  });

  it("parses strict decimal strings from variables and literals", () => {
    expect(MoneyScalar.parseValue("794000.00")).toBe(79_400_000n);
    expect(MoneyScalar.parseLiteral(parseValue('"-0.05"'))).toBe(-5n);
  });

  it.each([
    ["1.005", "højst have to decimaler"],
    ["1e5", "eksponent"],
    ["NaN", "tal i kroner"],
    ["90071992547409.93", "uden for"],
  ])("refuses %j as BAD_USER_INPUT with a Danish message", (text, fragment) => {
    const { code, message } = codeOf(() => MoneyScalar.parseValue(text));
    expect(code).toBe("BAD_USER_INPUT");
    expect(message).toContain(fragment);
  });

  it("refuses numbers: a float must never carry money", () => {
    expect(codeOf(() => MoneyScalar.parseValue(0.1)).code).toBe("BAD_USER_INPUT");
    expect(codeOf(() => MoneyScalar.parseLiteral({ kind: Kind.FLOAT, value: "0.1" })).code).toBe("BAD_USER_INPUT");
    expect(codeOf(() => MoneyScalar.parseLiteral({ kind: Kind.INT, value: "100" })).code).toBe("BAD_USER_INPUT");
  });

  it("refuses to serialize anything but integer øre", () => {
    expect(() => MoneyScalar.serialize(1.5)).toThrow(GraphQLError);
  });
});
