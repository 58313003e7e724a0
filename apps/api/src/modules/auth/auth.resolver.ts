import { Allow, Public } from "../../common/allow.js";
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireUser } from "../../common/auth.js";
import type { Context } from "../../context.js";
import { MembershipType, ProjectType } from "../projects/project.types.js";
import { getProject } from "../projects/project.service.js";
import { listUsers, login, logout, toUserType } from "./auth.service.js";
import { LoginInput, LoginPayload, UserType } from "./auth.types.js";

@Resolver(() => UserType)
export class AuthResolver {
  @Allow("account.self")
  @Query(() => UserType, { description: "Den bruger, der er logget ind." })
  me(@Ctx() ctx: Context): UserType {
    return toUserType(requireUser(ctx));
  }

  @Allow("user.manage")
  @Query(() => [UserType], { description: "Alle brugere med deres roller (kun ADMIN)." })
  users(@Ctx() ctx: Context): Promise<UserType[]> {
    return listUsers(ctx);
  }

  @Public()
  @Mutation(() => LoginPayload, { description: "Log ind; sætter sessionscookien og returnerer et token til legepladsen." })
  login(@Ctx() ctx: Context, @Arg("input", () => LoginInput, { description: "E-mail og adgangskode." }) input: LoginInput): Promise<LoginPayload> {
    return login(ctx, input);
  }

  @Allow("account.self")
  @Mutation(() => Boolean, { description: "Log ud: sessionen tilbagekaldes i alle API-processer." })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx);
  }
}

@Resolver(() => MembershipType)
export class MembershipResolver {
  @Allow("project.read")
  @FieldResolver(() => ProjectType, { description: "Projektet, rollen gælder." })
  project(@Ctx() ctx: Context, @Root() membership: MembershipType): Promise<ProjectType> {
    return getProject(ctx, membership.projectId);
  }
}
