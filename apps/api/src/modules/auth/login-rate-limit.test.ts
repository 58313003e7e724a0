import { describe, expect, it } from "vitest";
import { loginClientKey } from "./login-rate-limit.js";

const req = (ip: string | undefined, remoteAddress?: string) => ({ ip, socket: { remoteAddress } }) as Parameters<typeof loginClientKey>[0];

describe("loginClientKey", () => {
  it("is the address Express reports, an IPv4 address reached over IPv6 counted as the IPv4 address", () => {
    expect(loginClientKey(req("10.1.2.3"))).toBe("10.1.2.3");
    expect(loginClientKey(req("::ffff:10.1.2.3"))).toBe("10.1.2.3");
    expect(loginClientKey(req("2001:db8::1"))).toBe("2001:db8::1");
    expect(loginClientKey(req("::ffff:0:1"))).toBe("::ffff:0:1");
  });

  it("falls back to the socket's address, and to one shared key when neither is known", () => {
    expect(loginClientKey(req(undefined, "::1"))).toBe("::1");
    expect(loginClientKey(req(undefined))).toBe("unknown");
  });
});
