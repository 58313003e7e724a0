import { formatMoney, MAX_ORE, parseMoney } from "./money.js";

/**
 * Activity quantities (timer, samtaler, deltagere …) in hundredths, as bigint: 3,5 timer = 350n.
 * They meet money in unit costs, so they never go through a float either.
 */
export type Hundredths = bigint;

export class QuantityFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "QuantityFormatError";
  }
}

/** "3.5" / "219" / "0.25" → hundredths; same strict decimal format as money, never negative. */
export function parseQuantity(text: string): Hundredths {
  let value: bigint;
  try {
    value = parseMoney(text);
  } catch (error) {
    throw new QuantityFormatError((error as Error).message.replace("Beløbet", "Antallet").replace("et tal i kroner", "et tal").replace(/ kr\./g, ""));
  }
  if (value < 0n) throw new QuantityFormatError("Antallet må ikke være negativt.");
  if (value > MAX_ORE) throw new QuantityFormatError("Antallet er for stort.");
  return value;
}

/** Hundredths to the wire: "3.50", "219.00". */
export const formatQuantity = (q: Hundredths): string => formatMoney(q);

/** Danish display: "219", "3,5", "0,25". */
const DA_INTEGER = new Intl.NumberFormat("da-DK");

export function formatQuantityDa(q: Hundredths): string {
  const whole = q / 100n;
  const rest = q % 100n;
  const grouped = DA_INTEGER.format(whole);
  if (rest === 0n) return grouped;
  return `${grouped},${rest.toString().padStart(2, "0").replace(/0$/, "")}`;
}
