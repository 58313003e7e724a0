import { Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Public } from "../../common/allow.js";

@ObjectType("OidcLoginOption", { description: "Log ind med din organisation (OpenID Connect): knappen på login-siden." })
export class OidcLoginOptionType {
  @Field({ description: 'Knappens tekst, fx "Log ind med din organisation" (OIDC_BUTTON_LABEL).' })
  label!: string;

  @Field({ description: "Adressen, knappen fører til: den sender browseren videre til organisationens login (/auth/oidc/login)." })
  loginUrl!: string;

  @Field({
    description: "Adressen, portalen sender en JSON-POST til for at logge ud; svaret siger, hvor browseren skal hen bagefter (evt. organisationens log ud).",
  })
  logoutUrl!: string;
}

@ObjectType("LoginOptions", { description: "De måder, man kan logge ind på Overblik på; kan læses uden at være logget ind." })
export class LoginOptionsType {
  @Field(() => OidcLoginOptionType, {
    nullable: true,
    description: "Log ind med din organisation, eller null når det ikke er sat op (kun e-mail og adgangskode).",
  })
  oidc!: OidcLoginOptionType | null;
}

@Resolver()
export class OidcResolver {
  // Public: the login page asks before anyone is logged in. It tells nothing but whether the button is there.
  @Public()
  @Query(() => LoginOptionsType, { description: "Hvordan man kan logge ind (til login-siden); kræver ikke login." })
  loginOptions(@Ctx() ctx: Context): LoginOptionsType {
    const oidc = ctx.deps.oidc;
    return { oidc: oidc ? { label: oidc.settings.buttonLabel, loginUrl: "/auth/oidc/login", logoutUrl: "/auth/oidc/logout" } : null };
  }
}
