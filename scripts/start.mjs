// `npm start`: Dossier's main job on the bundled sample. Checks
// examples/customers-sample.xlsx and writes a fixed copy beside it (the
// sample itself is never changed), then says where the copy is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const sample = 'examples/customers-sample.xlsx';
const fixed = 'examples/customers-sample.fixed.xlsx';

if (!existsSync('dist/cli.js')) {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = (args) => spawnSync(process.execPath, ['bin/dossier.js', ...args], { stdio: 'inherit' }).status;

console.log(`$ dossier check ${sample}`);
const checked = run(['check', sample]);
if (checked === 2) process.exit(2);
console.log(`\n$ dossier fix ${sample} -o ${fixed}`);
const fixedStatus = run(['fix', sample, '-o', fixed]);
if (fixedStatus !== 0) process.exit(fixedStatus ?? 1);
console.log(`\nThe fixed copy is ${fixed}; the findings that remain are errors a person must correct (dossier check ${fixed}).`);
