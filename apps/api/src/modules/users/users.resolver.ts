import { Allow } from "../../common/allow.js";
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { mayCreateProjects } from "../../common/access.js";
import type { Context } from "../../context.js";
import { UserType } from "../auth/auth.types.js";
import { listMunicipalities, setMunicipalityRules } from "./municipalities.service.js";
import { userAuditTrail } from "./user-audit.service.js";
import { changePassword, createUser, listUserAccounts, resetUserPassword, setUserActive, setUserGlobalRoles, setUserMunicipality } from "./users.service.js";
import {
  ChangePasswordInput,
  CreateUserInput,
  MunicipalityType,
  OneTimePasswordPayload,
  ResetUserPasswordInput,
  SetMunicipalityRulesInput,
  SetUserActiveInput,
  SetUserGlobalRolesInput,
  SetUserMunicipalityInput,
  UserAccountList,
  UserAuditTrail,
  UserAuditTrailArgs,
  UserAccountType,
  UserListArgs,
} from "./users.types.js";

@Resolver(() => UserAccountType)
export class UsersResolver {
  @Allow("account.self")
  @Query(() => [MunicipalityType], { description: "Danmarks 98 kommuner med kommunekode og regler, i alfabetisk orden." })
  municipalities(@Ctx() ctx: Context): Promise<MunicipalityType[]> {
    return listMunicipalities(ctx);
  }

  @Allow("user.search")
  @Query(() => UserAccountList, {
    description:
      "Søg brugere. Brugeradministratorer (user.manage) ser alle brugere med alle felter; den, der må ændre medlemmer i mindst ét projekt (project.members), ser kun aktive brugeres id, navn og e-mail. Andre: FORBIDDEN.",
  })
  userList(@Ctx() ctx: Context, @Args(() => UserListArgs) args: UserListArgs): Promise<UserAccountList> {
    return listUserAccounts(ctx, args);
  }

  @Allow("user.manage")
  @Mutation(() => MunicipalityType, { description: "Sæt kommunens regel for, om dens ledere selv må oprette projekter (user.manage)." })
  setMunicipalityRules(
    @Ctx() ctx: Context,
    @Arg("input", () => SetMunicipalityRulesInput, { description: "Kommunekoden og reglen." }) input: SetMunicipalityRulesInput,
  ): Promise<MunicipalityType> {
    return setMunicipalityRules(ctx, input);
  }

  @Allow("user.manage")
  @Mutation(() => OneTimePasswordPayload, {
    description: "Opret en bruger med en engangsadgangskode, som vises denne ene gang (user.manage). CONFLICT, hvis e-mailen allerede har en bruger.",
  })
  createUser(
    @Ctx() ctx: Context,
    @Arg("input", () => CreateUserInput, { description: "Navn, e-mail, globale roller og kommune." }) input: CreateUserInput,
  ): Promise<OneTimePasswordPayload> {
    return createUser(ctx, input);
  }

  @Allow("user.manage")
  @Mutation(() => OneTimePasswordPayload, {
    description: "Giv brugeren en ny engangsadgangskode (user.manage): den gamle holder op med at virke, og brugerens sessioner afsluttes.",
  })
  resetUserPassword(
    @Ctx() ctx: Context,
    @Arg("input", () => ResetUserPasswordInput, { description: "Brugeren." }) input: ResetUserPasswordInput,
  ): Promise<OneTimePasswordPayload> {
    return resetUserPassword(ctx, input);
  }

  @Allow("user.manage")
  @Mutation(() => UserAccountType, {
    description: "Deaktivér eller genaktivér en bruger (user.manage); virker fra brugerens næste forespørgsel. CONFLICT ved forældet version.",
  })
  setUserActive(
    @Ctx() ctx: Context,
    @Arg("input", () => SetUserActiveInput, { description: "Brugeren, aktiv/deaktiveret og version." }) input: SetUserActiveInput,
  ): Promise<UserAccountType> {
    return setUserActive(ctx, input);
  }

  @Allow("user.manage")
  @Mutation(() => UserAccountType, {
    description:
      "Sæt brugerens globale roller (user.manage). Du kan ikke fjerne din egen administratorrolle, og installationen beholder altid mindst én aktiv administrator. En kommuneadministrator giver og fjerner kun rollen kommuneadministrator. CONFLICT ved forældet version.",
  })
  setUserGlobalRoles(
    @Ctx() ctx: Context,
    @Arg("input", () => SetUserGlobalRolesInput, { description: "Brugeren, de nye globale roller og version." }) input: SetUserGlobalRolesInput,
  ): Promise<UserAccountType> {
    return setUserGlobalRoles(ctx, input);
  }

  @Allow("user.manage")
  @Mutation(() => UserAccountType, {
    description:
      "Sæt eller skift brugerens kommune (user.manage). En kommuneadministrator kan ikke flytte brugere til en anden kommune. CONFLICT ved forældet version.",
  })
  setUserMunicipality(
    @Ctx() ctx: Context,
    @Arg("input", () => SetUserMunicipalityInput, { description: "Brugeren, kommunekoden (eller null) og version." }) input: SetUserMunicipalityInput,
  ): Promise<UserAccountType> {
    return setUserMunicipality(ctx, input);
  }

  @Allow("user.manage")
  @Query(() => UserAuditTrail, {
    description:
      "Brugerhistorikken: hver ændring af en bruger eller en rolle med hvem, hvornår og hvad, nyeste først (user.manage; en kommuneadministrator ser sin egen kommunes brugere).",
  })
  userAuditTrail(@Ctx() ctx: Context, @Args(() => UserAuditTrailArgs) args: UserAuditTrailArgs): Promise<UserAuditTrail> {
    return userAuditTrail(ctx, args);
  }
}

@Resolver(() => UserType)
export class UserSelfResolver {
  @Allow("account.self")
  @Mutation(() => UserType, {
    description: "Skift din egen adgangskode (mindst 12 tegn, ikke den nuværende). Ophæver kravet om at vælge adgangskode; dine andre sessioner afsluttes.",
  })
  changePassword(
    @Ctx() ctx: Context,
    @Arg("input", () => ChangePasswordInput, { description: "Nuværende og ny adgangskode." }) input: ChangePasswordInput,
  ): Promise<UserType> {
    return changePassword(ctx, input);
  }

  @Allow("account.self")
  @FieldResolver(() => Boolean, {
    description:
      "Om brugeren må oprette projekter (administrator, eller leder i en kommune, der tillader det). Kun for den indloggede bruger selv; ellers falsk.",
  })
  async mayCreateProjects(@Ctx() ctx: Context, @Root() user: UserType): Promise<boolean> {
    return ctx.user?.id === user.id && (await mayCreateProjects(ctx));
  }
}
