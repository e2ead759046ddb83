import type { Settings } from '../../../shared/commands/commandApi';
import { settingsProblems } from '../../../shared/commands/settingsProblems';

const good: Settings = { lang: null, region: 'CN', staleDays: 90, followUpWindowDays: 7, keepSnapshots: 10, dateOrder: null };

describe('settingsProblems', () => {
  it('accepts sound settings', () => {
    expect(settingsProblems(good)).toEqual([]);
    expect(settingsProblems({ ...good, region: 'GB', followUpWindowDays: 0 })).toEqual([]);
  });

  it('rejects a region the phone rules do not know, saying what to type, in both languages', () => {
    const [problem] = settingsProblems({ ...good, region: 'ZZ' });
    expect(problem!.field).toBe('region');
    expect(problem!.message.en).toContain('"ZZ" is not a country code');
    expect(problem!.message.zh).toContain('"ZZ"不是可识别的国家/地区代码');
  });

  it('rejects an emptied or zero "stale after" instead of saving 0', () => {
    for (const staleDays of [Number.NaN, 0, -3, 1.5]) {
      expect(settingsProblems({ ...good, staleDays }).map((p) => p.field)).toEqual(['staleDays']);
    }
  });

  it('names every field that is wrong', () => {
    expect(settingsProblems({ ...good, region: 'C', staleDays: 0, followUpWindowDays: -1, keepSnapshots: 0 }).map((p) => p.field)).toEqual(['region', 'staleDays', 'followUpWindowDays', 'keepSnapshots']);
  });
});
