/**
 * Money is an integer number of øre (bigint) everywhere inside Overblik. On the wire it is a
 * decimal string in kroner with exactly two decimals ("794000.00"). Nothing here ever goes
 * through a JavaScript number, so every total can be recomputed to the øre.
 */
export type Ore = bigint;

/** ±2^53 øre: the largest amount that every client (also a JavaScript one) can hold exactly. */
export const MAX_ORE: Ore = 2n ** 53n;

export class MoneyFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MoneyFormatError";
  }
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses a decimal string in kroner ("1193000", "-200000.5", "794000.00") to øre.
 * Strict on purpose: no exponent, no thousands separators, at most two decimals, within ±2^53 øre.
 */
export function parseMoney(input: string): Ore {
  const text = input.trim();
  if (text === "") throw new MoneyFormatError("Beløbet mangler.");
  if (/[eE]/.test(text)) throw new MoneyFormatError("Beløbet må ikke skrives med eksponent; skriv fx 1193000.00.");
  if (/^-?\d+\.\d{3,}$/.test(text)) throw new MoneyFormatError("Beløbet må højst have to decimaler.");
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new MoneyFormatError("Beløbet skal være et tal i kroner med punktum som decimaltegn og højst to decimaler, fx 1193000.00.");
  }
  const [, sign, whole = "0", fraction = ""] = match;
  const ore = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  const signed = sign ? -ore : ore;
  if (signed > MAX_ORE || signed < -MAX_ORE) {
    throw new MoneyFormatError("Beløbet er uden for det tilladte interval (højst 90.071.992.547.409,92 kr.).");
  }
  return signed;
}

/** Øre to the wire format: "794000.00", "-200000.00". */
export function formatMoney(ore: Ore): string {
  const negative = ore < 0n;
  const abs = negative ? -ore : ore;
  const kroner = abs / 100n;
  const rest = abs % 100n;
  return `${negative ? "-" : ""}${kroner}.${rest.toString().padStart(2, "0")}`;
}

/**
 * A Postgres bigint (or a sum of them, numeric) arrives from pg as a string of digits; anything else is a programming
 * error. Entities get their money through packages/db's `oreTransformer`, which calls this; raw SQL rows call it
 * themselves. Null (a nullable column) stays null.
 */
export function oreFromDb(value: string | number | bigint): Ore;
export function oreFromDb(value: string | number | bigint | null): Ore | null;
export function oreFromDb(value: string | number | bigint | null): Ore | null {
  if (value === null) return null;
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Unsafe integer øre from database: ${value}`);
    return BigInt(value);
  }
  if (!/^-?\d+$/.test(value)) throw new RangeError(`Not an integer øre value from database: ${value}`);
  return BigInt(value);
}

export function kroner(amount: number | bigint): Ore {
  if (typeof amount === "number" && !Number.isSafeInteger(amount)) {
    throw new RangeError(`kroner() takes whole kroner, got ${amount}`);
  }
  return BigInt(amount) * 100n;
}

export function sumOre(values: Iterable<Ore>): Ore {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** Rounds half away from zero: the ordinary rule for kroner and t.kr. in municipal budgets. */
export function divRoundHalfAway(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const q = (abs + denominator / 2n) / denominator;
  return negative ? -q : q;
}
