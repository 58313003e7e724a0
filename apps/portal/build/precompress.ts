import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Plugin } from "vite";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text the API sends: fonts in woff/woff2 and images in png are compressed already. */
const COMPRESSIBLE = new Set([".js", ".mjs", ".css", ".html", ".svg", ".json", ".txt", ".map", ".ttf", ".eot"]);

/**
 * Brotli's best level (11) up to 256 KB, where all the portal's scripts lie; level 9 above (the playground's editor
 * and workers, the dkfds style sheet): level 11 takes ten times as long there (13 s against 1,3 s for monaco's
 * 2,8 MB) on every build, for 2–9 % fewer bytes.
 */
const brotliQuality = (size: number) => (size <= 256 * 1024 ? constants.BROTLI_MAX_QUALITY : 9);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : Promise.resolve(entry.isFile() ? [join(dir, entry.name)] : []))),
  );
  return nested.flat();
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every text file of the build, so the API sends them as they are
 * (apps/api/src/common/static-files.ts) instead of compressing on each request. A variant is only kept when it
 * is smaller than the file.
 */
export async function precompress(dir: string): Promise<{ files: number; bytes: number; brotliBytes: number }> {
  const files = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.has(extname(file)));
  let bytes = 0;
  let brotliBytes = 0;
  await Promise.all(
    files.map(async (file) => {
      const plain = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(plain, {
          params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(plain.length), [constants.BROTLI_PARAM_SIZE_HINT]: plain.length },
        }),
        gzipAsync(plain, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      bytes += plain.length;
      brotliBytes += Math.min(br.length, plain.length);
      if (br.length < plain.length) await writeFile(`${file}.br`, br);
      if (gz.length < plain.length) await writeFile(`${file}.gz`, gz);
    }),
  );
  return { files: files.length, bytes, brotliBytes };
}

/** The Vite plugin: runs `precompress` on the output directory once the build has written it. */
export function precompressPlugin(): Plugin {
  let outDir = "dist";
  return {
    name: "overblik:precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      // closeBundle also runs after a failed build: only a written index.html means there is something to compress.
      if (!(await stat(join(outDir, "index.html")).catch(() => null))) return;
      const { files, bytes, brotliBytes } = await precompress(outDir);
      this.info?.(`precompressed ${files} files: ${(bytes / 1024).toFixed(0)} kB → ${(brotliBytes / 1024).toFixed(0)} kB brotli (.br and .gz beside each)`);
    },
  };
}
