import { DomainError } from "../../common/errors.js";

/* The budget draft's two common errors, shared by the draft's service, its import and its repository. */

export const badInput = (message: string, details?: Record<string, unknown>) => new DomainError("BAD_USER_INPUT", message, details);
export const stale = () => new DomainError("CONFLICT", "Budgettet er ændret, siden du hentede det. Hent det igen.");
