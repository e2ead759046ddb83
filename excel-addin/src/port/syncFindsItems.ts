import type { ExcelContext } from '../excelSubset';

/**
 * Runs the queued batch; false when something it asked for does not exist
 * (Excel's ItemNotFound: a sheet or a conditional format removed meanwhile),
 * any other failure thrown as it came.
 */
export async function syncFindsItems(ctx: ExcelContext): Promise<boolean> {
  try {
    await ctx.sync();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ItemNotFound') throw error;
    return false;
  }
}
