// Bundles the command line into dist/cli.js so `npx dossier` starts fast
// after `npm ci` (run by npm's `prepare`), with no TypeScript at run time.
import { bundleForNode } from './bundleForNode.mjs';

await bundleForNode('cli/main.ts', 'dist/cli.js');
