import { oreFromDb, type Ore } from "@overblik/domain";
import { Column, type ValueTransformer } from "typeorm";

/**
 * The one conversion between a Postgres bigint of øre and the domain's `Ore` (bigint) for entities: pg hands int8
 * to us as a string of digits (it never parses it as a float), and takes a string back. Null stays null. A value
 * that is not a bigint on the way in (a FindOperator in a `where`, a raw SQL function) is passed through as it is.
 */
export const oreTransformer: ValueTransformer = {
  to: (value: unknown): unknown => (typeof value === "bigint" ? value.toString() : value),
  from: (value: unknown): Ore | null => (value === null || value === undefined ? null : oreFromDb(value as string)),
};

/** A money column: bigint øre in Postgres, `Ore` on the entity. The column type stays exactly the migrations' `bigint`. */
export function OreColumn(options: { nullable?: boolean; default?: string } = {}): PropertyDecorator {
  return Column({ type: "bigint", transformer: oreTransformer, ...options });
}
