import { formatMoney, formatQuantity, MoneyFormatError, parseMoney, parseQuantity, QuantityFormatError, type Hundredths, type Ore } from "@overblik/domain";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

function parse(text: string): Ore {
  try {
    return parseMoney(text);
  } catch (error) {
    if (error instanceof MoneyFormatError) throw badInput(error.message);
    throw error;
  }
}

/**
 * Kroner as a decimal string with two decimals ("794000.00"), integer øre (bigint) inside.
 * GraphQL's Int is 32-bit and Float is a float: neither can carry public money.
 */
export const MoneyScalar = new GraphQLScalarType<Ore, string>({
  name: "Money",
  description:
    'Et beløb i kroner som decimalstreng med to decimaler, fx "1193000.00" eller "-200000.00". ' +
    "Internt heltal i øre; input skal være en streng med højst to decimaler, uden eksponent.",
  serialize(value) {
    if (typeof value === "bigint") return formatMoney(value);
    if (typeof value === "string" && /^-?\d+$/.test(value)) return formatMoney(BigInt(value));
    throw new GraphQLError("Money kan kun sende heltal i øre (bigint).");
  },
  parseValue(value) {
    if (typeof value !== "string") {
      throw badInput('Beløb skal sendes som en streng med punktum som decimaltegn, fx "1193000.00".');
    }
    return parse(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw badInput('Beløb skal skrives som en streng med punktum som decimaltegn, fx "1193000.00".');
    }
    return parse(ast.value);
  },
});

/** Quantities of activity (timer, samtaler …): decimal string with at most two decimals, hundredths inside. */
export const QuantityScalar = new GraphQLScalarType<Hundredths, string>({
  name: "Quantity",
  description: 'Et antal (timer, samtaler, deltagere …) som decimalstreng med højst to decimaler, fx "50.00" eller "3.5". Aldrig negativt.',
  serialize(value) {
    if (typeof value === "bigint") return formatQuantity(value);
    throw new GraphQLError("Quantity kan kun sende heltal i hundrededele (bigint).");
  },
  parseValue(value) {
    if (typeof value !== "string") throw badInput('Antal skal sendes som en streng, fx "3.5".');
    return parseQ(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput('Antal skal skrives som en streng, fx "3.5".');
    return parseQ(ast.value);
  },
});

function parseQ(text: string): Hundredths {
  try {
    return parseQuantity(text);
  } catch (error) {
    if (error instanceof QuantityFormatError) throw badInput(error.message);
    throw error;
  }
}
