import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import bans that keep each runtime layer honest (README.md, Layout: "Layers are enforced"). */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'stream'];
const ban = (groups, message) => ({ group: groups, message });
/** Test and bench helpers live in a `test-support/` folder of their layer; the app never imports them (a built-bundle check in scripts/check-bundle.mjs backs this). */
const noTestSupport = ban(['**/test-support/**', '**/test-support'], 'test-support/ is for *.test.ts, e2e/ and bench/ only: the app bundle must not contain it.');
const rendererBans = [
  ban(['electron', 'electron/*', ...nodeBuiltins], 'renderer/ runs in a sandboxed page: reach the OS through window.desktop.'),
  ban(['**/electron/**'], 'renderer/ talks to main only through the window.desktop facade.'),
];
const mainBans = [
  ban(['react', 'react-dom', 'dexie', 'dexie-*', '**/renderer/**'], 'main does OS integration only; records live in the renderer.'),
  ban(['**/preload/**'], 'main and preload are separate runtimes.'),
];
const mainPaths = [{ name: 'electron', importNames: ['ipcRenderer', 'contextBridge'], message: 'Only the preload uses ipcRenderer.' }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'reports/**', 'renderer/public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ban(['electron', 'electron/*', ...nodeBuiltins], 'shared/ is pure TypeScript: no Node or Electron.'),
        ban(['react', 'react-dom', 'react/*', 'dexie', 'dexie-*'], 'shared/ has no UI and no storage.'),
        ban(['**/renderer/**', '**/electron/**'], 'shared/ depends on nothing else in the project.'),
        noTestSupport,
      ] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'bench/**/*.ts'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule guards React Compiler memoisation, which the project does not use; TanStack Virtual and
      // react-hook-form are fine without it.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { patterns: rendererBans }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...rendererBans, noTestSupport] }] },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: mainBans, paths: mainPaths }] },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...mainBans, noTestSupport], paths: mainPaths }] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ban(['zod', 'react', 'dexie', '**/renderer/**', '**/main/**', ...nodeBuiltins], 'The preload is a thin typed facade with no logic.'),
        noTestSupport,
      ] }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['electron/preload/**'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "ImportSpecifier[imported.name='ipcRenderer']",
        message: 'Only electron/preload/ imports ipcRenderer.',
      }],
    },
  },
);
