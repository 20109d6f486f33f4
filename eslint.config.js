// Lint: type-aware rules that catch what once took the server down (a promise left floating),
// no `any`, and the layering (game/ ← client/, server/; client/ and server/ reach game/ only
// through its public entry points).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What client/ and server/ may import from game/: the barrel and the named public entry points. */
const gameInternals = {
  // gitignore order: later lines override earlier ones, and a folder must be re-included before its files.
  group: ['**/game/*', '!**/game/index', '!**/game/analysis', '!**/game/bots', '!**/game/hints', '!**/game/lab', '!**/game/sim', '!**/game/wire', '**/game/*/**', '!**/game/wire/*'],
  message: 'Import game/ through game/index.ts or a named public entry point (game/analysis, game/bots, game/hints, game/lab, game/sim, game/wire/*).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Values of unknown shape from the wire are narrowed by schemas, not by these rules.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['game/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/client/**', '**/server/**', '**/tests/**'], message: 'game/ imports nothing outside itself.' },
        { group: ['phaser', 'koa*', 'socket.io*', 'pg', 'better-sqlite3', 'ioredis', 'node:*'], message: 'game/ is pure: no DOM, network, storage or Node.' },
      ] }],
    },
  },
  {
    files: ['client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        gameInternals,
        { group: ['**/server/**', '**/tests/**'], message: 'client/ never imports server/ or tests/.' },
      ] }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        gameInternals,
        { group: ['**/client/**', '**/tests/**'], message: 'server/ never imports client/ or tests/.' },
      ] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
