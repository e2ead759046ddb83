// The esbuild setup for the benchmarks (one CommonJS file). The CLI
// (build-cli.mjs) has the same target and platform, split into ES modules
// per command so a command loads only its own code; the code both run is
// compiled alike.
import { build } from 'esbuild';

export function bundleForNode(entryPoint, outfile) {
  return build({
    entryPoints: [entryPoint],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    sourcemap: false,
    logLevel: 'warning',
  });
}
