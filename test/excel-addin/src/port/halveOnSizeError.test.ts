import { halveOnSizeError } from '../../../../excel-addin/src/port/halveOnSizeError';

describe('halveOnSizeError', () => {
  it('splits until each part fits, covering every row once in order', async () => {
    const done: Array<[number, number]> = [];
    await halveOnSizeError(0, 10, async (start, count) => {
      if (count > 3) throw Object.assign(new Error('big'), { code: 'RequestPayloadSizeLimitExceeded' });
      done.push([start, count]);
    });
    expect(done).toEqual([[0, 2], [2, 3], [5, 2], [7, 3]]);
  });

  it('rethrows other errors at once, and size errors of a single row', async () => {
    const denied = Object.assign(new Error('no'), { code: 'AccessDenied' });
    let calls = 0;
    await expect(halveOnSizeError(0, 8, async () => { calls++; throw denied; })).rejects.toBe(denied);
    expect(calls).toBe(1);
    await expect(halveOnSizeError(0, 1, async () => { throw Object.assign(new Error('x'), { code: 'RangeExceedsLimit' }); })).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });

  it('halves only on the documented size errors: a GeneralException is tried once', async () => {
    for (const code of ['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'RangeExceedsLimit']) {
      let calls = 0;
      await halveOnSizeError(0, 4, async (_start, count) => { calls++; if (count > 2) throw Object.assign(new Error(code), { code }); });
      expect({ code, calls }).toEqual({ code, calls: 3 });
    }
    let calls = 0;
    await expect(halveOnSizeError(0, 4_000, async () => { calls++; throw Object.assign(new Error('internal'), { code: 'GeneralException' }); })).rejects.toMatchObject({ code: 'GeneralException' });
    expect(calls).toBe(1);
  });
});
