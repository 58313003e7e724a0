import { IsEmail, MaxLength, MinLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { RoleEnum } from "../../common/enums.js";
import { MembershipType } from "../projects/project.types.js";

@ObjectType("User", { description: "En bruger af Overblik." })
export class UserType {
  @Field(() => ID, { description: "Brugerens id." })
  id!: string;

  @Field({ description: "Brugerens e-mailadresse; unik, bruges ved login." })
  email!: string;

  @Field({ description: 'Brugerens fulde navn, som det vises i portalen og i historikken, fx "Lars Leder".' })
  name!: string;

  @Field(() => [RoleEnum], { description: "Roller i hele installationen (ADMIN, MUNICIPALITY_ADMIN, DEVELOPER)." })
  globalRoles!: RoleEnum[];

  @Field(() => [MembershipType], { description: "Brugerens roller pr. projekt." })
  memberships!: MembershipType[];

  @Field({
    description:
      "Sand, mens brugeren stadig har en engangsadgangskode: indtil brugeren har valgt sin egen (changePassword), afviser API'et alt andet end me, changePassword og logout.",
  })
  passwordChangeRequired!: boolean;
}

@InputType({ description: "Log ind med e-mail og adgangskode." })
export class LoginInput {
  @Field({ description: "E-mailadressen, brugeren er oprettet med (højst 320 tegn)." })
  @IsEmail({}, { message: "Skriv en gyldig e-mailadresse." })
  @MaxLength(320)
  email!: string;

  @Field({ description: "Adgangskoden (1–200 tegn)." })
  @MinLength(1, { message: "Skriv din adgangskode." })
  @MaxLength(200, { message: "Adgangskoden er for lang." })
  password!: string;
}

@ObjectType({ description: "Resultatet af et login." })
export class LoginPayload {
  @Field({ description: 'Sessionstoken til "Authorization: Bearer …" (legepladsen). Portalen bruger en httpOnly-cookie.' })
  token!: string;

  @Field({ description: "Hvornår sessionen udløber (ISO 8601)." })
  expiresAt!: string;

  @Field(() => UserType, { description: "Den bruger, der nu er logget ind, med roller." })
  user!: UserType;

  @Field({ description: "Sand, når brugeren skal vælge sin egen adgangskode (changePassword), før noget andet er muligt." })
  passwordChangeRequired!: boolean;
}
