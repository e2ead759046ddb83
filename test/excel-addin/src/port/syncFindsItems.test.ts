import type { ExcelContext } from '../../../../excel-addin/src/excelSubset';
import { syncFindsItems } from '../../../../excel-addin/src/port/syncFindsItems';

function contextFailingWith(error: unknown): ExcelContext {
  return { sync: async () => { if (error) throw error; } } as unknown as ExcelContext;
}

describe('syncFindsItems', () => {
  it('is true when the batch runs', async () => {
    await expect(syncFindsItems(contextFailingWith(null))).resolves.toBe(true);
  });

  it('is false when something the batch asked for does not exist', async () => {
    await expect(syncFindsItems(contextFailingWith(Object.assign(new Error('gone'), { code: 'ItemNotFound' })))).resolves.toBe(false);
  });

  it('throws any other failure as it came', async () => {
    const denied = Object.assign(new Error('denied'), { code: 'AccessDenied' });
    await expect(syncFindsItems(contextFailingWith(denied))).rejects.toBe(denied);
  });
});
