export * from "./money.js";
export * from "./format.js";
export * from "./budget.js";
export * from "./roles.js";
export * from "./budget-adjustment.js";
export * from "./quantity.js";
export * from "./follow-up.js";
export * from "./csv-import.js";
