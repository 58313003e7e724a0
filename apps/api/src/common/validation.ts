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

export const PURPOSE_MIN = 3;
export const PURPOSE_MAX = 300;
const PURPOSE_MESSAGE = `Angiv formålet med at bruge borgerens oplysninger (mindst ${PURPOSE_MIN} og højst ${PURPOSE_MAX} tegn).`;

/**
 * THE purpose rule (issue #14): every purpose that goes into the access log is text of 3–300 characters after
 * trimming. Used by the @IsPurpose decorator on input fields and by requirePurpose for scalar arguments, so an empty,
 * blank or megabyte-long purpose is refused at the door (BAD_USER_INPUT) and never reaches the append-only log.
 */
export function isPurpose(value: unknown, min = PURPOSE_MIN): value is string {
  if (typeof value !== "string" || value.length > PURPOSE_MAX * 4) return false;
  const trimmed = value.trim();
  return trimmed.length >= min && trimmed.length <= PURPOSE_MAX;
}

/** The purpose rule on an input field (see isPurpose); `min` only ever raises the lower limit. */
export function IsPurpose(min = PURPOSE_MIN): PropertyDecorator {
  return ValidateBy({
    name: "isPurpose",
    validator: {
      validate: (value: unknown) => isPurpose(value, Math.max(min, PURPOSE_MIN)),
      defaultMessage: () => PURPOSE_MESSAGE.replace(`mindst ${PURPOSE_MIN}`, `mindst ${Math.max(min, PURPOSE_MIN)}`),
    },
  });
}

/** The purpose rule for a scalar argument (type-graphql validates only input objects with class-validator): the trimmed purpose. */
export function requirePurpose(value: unknown): string {
  if (!isPurpose(value)) throw new DomainError("BAD_USER_INPUT", PURPOSE_MESSAGE);
  return value.trim();
}
