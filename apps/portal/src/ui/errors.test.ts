import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { errorCode, errorMessage } from "./errors";

const REFUSAL = "Du har brugt din andel af serverens kapacitet for nu. Prøv igen om 42 sekunder.";
const body = JSON.stringify({ errors: [{ message: REFUSAL, extensions: { code: "TOO_MANY_REQUESTS", details: { retryAfterSeconds: 42 } } }] });

describe("TOO_MANY_REQUESTS in the portal", () => {
  it("shows the API's sentence (when to try again) from a 429 answered as application/json", () => {
    const error = new ServerError("Response not successful: Received status code 429", {
      response: new Response(body, { status: 429, headers: { "content-type": "application/json" } }),
      bodyText: body,
    });
    expect(errorCode(error)).toBe("TOO_MANY_REQUESTS");
    expect(errorMessage(error)).toBe(REFUSAL);
  });

  it("shows it from a 429 answered as application/graphql-response+json (GraphQL errors)", () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: REFUSAL, extensions: { code: "TOO_MANY_REQUESTS" } }] });
    expect(errorMessage(error)).toBe(REFUSAL);
  });

  it("says it in Danish when a 429 carries no sentence of the API's (a proxy's page)", () => {
    const error = new ServerError("429", { response: new Response("<html>", { status: 429 }), bodyText: "<html>" });
    expect(errorMessage(error)).toBe("For mange forespørgsler på kort tid. Vent et minut, og prøv igen.");
  });
});
