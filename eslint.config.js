// ESLint: the rules that catch real bugs in this stack. typescript-eslint's recommended rules with type
// information (floating promises, unsafe `any`, misused promises, unbound methods, …) over src/, tests/,
// bench/ and the config files, and eslint-plugin-astro's recommended rules for .astro components.
// Formatting is Prettier's job (.prettierrc); eslint-config-prettier, last, turns off the core rules that would
// fight its output (no-unexpected-multiline flags the `)\n  [key]()` chains Prettier writes).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-*/',
    '.astro/',
    '.cache/',
    'coverage/',
    'tests/.tmp/',
    'bench/.tmp/',
    // a separate Astro project (the bare stack the benchmark compares with), typed by its own astro sync
    'bench/bare/',
    // Vault fixtures and seed notes are test input, not code
    'tests/fixtures/',
    'content/',
    'public/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
      globals: { ...globals.node },
    },
    rules: {
      // A leading `_` marks a parameter kept for the signature, or a key dropped by destructuring
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // astro-eslint-parser reads type information through `project`, not the project service
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
  },
  {
    // Code that runs in the reader's browser
    files: ['src/scripts/**', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Plain JavaScript has no declared types (no checkJs), so every value the no-unsafe-* rules would see is an
    // implicit `any`; the other type-aware rules (floating promises, misused promises, …) still apply.
    files: ['**/*.mjs', '**/*.js'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
]);
