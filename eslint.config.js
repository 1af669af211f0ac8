import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import bans that keep each runtime layer honest (README.md, Layout: "Layers are enforced"). */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'stream'];
const ban = (groups, message) => ({ group: groups, message });
/** Test and bench helpers live in a `test-support/` folder of their layer; the app never imports them (a built-bundle check in scripts/check-bundle.mjs backs this). */
const noTestSupport = ban(
  ['**/test-support/**', '**/test-support'],
  'test-support/ is for *.test.ts, e2e/ and bench/ only: the app bundle must not contain it.',
);
const rendererBans = [
  ban(['electron', 'electron/*', ...nodeBuiltins], 'renderer/ runs in a sandboxed page: reach the OS through window.desktop.'),
  ban(['**/electron/**'], 'renderer/ talks to main only through the window.desktop facade.'),
];
/** The Dexie tables (renderer/db/database.ts); outside renderer/db/ they are reached only through repositories. */
const dexieTables = [
  'koperasi',
  'anggota',
  'peran',
  'kepesertaan',
  'kegiatan',
  'kehadiran',
  'cetakan',
  'perjanjian',
  'program',
  'target',
  'keikutsertaan',
  'journal',
  'meta',
  'konflik',
  'alias',
  'ekspor',
  'impor',
];
const onlyDbTouchesTables = 'Only renderer/db/ touches Dexie tables: read and write through a repository there.';
const noIpcRenderer = { selector: "ImportSpecifier[imported.name='ipcRenderer']", message: 'Only electron/preload/ imports ipcRenderer.' };
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
    files: ['**/*.{ts,tsx}'],
    ignores: ['electron/preload/**'],
    rules: { 'no-restricted-syntax': ['error', noIpcRenderer] },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(['electron', 'electron/*', ...nodeBuiltins], 'shared/ is pure TypeScript: no Node or Electron.'),
            ban(['react', 'react-dom', 'react/*', 'dexie', 'dexie-*'], 'shared/ has no UI and no storage.'),
            ban(['**/renderer/**', '**/electron/**'], 'shared/ depends on nothing else in the project.'),
            noTestSupport,
          ],
        },
      ],
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
    // Only renderer/db/ touches Dexie tables. Elsewhere 'dexie' and the database module give types only, except
    // the one entry point a page or worker needs to open the database (openKopLindungDb, DEFAULT_DB_NAME); table
    // access on a database value (`db.koperasi`, `this.db.impor`, `store.table(…)`) is refused by syntax.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/db/**', 'renderer/**/*.test.{ts,tsx}', 'renderer/test-support/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', allowTypeImports: true, message: onlyDbTouchesTables }],
          patterns: [
            {
              group: ['**/db/database'],
              allowTypeImports: true,
              allowImportNames: ['openKopLindungDb', 'DEFAULT_DB_NAME'],
              message: `${onlyDbTouchesTables} Open the database with openKopLindungDb.`,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        noIpcRenderer,
        {
          selector: `MemberExpression[object.name=/^(db|store|database)$/][property.name=/^(${dexieTables.join('|')}|table|transaction)$/]`,
          message: onlyDbTouchesTables,
        },
        {
          selector: `MemberExpression[object.property.name='db'][property.name=/^(${dexieTables.join('|')}|table|transaction)$/]`,
          message: onlyDbTouchesTables,
        },
      ],
    },
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ban(['zod', 'react', 'dexie', '**/renderer/**', '**/main/**', ...nodeBuiltins], 'The preload is a thin typed facade with no logic.'),
            noTestSupport,
          ],
        },
      ],
    },
  },
);
