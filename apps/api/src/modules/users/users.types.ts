import { GLOBAL_ROLES } from "@overblik/domain";
import { ArrayMaxSize, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { RoleEnum } from "../../common/enums.js";

@ObjectType("Municipality", { description: "En dansk kommune (en af de 98) med dens kommunekode." })
export class MunicipalityType {
  @Field({ description: 'Den officielle kommunekode med tre cifre, fx "183" for Ishøj.' })
  code!: string;

  @Field({ description: 'Kommunens navn, fx "Ishøj".' })
  name!: string;

  @Field({ description: "Om en bruger fra kommunen, der er leder i mindst ét projekt, selv må oprette projekter." })
  leadersMayCreateProjects!: boolean;
}

@InputType({ description: "Kommunens regel for, hvem der må oprette projekter." })
export class SetMunicipalityRulesInput {
  @Field({ description: 'Kommunekoden, fx "183".' })
  @Matches(/^[0-9]{3}$/, { message: "Kommunekoden skal være tre cifre, fx 183." })
  code!: string;

  @Field({ description: "Sand: kommunens ledere (leder i mindst ét projekt) må selv oprette projekter." })
  @IsBoolean({ message: "Angiv ja eller nej." })
  leadersMayCreateProjects!: boolean;
}

/**
 * A user as the user list shows them. Everyone who may search users (user.manage, or project.members in some
 * project) sees id, name and e-mail; only user.manage sees the rest (null otherwise), and a leader finds only
 * active users.
 */
@ObjectType("UserAccount", { description: "En bruger i brugerlisten. Felterne ud over id, navn og e-mail er kun udfyldt for brugeradministratorer (ellers null)." })
export class UserAccountType {
  @Field(() => ID, { description: "Brugerens id." })
  id!: string;

  @Field({ description: "Brugerens fulde navn." })
  name!: string;

  @Field({ description: "Brugerens e-mailadresse." })
  email!: string;

  @Field(() => Boolean, { nullable: true, description: "Om brugeren kan logge ind (kun for brugeradministratorer)." })
  active!: boolean | null;

  @Field(() => [RoleEnum], { nullable: true, description: "Globale roller, ADMIN eller DEVELOPER (kun for brugeradministratorer)." })
  globalRoles!: RoleEnum[] | null;

  @Field(() => MunicipalityType, { nullable: true, description: "Brugerens kommune (kun for brugeradministratorer; null, hvis ingen er sat)." })
  municipality!: MunicipalityType | null;

  @Field(() => Boolean, { nullable: true, description: "Om brugeren stadig har en engangsadgangskode (kun for brugeradministratorer)." })
  passwordChangeRequired!: boolean | null;

  @Field(() => Int, { nullable: true, description: "Versionsnummer til setUserActive's expectedVersion (kun for brugeradministratorer)." })
  version!: number | null;
}

@ObjectType({ description: "En side af brugere." })
export class UserAccountList {
  @Field(() => [UserAccountType], { description: "Brugerne på denne side, efter navn." })
  items!: UserAccountType[];

  @Field(() => Int, { description: "Antal brugere i alt, der passer på søgningen." })
  totalCount!: number;
}

@ArgsType()
export class UserListArgs {
  @Field(() => String, { nullable: true, description: "Søg i navn og e-mail (del af teksten, store og små bogstaver ens)." })
  @IsOptional()
  @MaxLength(200, { message: "Søgeteksten må højst være 200 tegn." })
  search?: string | null;

  @Field(() => Int, { defaultValue: 50, description: "Højst 100." })
  @Min(1)
  @Max(100)
  take!: number;

  @Field(() => Int, { defaultValue: 0, description: "Antal brugere, der springes over (sideinddeling); standard 0." })
  @Min(0)
  skip!: number;
}

@InputType({ description: "En ny bruger; brugeren får en engangsadgangskode og skal vælge sin egen ved første login." })
export class CreateUserInput {
  @Field({ description: "E-mailadressen, brugeren logger ind med (unik)." })
  @IsEmail({}, { message: "Skriv en gyldig e-mailadresse." })
  @MaxLength(320, { message: "E-mailadressen må højst være 320 tegn." })
  email!: string;

  @Field({ description: "Brugerens fulde navn." })
  @MinLength(2, { message: "Skriv brugerens navn." })
  @MaxLength(200, { message: "Navnet må højst være 200 tegn." })
  name!: string;

  @Field(() => [RoleEnum], { defaultValue: [], description: "Globale roller: kun ADMIN og DEVELOPER; projektroller gives i projektet (addProjectMember)." })
  @ArrayMaxSize(2, { message: "Højst to globale roller." })
  @IsIn(GLOBAL_ROLES, { each: true, message: "Kun ADMIN og DEVELOPER er globale roller; projektroller gives i projektet." })
  globalRoles!: RoleEnum[];

  @Field(() => String, { nullable: true, description: 'Brugerens kommune (kommunekode, fx "183"); valgfri.' })
  @IsOptional()
  @Matches(/^[0-9]{3}$/, { message: "Kommunekoden skal være tre cifre, fx 183." })
  municipalityCode?: string | null;
}

@ObjectType({ description: "En bruger og den engangsadgangskode, brugeren skal logge ind med første gang. Adgangskoden vises kun denne ene gang." })
export class OneTimePasswordPayload {
  @Field(() => UserAccountType, { description: "Brugeren." })
  user!: UserAccountType;

  @Field({ description: "Engangsadgangskoden (fx k7dm-x3qa-…); gemmes kun som hash og kan ikke hentes igen." })
  oneTimePassword!: string;
}

@InputType({ description: "Giv en bruger en ny engangsadgangskode (fx når den gamle er glemt)." })
export class ResetUserPasswordInput {
  @Field(() => ID, { description: "Brugerens id." })
  @IsUUID("all", { message: "Ukendt bruger." })
  userId!: string;
}

@InputType({ description: "Deaktivér eller genaktivér en bruger. En deaktiveret bruger afvises fra næste forespørgsel." })
export class SetUserActiveInput {
  @Field(() => ID, { description: "Brugerens id." })
  @IsUUID("all", { message: "Ukendt bruger." })
  userId!: string;

  @Field({ description: "Sand: brugeren kan logge ind; falsk: deaktiveret." })
  @IsBoolean({ message: "Angiv aktiv eller deaktiveret." })
  active!: boolean;

  @Field(() => Int, { description: "Brugerens version, som skærmen viste den; ellers CONFLICT." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;
}

/** A new password has at least this many characters (DPA guidance favours length over composition rules). */
export const MIN_PASSWORD_LENGTH = 12;

@InputType({ description: "Skift sin egen adgangskode (også fra en engangsadgangskode)." })
export class ChangePasswordInput {
  @Field({ description: "Den nuværende adgangskode (eller engangsadgangskoden)." })
  @MinLength(1, { message: "Skriv din nuværende adgangskode." })
  @MaxLength(200, { message: "Adgangskoden er for lang." })
  currentPassword!: string;

  @Field({ description: `Den nye adgangskode: mindst ${MIN_PASSWORD_LENGTH} tegn og ikke den samme som den nuværende.` })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Den nye adgangskode skal være mindst ${MIN_PASSWORD_LENGTH} tegn.` })
  @MaxLength(200, { message: "Den nye adgangskode må højst være 200 tegn." })
  newPassword!: string;
}
