import { createCoreCommands } from '../../shared/commands/createCoreCommands';
import { MemoryWorkbook } from '../../shared/memory/memoryWorkbook';
import { FakeAppsScript } from './fakeAppsScript';
import { sidebarOverServer } from './sidebarBridgeServer';

jest.setTimeout(120_000);

const rows = [
  ['Customer ID', 'Name', 'Phone', 'Email'],
  ['C1', '张伟', '13812345678', 'zw@163.com'],
  ['C2', '張偉', '+86 138 1234 5678', 'zw@163.com'],
  ['C3', '王芳', '13900000000', 'wf@qq.com'],
];

describe('the Sheets sidebar bridge', () => {
  it('offers every method the core has', () => {
    const core = createCoreCommands(MemoryWorkbook.fromSheets([]), { today: () => '2026-11-22', now: () => '2026-11-22T00:00:00Z', lang: 'en' });
    const { api } = sidebarOverServer(new FakeAppsScript('UTC'));
    for (const method of Object.keys(core)) expect([method, typeof (api as unknown as Record<string, unknown>)[method]]).toEqual([method, 'function']);
  });

  it('takes back "Not duplicates" across server executions: the cluster comes back and the remembered list is as before', async () => {
    const fake = new FakeAppsScript('UTC');
    fake.addSheet('Customers', rows);
    const { api, executions } = sidebarOverServer(fake);
    const found = await api.findDuplicates();
    expect(found.clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    const stateBefore = fake.state('_dossier_state')?.values.map((r) => [...r]) ?? null;

    await api.markNotDuplicates([2, 3]);
    expect((await api.findDuplicates()).clusters).toEqual([]);
    await api.forgetNotDuplicates!();

    expect((await api.findDuplicates()).clusters.map((c) => c.rows)).toEqual([[2, 3]]);
    const stateAfter = fake.state('_dossier_state')!.values;
    expect(JSON.stringify(stateAfter)).not.toContain('notDuplicates');
    expect(JSON.stringify(stateAfter)).not.toContain('rejectedPairsAdded');
    if (stateBefore) expect(stateAfter.filter((r) => r.some((c) => c !== ''))).toEqual(stateBefore.filter((r) => r.some((c) => c !== '')));
    // Each call its own execution: nothing lived in server memory between them.
    expect(executions.filter((e) => e === 'dossierCommand').length).toBe(5);
  });

  it('takes back only the newest marking, leaving an earlier one remembered', async () => {
    const fake = new FakeAppsScript('UTC');
    fake.addSheet('Customers', [...rows, ['C4', '王芳', '13900000000', 'wf@qq.com']]);
    const { api } = sidebarOverServer(fake);
    expect((await api.findDuplicates()).clusters.map((c) => c.rows)).toEqual([[2, 3], [4, 5]]);
    await api.markNotDuplicates([2, 3]);
    await api.markNotDuplicates([4, 5]);
    await api.forgetNotDuplicates!();
    expect((await api.findDuplicates()).clusters.map((c) => c.rows)).toEqual([[4, 5]]);
    await api.forgetNotDuplicates!();
    expect((await api.findDuplicates()).clusters.map((c) => c.rows)).toEqual([[2, 3], [4, 5]]);
    // Nothing left to take back: no change.
    await api.forgetNotDuplicates!();
    expect((await api.findDuplicates()).clusters).toHaveLength(2);
  });
});
