import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { SessionTokens } from "./auth.js";

const SECRET = "test-secret-test-secret-test-secret-!!";
const key = new TextEncoder().encode(SECRET);
const now = Math.floor(Date.now() / 1000);

function signed(claims: Record<string, unknown>, header: Record<string, unknown> = { alg: "HS256" }, secret = key): Promise<string> {
  return new SignJWT(claims).setProtectedHeader(header as { alg: string }).sign(secret);
}

describe("SessionTokens.verify (HS256 with node:crypto)", () => {
  const tokens = new SessionTokens(SECRET);

  it("accepts its own tokens and returns the session and user", async () => {
    const token = await tokens.sign("session-1", "user-1", new Date(Date.now() + 60_000));
    expect(await tokens.verify(token)).toEqual({ sessionId: "session-1", userId: "user-1" });
  });

  it("accepts a token jose signed with the same claims", async () => {
    const token = await signed({ sid: "s", sub: "u", iss: "overblik", exp: now + 60, nbf: now - 1 });
    expect(await tokens.verify(token)).toEqual({ sessionId: "s", userId: "u" });
  });

  it("refuses a token after its expiry, and before its nbf", async () => {
    expect(await tokens.verify(await tokens.sign("s", "u", new Date(Date.now() - 1000)))).toBeNull();
    expect(tokens.verifySync(await signed({ sid: "s", sub: "u", iss: "overblik", exp: now + 60 }), now + 60)).toBeNull();
    expect(await tokens.verify(await signed({ sid: "s", sub: "u", iss: "overblik", exp: now + 60, nbf: now + 30 }))).toBeNull();
    expect(await tokens.verify(await signed({ sid: "s", sub: "u", iss: "overblik" }))).toBeNull();
  });

  it("checks the clock on every call, also for a token it has verified before", async () => {
    const token = await signed({ sid: "s", sub: "u", iss: "overblik", exp: now + 60, nbf: now - 10 });
    expect(tokens.verifySync(token, now)).toEqual({ sessionId: "s", userId: "u" });
    expect(tokens.verifySync(token, now + 60)).toBeNull();
    expect(tokens.verifySync(token, now - 11)).toBeNull();
    expect(tokens.verifySync(token, now + 59)).toEqual({ sessionId: "s", userId: "u" });
  });

  it("refuses another key, another issuer, missing claims", async () => {
    expect(
      await tokens.verify(
        await signed({ sid: "s", sub: "u", iss: "overblik", exp: now + 60 }, undefined, new TextEncoder().encode("another-secret-another-secret-!!")),
      ),
    ).toBeNull();
    expect(await tokens.verify(await signed({ sid: "s", sub: "u", iss: "andet", exp: now + 60 }))).toBeNull();
    expect(await tokens.verify(await signed({ sub: "u", iss: "overblik", exp: now + 60 }))).toBeNull();
    expect(await tokens.verify(await signed({ sid: 7, sub: "u", iss: "overblik", exp: now + 60 }))).toBeNull();
  });

  it("refuses alg none, other algorithms and critical headers", async () => {
    const unsecured = new UnsecuredJWT({ sid: "s", sub: "u", iss: "overblik", exp: now + 60 }).encode();
    expect(await tokens.verify(unsecured)).toBeNull();
    expect(await tokens.verify(await signed({ sid: "s", sub: "u", iss: "overblik", exp: now + 60 }, { alg: "HS512" }))).toBeNull();
    const crit = await signed({ sid: "s", sub: "u", iss: "overblik", exp: now + 60 }, { alg: "HS256", crit: ["x"], x: 1 }).catch(() => null);
    if (crit) expect(await tokens.verify(crit)).toBeNull();
  });

  it("refuses a changed payload or signature and malformed tokens", async () => {
    const token = await tokens.sign("s", "u", new Date(Date.now() + 60_000));
    const [h, p, s] = token.split(".") as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, "base64url").toString()), sub: "admin" })).toString("base64url");
    expect(await tokens.verify(`${h}.${forged}.${s}`)).toBeNull();
    const flipped = s.slice(0, -2) + (s.at(-2) === "A" ? "B" : "A") + s.at(-1);
    expect(await tokens.verify(`${h}.${p}.${flipped}`)).toBeNull();
    for (const bad of ["", "a.b", `${h}.${p}`, `${h}.${p}.${s}.x`, `${h}.${p}.${s}=`, `${h}.${p}.`, "ovb_x", "ä.ö.å"])
      expect(await tokens.verify(bad)).toBeNull();
  });
});
