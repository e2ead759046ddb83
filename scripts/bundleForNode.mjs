// One esbuild setup for the code that runs under Node: the CLI and the
// benchmarks are bundled alike, so the benchmarks measure the code as the
// CLI ships it.
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
