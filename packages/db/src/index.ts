export * from "./entities/index.js";
export * from "./data-source.js";
export * from "./embedded.js";
export * from "./naming-strategy.js";
export { migrations } from "./migrations/index.js";
export * from "./passwords.js";
export * from "./seed/demo-data.js";
export * from "./seed/demo-participants.js";
export * from "./users.js";
