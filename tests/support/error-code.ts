import type { GraphQLResponse } from "./api.js";

/** The code of a response's first error (extensions.code), or "OK" when it has none. */
export const codeOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code ?? "OK";
