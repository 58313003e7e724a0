import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Allow } from "../../common/allow.js";
import type { Context } from "../../context.js";
import { ProjectType } from "../projects/project.types.js";
import { projectBenchmark } from "./benchmark.service.js";
import { BenchmarkType } from "./benchmark.types.js";

@Resolver(() => ProjectType)
export class BenchmarkResolver {
  @Allow("steering.read")
  @FieldResolver(() => BenchmarkType, {
    description:
      "Landstallet og projektets kommuners tal fra Jobindsats.dk for aktivitetsparate kontanthjælpsmodtagere: til sammenligning ved projektets eget resultat, ikke en effekt. Fejler aldrig for en manglende nøgle eller et netværk, der er nede: status siger det.",
  })
  benchmark(@Ctx() ctx: Context, @Root() project: ProjectType): Promise<BenchmarkType> {
    return projectBenchmark(ctx, project.id);
  }
}
