export * from "./account-string.js";
export * from "./account-rules.js";
export * from "./values.js";
export * from "./mapping.js";
export * from "./presets.js";
export * from "./apply.js";
