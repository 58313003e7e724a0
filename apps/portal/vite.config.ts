import react from "@vitejs/plugin-react";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { precompressPlugin } from "./build/precompress.ts";

const here = dirname(fileURLToPath(import.meta.url));
// dkfds only exports its JS ("." → dist/js/dkfds.min.js); its CSS, fonts and icons sit beside it in
// dist/. The alias lets the source import "dkfds/dist/…" from the installed package (no CDN).
const dkfdsDist = resolve(dirname(createRequire(import.meta.url).resolve("dkfds")), "..");

// `npm run dev` (scripts/dev.mjs) names the API it started and the port; alone, `vite` expects `npm start`'s API.
const api = process.env.OVERBLIK_API_URL ?? "http://localhost:4000";
const port = Number(process.env.PORTAL_DEV_PORT ?? 5173);

export default defineConfig({
  plugins: [react(), precompressPlugin()],
  resolve: {
    alias: [{ find: /^dkfds\/dist\/(.*)$/, replacement: `${dkfdsDist}/$1` }],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // GraphiQL (monaco) is ~ 7 MB; it has its own entry so the portal never loads it.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // graphiql's packages carry React Compiler "use no memo" directives; bundling drops them
      // harmlessly, and a page of warnings per build would hide real ones.
      onwarn(warning, warn) {
        if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("use no memo")) return;
        warn(warning);
      },
      input: {
        index: resolve(here, "index.html"),
        playground: resolve(here, "playground.html"),
      },
      output: {
        // React is what both pages share; naming its chunk keeps the build report readable. Each page of the portal
        // is a chunk of its own (app/router.tsx); the libraries every page needs have named chunks that stay the
        // same (and cached) when only the portal's own code changes.
        codeSplitting: {
          groups: [
            { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: "apollo", test: /[\\/]node_modules[\\/](@apollo[\\/]client|rxjs|optimism|@wry)[\\/]/ },
            // The typed documents (packages/graphql-client): one module, so one chunk for all pages.
            { name: "documents", test: /[\\/]graphql-client[\\/]dist[\\/]/ },
          ],
        },
      },
    },
  },
  worker: { format: "es" },
  optimizeDeps: {
    // Only reached from monaco-graphql's web worker, which the dev optimizer does not scan; both
    // pull in CommonJS packages (nullthrows, picomatch-browser) that a browser cannot import raw.
    include: ["graphql-language-service", "picomatch-browser"],
  },
  server: {
    port,
    strictPort: true,
    proxy: {
      "/graphql": {
        target: api,
        // As in production (the API serves it): a browser opening /graphql gets the playground.
        bypass: (req) => (req.method === "GET" && req.headers.accept?.includes("text/html") ? "/playground.html" : undefined),
      },
      "/healthz": api,
      // The Excel exports (the session cookie goes along, as in production).
      "/export": api,
      // Single sign-on: the API sends the browser to the organisation and takes it back (modules/oidc).
      "/auth/oidc": api,
      // The accessibility statement's short address: the API redirects to the installation's statement.
      "/was": api,
    },
  },
});
