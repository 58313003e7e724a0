import { ValidateBy, type ValidationOptions } from "class-validator";

function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
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
