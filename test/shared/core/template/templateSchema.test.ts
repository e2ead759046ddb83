/**
 * zod is configured jitless where its schemas are built: parsing never
 * reaches for the Function constructor, which a Content-Security-Policy
 * without 'unsafe-eval' (the Excel pane's, the preview's) reports as an
 * error on every load.
 */
describe('templateSchema', () => {
  it('parses a template without ever calling the Function constructor (zod jitless)', async () => {
    const RealFunction = globalThis.Function;
    const calls: unknown[][] = [];
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args) {
        calls.push(args);
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls.push(args);
        return Reflect.apply(target, self, args);
      },
    });
    try {
      const { templateSchema } = await import('../../../../shared/core/template/templateSchema');
      const { defaultTemplate } = await import('../../../../shared/core/template/defaultTemplate');
      for (let k = 0; k < 3; k++) expect(templateSchema.parse(JSON.parse(JSON.stringify(defaultTemplate)))).toEqual(defaultTemplate);
      expect(templateSchema.safeParse({ name: 1 }).success).toBe(false);
    } finally {
      globalThis.Function = RealFunction;
    }
    expect(calls).toEqual([]);
  });
});
