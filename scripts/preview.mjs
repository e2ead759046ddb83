// `npm run preview`: builds the browser preview and serves it on
// http://localhost:$PORT/preview.html (PORT defaults to 3000). The work is
// in preview/serve.ts (TypeScript, run through tsx).
import { spawn } from 'node:child_process';

const child = spawn(process.execPath, ['--import', 'tsx', 'preview/serve.ts'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
