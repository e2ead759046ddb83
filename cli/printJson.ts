/** cli.md: `--format json` prints exactly one JSON document to stdout and nothing else there. */
export function printJson(document: unknown): void {
  process.stdout.write(`${JSON.stringify(document)}\n`);
}
