export * from "./generated.js";
