import type { CheckResult } from '../../../shared/commands/commandApi';
import type { Finding } from '../../../shared/core/findings/finding';
import { partSize } from '../../../preview/worker/chunkedValue';
import { holdLists, type HeldCheck } from '../../../preview/worker/heldLists';

const finding = (row: number, severity: 'error' | 'warning', field = 'phone'): Finding => ({ row, field, severity, code: 'x', message: 'm', value: 'v', suggestion: severity === 'warning' ? 's' : null });

describe('lists kept in the compute worker', () => {
  const findings = Array.from({ length: 5000 }, (_, i) => finding(i + 2, i % 3 === 0 ? 'error' : 'warning', i % 2 ? 'phone' : 'email'));
  const result: CheckResult = { sheet: 'S', rows: 5000, findings, summary: { errors: 1667, warnings: 3333 }, columns: {}, labels: {} };

  it('a check goes to the page without its findings, with counts; windows are served from the kept list', () => {
    const held = holdLists();
    const sent = held.keep('check', result) as HeldCheck;
    expect(sent.findings).toEqual([]);
    expect(JSON.stringify(sent).length).toBeLessThan(1000);
    expect(sent.pages.total).toBe(5000);
    expect(sent.pages.groups.map((g) => g.field)).toEqual(['email', 'phone']);
    const errors = held.window(sent.pages.list, 'error', 0, 10) as Finding[];
    expect(errors).toHaveLength(10);
    expect(errors.every((f) => f.severity === 'error' && f.field === 'email')).toBe(true);
  });

  it('keeps only the latest list per command; an older one is refused, not served stale', () => {
    const held = holdLists();
    const first = held.keep('check', result) as HeldCheck;
    const second = held.keep('check', result) as HeldCheck;
    expect(() => held.window(first.pages.list, 'all', 0, 1)).toThrow();
    expect(held.window(second.pages.list, 'all', 0, 1)).toHaveLength(1);
  });

  it('leaves other results as they are', () => {
    const value = { sheet: 'S', rows: 3 };
    expect(holdLists().keep('status', value)).toBe(value);
  });

  it('parts of heavy items are smaller: about 64 kB each', () => {
    const light = Array.from({ length: 3000 }, (_, i) => i);
    const heavy = Array.from({ length: 3000 }, () => ({ members: Array.from({ length: 3 }, () => ({ values: { name: 'x'.repeat(200), email: 'y'.repeat(200) } })) }));
    expect(partSize(light)).toBe(1000);
    expect(partSize(heavy)).toBeLessThan(60);
    expect(partSize(heavy) * JSON.stringify(heavy[0]).length).toBeLessThanOrEqual(64 * 1024);
  });
});
