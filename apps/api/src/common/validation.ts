import { DomainError } from "./errors.js";
import { ValidateBy, type ValidationOptions } from "class-validator";

function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A date argument of a query: ÅÅÅÅ-MM-DD and a day that exists, or BAD_USER_INPUT in Danish (2013-02-30 is
 * refused here, not turned into a database error).
 */
export function requireIsoDate(value: string, what = "Datoen"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new DomainError("BAD_USER_INPUT", `${what} "${value}" er ugyldig. Brug formatet ÅÅÅÅ-MM-DD.`);
  if (!realDate(Number(m[1]), Number(m[2]), Number(m[3]))) throw new DomainError("BAD_USER_INPUT", `${what} "${value}" findes ikke i kalenderen.`);
  return value;
}

/** ÅÅÅÅ-MM-DD and a real calendar date (2013-02-30 is refused here, not by the database). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isIsoDate",
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== "string") return false;
          const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
          return !!m && realDate(Number(m[1]), Number(m[2]), Number(m[3]));
        },
        defaultMessage: () => "Datoen skal være en rigtig dato skrevet ÅÅÅÅ-MM-DD.",
      },
    },
    options,
  );
}

/** ÅÅÅÅ-MM with a real month. */
export function IsIsoMonth(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isIsoMonth",
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== "string") return false;
          const m = /^(\d{4})-(\d{2})$/.exec(value);
          return !!m && realDate(Number(m[1]), Number(m[2]), 1);
        },
        defaultMessage: () => "Måneden skal skrives ÅÅÅÅ-MM.",
      },
    },
    options,
  );
}
