// jsdom has no layout: Fluent's MessageBar and the virtualizer ask for ResizeObserver, which only measures.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: typeof NoLayoutResizeObserver }).ResizeObserver ??= NoLayoutResizeObserver;

// jsdom's window hides Node's structuredClone, which vega-lite (the report's charts) calls when it loads.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const v8 = require('node:v8') as typeof import('node:v8');
(globalThis as unknown as { structuredClone: (value: unknown) => unknown }).structuredClone ??= (value: unknown) => v8.deserialize(v8.serialize(value));

// Browsers have TextEncoder (erasure hashes with it); jsdom's window does not expose Node's.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const util = require('node:util') as typeof import('node:util');
(globalThis as unknown as { TextEncoder: typeof util.TextEncoder }).TextEncoder ??= util.TextEncoder;
