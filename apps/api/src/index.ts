export { startServer, DEFAULT_PORTAL_DIST, type RunningServer, type ServerOptions } from "./server.js";
export { createSchema } from "./schema.js";
export { declaredPermission } from "./common/allow.js";
export { printSchemaSdl } from "./schema-sdl.js";
export { createLogger } from "./common/logger.js";
export { purgeAccessLog } from "./modules/participants/access-log.service.js";
export { QUERY_LIMITS, queryProtection } from "./common/limits.js";
export { PersonalDataCipher } from "./common/personal-data.js";
export { parseOidcSettings, type OidcSettings } from "./modules/oidc/oidc.config.js";
