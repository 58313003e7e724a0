import { SessionTokens } from "../common/auth.js";
import { DEFAULT_FAIR_SHARE_COST_PER_MINUTE, FairShare, MAX_EXPENSIVE_IN_FLIGHT } from "../common/fair-share.js";
import { PersonalDataCipher } from "../common/personal-data.js";
import type { ServerDeps } from "../context.js";
import { DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE } from "../modules/auth/login-rate-limit.js";
import { JOBINDSATS_DEFAULT_URL } from "../modules/benchmark/jobindsats.client.js";
import { OidcRelyingParty } from "../modules/oidc/oidc.client.js";
import type { ServerOptions } from "./options.js";

/** What every request's context and every route shares, from the options with their defaults. */
export function serverDeps(options: ServerOptions): ServerDeps {
  return {
    dataSource: options.dataSource,
    readDataSource: options.readDataSource ?? options.dataSource,
    logger: options.logger,
    tokens: new SessionTokens(options.sessionSecret),
    cipher: new PersonalDataCipher(options.personalDataKeys.encryptionKey, options.personalDataKeys.lookupKey),
    sessionHours: options.sessionHours ?? 12,
    loginLockMinutes: options.loginLockMinutes ?? 30,
    loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE,
    secureCookies: options.secureCookies ?? false,
    fairShare: new FairShare(options.fairShareCostPerMinute ?? DEFAULT_FAIR_SHARE_COST_PER_MINUTE, options.fairShareMaxInFlight ?? MAX_EXPENSIVE_IN_FLIGHT),
    oidc: options.oidc ? new OidcRelyingParty(options.oidc, options.sessionSecret) : null,
    benchmark: options.benchmark ?? { url: JOBINDSATS_DEFAULT_URL, token: null },
  };
}
