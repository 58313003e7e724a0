import { Allow } from "../../common/allow.js";
import type { PersonalAccessToken } from "@overblik/db";
import { IsInt, Max, MaxLength, Min, MinLength } from "class-validator";
import { randomBytes } from "node:crypto";
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { ACCESS_TOKEN_PREFIX, hashAccessToken, requireUser } from "../../common/auth.js";
import { DomainError, notFound } from "../../common/errors.js";
import type { Context } from "../../context.js";
import { accessTokenById, accessTokensOf, insertAccessToken, ownAccessToken, revokeAccessToken } from "./auth.repository.js";

@ObjectType("AccessToken", { description: "Et personligt adgangstoken til legepladsen. Selve tokenet vises kun, når det oprettes." })
export class AccessTokenType {
  @Field(() => ID, { description: "Tokenets id." })
  id!: string;

  @Field({ description: "Navnet, brugeren gav det." })
  name!: string;

  @Field({ description: 'De første tegn, så tokens kan kendes fra hinanden ("ovb_Ab12…").' })
  prefix!: string;

  @Field({ description: "Oprettet (ISO 8601)." })
  createdAt!: string;

  @Field({ description: "Udløber (ISO 8601)." })
  expiresAt!: string;

  @Field(() => String, { nullable: true, description: "Tilbagekaldt (ISO 8601), eller null." })
  revokedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Sidst brugt (ISO 8601, højst et minut gammelt), eller null." })
  lastUsedAt!: string | null;
}

@ObjectType("CreatedAccessToken", { description: "Et nyt token: gem det nu, det vises ikke igen." })
export class CreatedAccessTokenType {
  @Field({ description: 'Selve tokenet til "Authorization: Bearer …". Vises kun denne ene gang.' })
  token!: string;

  @Field(() => AccessTokenType, { description: "Tokenets oplysninger." })
  accessToken!: AccessTokenType;
}

@InputType({ description: "Opret et personligt adgangstoken; det bærer dine egne roller, aldrig flere." })
export class CreateAccessTokenInput {
  @Field({ description: "Et navn, fx legepladsen på min maskine." })
  @MinLength(2, { message: "Giv tokenet et navn." })
  @MaxLength(100)
  name!: string;

  @Field(() => Int, { defaultValue: 30, description: "Dage til tokenet udløber (1–365)." })
  @IsInt()
  @Min(1, { message: "Tokenet skal gælde mindst 1 dag." })
  @Max(365, { message: "Tokenet kan højst gælde 365 dage." })
  expiresInDays!: number;
}

const toType = (t: PersonalAccessToken): AccessTokenType => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt.toISOString(),
  revokedAt: t.revokedAt ? t.revokedAt.toISOString() : null,
  lastUsedAt: t.lastUsedAt ? t.lastUsedAt.toISOString() : null,
});

@Resolver()
export class AccessTokenResolver {
  @Allow("token.manage")
  @Query(() => [AccessTokenType], { description: "Dine personlige adgangstokens, nyeste først." })
  async myAccessTokens(@Ctx() ctx: Context): Promise<AccessTokenType[]> {
    const user = requireUser(ctx);
    return (await accessTokensOf(ctx.manager, user.id)).map(toType);
  }

  @Allow("token.manage")
  @Mutation(() => CreatedAccessTokenType, { description: "Opret et personligt adgangstoken til legepladsen (gemmes kun som hash)." })
  async createAccessToken(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateAccessTokenInput, { description: "Navn og levetid." }) input: CreateAccessTokenInput,
  ): Promise<CreatedAccessTokenType> {
    const user = requireUser(ctx);
    if (user.tokenKind === "ACCESS_TOKEN") throw new DomainError("FORBIDDEN", "Et adgangstoken kan ikke oprette nye tokens; log ind med adgangskode.");
    const token = `${ACCESS_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
    const saved = await insertAccessToken(ctx.manager, {
      userId: user.id,
      name: input.name.trim(),
      tokenHash: hashAccessToken(token),
      prefix: token.slice(0, 8),
      expiresAt: new Date(Date.now() + input.expiresInDays * 86_400_000),
    });
    ctx.logger.info({ tokenId: saved.id }, "access token created");
    return { token, accessToken: toType(saved) };
  }

  @Allow("token.manage")
  @Mutation(() => AccessTokenType, { description: "Tilbagekald et af dine tokens; det virker ikke længere fra det øjeblik." })
  async revokeAccessToken(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Tokenets id." }) id: string): Promise<AccessTokenType> {
    const user = requireUser(ctx);
    const token = await ownAccessToken(ctx.manager, user.id, /^[0-9a-f-]{36}$/i.test(id) ? id : "00000000-0000-0000-0000-000000000000");
    if (!token) throw notFound("Tokenet");
    await revokeAccessToken(ctx.manager, token.id);
    ctx.logger.info({ tokenId: token.id }, "access token revoked");
    return toType(await accessTokenById(ctx.manager, token.id));
  }
}
