import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * A secret from configuration, or in development one generated once and kept in `dataDir`, so sessions and
 * encrypted personal data survive a restart of `npm start` (and a `npm run worker` beside it reads the same keys).
 * In production env.ts requires them.
 */
export async function configuredSecret(configured: string | undefined, dataDir: string, file: string, bytes: number): Promise<Buffer> {
  if (configured) return Buffer.from(configured, "base64");
  const path = join(dataDir, file);
  try {
    const existing = Buffer.from((await readFile(path, "utf8")).trim(), "base64");
    if (existing.length >= bytes) return existing;
  } catch {
    // first start
  }
  const fresh = randomBytes(bytes);
  await mkdir(dataDir, { recursive: true });
  await writeFile(path, fresh.toString("base64"), { mode: 0o600 });
  return fresh;
}
