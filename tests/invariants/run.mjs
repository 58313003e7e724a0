// npm run invariants -- --runs 2000 [--seed 123]: the invariant test with many projects and a random
// seed (printed, so a failure can be replayed with --seed). `npm test` runs the same test with 200 and a fixed seed.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = option("runs") ?? "2000";
const seed = option("seed") ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`invariants: ${runs} projects, seed ${seed} (replay: npm run invariants -- --runs ${runs} --seed ${seed})`);
const result = spawnSync("npx", ["vitest", "run", "invariants/invariants.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, INVARIANT_RUNS: runs, INVARIANT_SEED: seed },
});
process.exit(result.status ?? 1);
