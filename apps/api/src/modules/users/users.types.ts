import { GLOBAL_ROLES } from "@overblik/domain";
import { ArrayMaxSize, IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { RoleEnum } from "../../common/enums.js";
import { MIN_PASSWORD_LENGTH } from "../../common/password-policy.js";

/** The refusal when a project role is given where a global role belongs. */
export const GLOBAL_ROLES_ONLY = "Kun ADMIN, MUNICIPALITY_ADMIN og DEVELOPER er globale roller; projektroller gives i projektet.";

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
@ObjectType("UserAccount", {
  description: "En bruger i brugerlisten. Felterne ud over id, navn og e-mail er kun udfyldt for brugeradministratorer (ellers null).",
})
export class UserAccountType {
  @Field(() => ID, { description: "Brugerens id." })
  id!: string;

  @Field({ description: "Brugerens fulde navn." })
  name!: string;

  @Field({ description: "Brugerens e-mailadresse." })
  email!: string;

  @Field(() => Boolean, { nullable: true, description: "Om brugeren kan logge ind (kun for brugeradministratorer)." })
  active!: boolean | null;

  @Field(() => [RoleEnum], { nullable: true, description: "Globale roller: ADMIN, MUNICIPALITY_ADMIN og DEVELOPER (kun for brugeradministratorer)." })
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

  @Field(() => [RoleEnum], {
    defaultValue: [],
    description: "Globale roller: kun ADMIN, MUNICIPALITY_ADMIN og DEVELOPER; projektroller gives i projektet (addProjectMember).",
  })
  @ArrayMaxSize(GLOBAL_ROLES.length, { message: "Højst én af hver global rolle." })
  @IsIn([...GLOBAL_ROLES], { each: true, message: GLOBAL_ROLES_ONLY })
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

@InputType({ description: "Skift sin egen adgangskode (også fra en engangsadgangskode)." })
export class ChangePasswordInput {
  @Field({ description: "Den nuværende adgangskode (eller engangsadgangskoden)." })
  @MinLength(1, { message: "Skriv din nuværende adgangskode." })
  @MaxLength(200, { message: "Adgangskoden er for lang." })
  currentPassword!: string;

  @Field({
    description: `Den nye adgangskode: mindst ${MIN_PASSWORD_LENGTH} tegn, ikke den samme som den nuværende og ikke en af de mest almindelige adgangskoder.`,
  })
  @MinLength(MIN_PASSWORD_LENGTH, { message: `Den nye adgangskode skal være mindst ${MIN_PASSWORD_LENGTH} tegn.` })
  @MaxLength(200, { message: "Den nye adgangskode må højst være 200 tegn." })
  newPassword!: string;
}

@InputType({ description: "Sæt en brugers globale roller (alle på én gang). CONFLICT ved forældet version." })
export class SetUserGlobalRolesInput {
  @Field(() => ID, { description: "Brugerens id." })
  @IsUUID("all", { message: "Ukendt bruger." })
  userId!: string;

  @Field(() => [RoleEnum], { description: "De globale roller, brugeren skal have bagefter: ADMIN, MUNICIPALITY_ADMIN og/eller DEVELOPER (tom liste: ingen)." })
  @ArrayMaxSize(GLOBAL_ROLES.length, { message: "Højst én af hver global rolle." })
  @IsIn([...GLOBAL_ROLES], { each: true, message: GLOBAL_ROLES_ONLY })
  globalRoles!: RoleEnum[];

  @Field(() => String, {
    nullable: true,
    description: 'Kommunekoden, brugeren skal have bagefter, i samme ændring som rollerne (fx "183"); null fjerner den; udeladt: uændret.',
  })
  @IsOptional()
  @Matches(/^[0-9]{3}$/, { message: "Kommunekoden skal være tre cifre, fx 183." })
  municipalityCode?: string | null;

  @Field(() => Int, { description: "Brugerens version, som skærmen viste den; ellers CONFLICT." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;
}

@InputType({ description: "Sæt eller skift en brugers kommune. CONFLICT ved forældet version." })
export class SetUserMunicipalityInput {
  @Field(() => ID, { description: "Brugerens id." })
  @IsUUID("all", { message: "Ukendt bruger." })
  userId!: string;

  @Field(() => String, { nullable: true, description: 'Kommunekoden, fx "183"; null fjerner brugerens kommune.' })
  @IsOptional()
  @Matches(/^[0-9]{3}$/, { message: "Kommunekoden skal være tre cifre, fx 183." })
  municipalityCode?: string | null;

  @Field(() => Int, { description: "Brugerens version, som skærmen viste den; ellers CONFLICT." })
  @IsInt({ message: "Versionen skal være et helt tal." })
  expectedVersion!: number;
}

// GraphQL needs an enum; the database keeps the same codes (packages/db user-audit.entity.ts).
export enum UserAuditActionEnum {
  USER_CREATED = "USER_CREATED",
  USER_DEACTIVATED = "USER_DEACTIVATED",
  USER_REACTIVATED = "USER_REACTIVATED",
  PASSWORD_RESET = "PASSWORD_RESET",
  PASSWORD_CHANGED = "PASSWORD_CHANGED",
  ROLES_CHANGED = "ROLES_CHANGED",
  MUNICIPALITY_CHANGED = "MUNICIPALITY_CHANGED",
  PROJECT_ROLE_ADDED = "PROJECT_ROLE_ADDED",
  PROJECT_ROLE_REMOVED = "PROJECT_ROLE_REMOVED",
}

registerEnumType(UserAuditActionEnum, {
  name: "UserAuditAction",
  description: "Hvad der skete med brugeren.",
  valuesConfig: {
    USER_CREATED: { description: "Brugeren blev oprettet (med en engangsadgangskode)." },
    USER_DEACTIVATED: { description: "Brugeren blev deaktiveret." },
    USER_REACTIVATED: { description: "Brugeren blev genaktiveret." },
    PASSWORD_RESET: { description: "Brugeren fik en ny engangsadgangskode." },
    PASSWORD_CHANGED: { description: "Brugeren valgte selv en ny adgangskode." },
    ROLES_CHANGED: { description: "Brugerens globale roller blev ændret." },
    MUNICIPALITY_CHANGED: { description: "Brugerens kommune blev sat eller ændret." },
    PROJECT_ROLE_ADDED: { description: "Brugeren fik en rolle i et projekt." },
    PROJECT_ROLE_REMOVED: { description: "Brugeren mistede en rolle i et projekt." },
  },
});

@ObjectType("UserAuditEntry", { description: "Én ændring af en bruger eller en rolle i brugerhistorikken: hvem, hvornår, hvilken bruger og hvad." })
export class UserAuditEntryType {
  @Field(() => ID, { description: "Rækkens id." })
  id!: string;

  @Field({ description: "Tidspunktet (ISO 8601, UTC)." })
  occurredAt!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Id på den, der foretog ændringen; null, når den kom fra kommandolinjen eller organisationens login (OpenID Connect).",
  })
  actorId!: string | null;

  @Field({
    description:
      'Navnet på den, der foretog ændringen, eller "kommandolinje" (fx den første administrator) eller "organisationens login" (roller fra udbyderens grupper, en konto oprettet ved første login).',
  })
  actorName!: string;

  @Field(() => ID, { description: "Id på brugeren, ændringen gælder." })
  userId!: string;

  @Field({ description: "Navnet på brugeren, ændringen gælder." })
  userName!: string;

  @Field({ description: "E-mailadressen på brugeren, ændringen gælder." })
  userEmail!: string;

  @Field(() => UserAuditActionEnum, { description: "Hvad der skete." })
  action!: UserAuditActionEnum;

  @Field(() => [RoleEnum], { nullable: true, description: "Globale roller før ændringen (ROLES_CHANGED), ellers null." })
  rolesBefore!: RoleEnum[] | null;

  @Field(() => [RoleEnum], { nullable: true, description: "Globale roller efter ændringen (ROLES_CHANGED og USER_CREATED), ellers null." })
  rolesAfter!: RoleEnum[] | null;

  @Field(() => String, { nullable: true, description: "Kommunens navn før ændringen (MUNICIPALITY_CHANGED), ellers null." })
  municipalityBefore!: string | null;

  @Field(() => String, { nullable: true, description: "Kommunens navn efter ændringen (MUNICIPALITY_CHANGED og USER_CREATED), ellers null." })
  municipalityAfter!: string | null;

  @Field(() => ID, { nullable: true, description: "Projektets id ved en ændring af en projektrolle, ellers null." })
  projectId!: string | null;

  @Field(() => String, { nullable: true, description: "Projektets navn ved en ændring af en projektrolle, ellers null." })
  projectName!: string | null;

  @Field(() => RoleEnum, { nullable: true, description: "Projektrollen, der blev givet eller taget, ellers null." })
  projectRole!: RoleEnum | null;
}

@ObjectType({ description: "En side af brugerhistorikken, nyeste først." })
export class UserAuditTrail {
  @Field(() => [UserAuditEntryType], { description: "Ændringerne på denne side, nyeste først." })
  items!: UserAuditEntryType[];

  @Field(() => Int, { description: "Antal ændringer i alt, der passer på filteret." })
  totalCount!: number;

  @Field(() => String, { nullable: true, description: "Markøren efter sidste række (til after); null på en tom side." })
  endCursor!: string | null;

  @Field({ description: "Om der er flere ændringer efter denne side." })
  hasNextPage!: boolean;
}

@ArgsType()
export class UserAuditTrailArgs {
  @Field(() => ID, { nullable: true, description: "Kun ændringer af denne bruger; udeladt: alle brugere." })
  @IsOptional()
  @IsUUID("all", { message: "Ukendt bruger." })
  userId?: string | null;

  @Field(() => Int, { defaultValue: 50, description: "Antal rækker på siden, højst 100." })
  @Min(1, { message: "Hent mindst én række." })
  @Max(100, { message: "Hent højst 100 rækker ad gangen." })
  first!: number;

  @Field(() => String, { nullable: true, description: "Markøren (endCursor) fra forrige side; udeladt: første side." })
  @IsOptional()
  @MaxLength(200, { message: "Ukendt markør. Hent første side igen." })
  after?: string | null;
}
