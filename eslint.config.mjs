import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layering, VS Code style: shared/core imports nothing outward (no host,
// UI or Node module, no other folder of the project); shared/ui imports the
// core but no host.
const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'util', 'url', 'http', 'https', 'zlib', 'buffer', 'events', 'worker_threads', 'vm', 'readline', 'process'];
const outwardForCore = [
  ...nodeBuiltins.map((name) => ({ name, message: 'shared/core must not import Node modules.' })),
  { name: 'react', message: 'shared/core must not import UI.' },
  { name: 'react-dom', message: 'shared/core must not import UI.' },
  { name: 'exceljs', message: 'File formats belong to shared/files, not the core.' },
  { name: 'papaparse', message: 'File formats belong to shared/files, not the core.' },
  { name: 'iconv-lite', message: 'File formats belong to shared/files, not the core.' },
  { name: 'commander', message: 'The command line lives in cli/.' },
];
const corePatterns = [
  { group: ['node:*'], message: 'shared/core must not import Node modules.' },
  { group: ['@fluentui/*', 'react/*', 'react-dom/*'], message: 'shared/core must not import UI.' },
  { group: ['**/excel-addin/**', '**/sheets-script/**', '**/cli/**', '**/shared/ui/**', '**/shared/files/**', '**/shared/memory/**'], message: 'Imports point inwards: the core imports no port, host or UI.' },
];
const hostGlobals = ['Excel', 'Office', 'OfficeExtension', 'SpreadsheetApp', 'HtmlService', 'ScriptApp', 'MailApp', 'DriveApp', 'LockService', 'PropertiesService', 'Session', 'google', 'window', 'document', 'process', 'require', 'Buffer'].map((name) => ({ name, message: 'shared/core knows nothing of hosts, browsers or Node.' }));

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'test-artifacts/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: render data as text.' }, { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML from data.' }],
    },
  },
  {
    files: ['shared/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: outwardForCore, patterns: corePatterns }],
      'no-restricted-globals': ['error', ...hostGlobals],
    },
  },
  {
    files: ['shared/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/excel-addin/**', '**/sheets-script/**', '**/cli/**', 'node:*'], message: 'The UI talks to hosts only through its command API.' }] }],
      'no-restricted-globals': ['error', ...['Excel', 'SpreadsheetApp'].map((name) => ({ name, message: 'The UI talks to hosts only through its command API.' }))],
    },
  },
  {
    // The command API sits between the core and the pane: it knows neither the pane nor a host.
    files: ['shared/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/**', '**/excel-addin/**', '**/sheets-script/**', '**/cli/**', '**/preview/**'], message: 'Commands import only the core and their own modules.' }] }],
    },
  },
);
