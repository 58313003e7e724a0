// @ts-check
// One lint configuration for the whole repository: type-aware TypeScript rules everywhere, React hooks and
// accessibility rules for the portal, and eslint-config-prettier last so formatting is left to Prettier alone.
import js from "@eslint/js";
import prettier from "eslint-config-prettier/flat";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores([
    "**/dist/",
    "**/coverage/",
    "**/.turbo/",
    "**/.data/",
    "tests/.artifacts/",
    // Written by `npm run codegen`; its generator is linted instead.
    "packages/graphql-client/src/generated.ts",
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Config files that no tsconfig includes; a glob here may not contain "**".
          allowDefaultProject: ["apps/*/vitest.config.ts", "packages/*/vitest.config.ts"],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true, allowBoolean: true }],
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      // Resolvers and services are async by contract (they return a Promise whatever their body does).
      "@typescript-eslint/require-await": "off",
      eqeqeq: ["error", "smart"],
    },
  },

  // The portal's Vite config and build scripts run in Node under their own tsconfig (the project service finds only tsconfig.json).
  {
    files: ["apps/portal/vite.config.ts", "apps/portal/build/**/*.ts"],
    languageOptions: { parserOptions: { projectService: false, project: "./apps/portal/tsconfig.node.json", tsconfigRootDir: import.meta.dirname } },
  },

  // Plain JavaScript (scripts, benches, the codegen): Node globals, no type information to lint with.
  {
    files: ["**/*.{js,mjs,cjs}"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  // The portal: React's rules of hooks and accessibility, both as errors.
  {
    files: ["apps/portal/src/**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      "react-hooks/exhaustive-deps": "error",
      // Reports only that the React Compiler would skip a component; the portal is not built with the compiler.
      "react-hooks/preserve-manual-memoization": "off",
      // A scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1; axe's scrollable-region-focusable).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true }],
    },
  },

  prettier,
);
