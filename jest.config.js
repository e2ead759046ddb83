/** Every test lives under test/, mirroring the source tree. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }];
// ESM-only packages that must be transformed for Jest's CommonJS runtime.
const esmPackages = ['vega-lite'].join('|');
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
module.exports = {
  // Property tests and command-line runs on a busy 2-core CI machine: correctness, not speed, is tested here.
  // (A global option: Jest ignores it inside a project.)
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.ts$'] },
    { ...common, displayName: 'ui', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/**/*.test.tsx'], setupFiles: ['<rootDir>/test/setup/jsdom.ts'] },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.e2e.test.ts'] },
  ],
};
