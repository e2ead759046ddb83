// jsdom has no layout: Fluent's MessageBar and the virtualizer ask for ResizeObserver, which only measures.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: typeof NoLayoutResizeObserver }).ResizeObserver ??= NoLayoutResizeObserver;
