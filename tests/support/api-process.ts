import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * The compiled API (apps/api/dist/main.js) as its own process, so a test can run it as in production or kill it.
 * `env` is all it gets besides PATH, PORT=0 and PORTAL_PORT=0; resolves once it prints its GraphQL address, with
 * the child (the caller kills it) and what it has written on stderr so far.
 */
export async function startApiProcess(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; stderr: () => string }> {
  const main = fileURLToPath(new URL("../../apps/api/dist/main.js", import.meta.url));
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH, PORT: "0", PORTAL_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stderr?.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const m = /POST (http:\/\/[^/\s]+)\/graphql/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`API exited with ${code}: ${out}${err}`)));
  });
  return { url, child, stderr: () => err };
}
