import { fireEvent, render, screen } from '@testing-library/react';
import { BusyBar } from '../../../../shared/ui/components/BusyBar';
import { LangContext } from '../../../../shared/ui/i18n/useStrings';

function bar(props: Parameters<typeof BusyBar>[0], lang: 'en' | 'zh' = 'en') {
  return render(<LangContext.Provider value={lang}><BusyBar {...props} /></LangContext.Provider>);
}

describe('BusyBar', () => {
  it('names the phase with rows done of rows, its value the fraction, Cancel beside it', () => {
    const onCancel = jest.fn();
    bar({ progress: { phase: 'write', rows: 100_000, done: 42_000, fraction: 0.7 }, onCancel });
    const progress = screen.getByRole('progressbar', { name: 'Writing rows: 42,000 of 100,000' });
    expect(progress.getAttribute('aria-valuenow')).toBe('0.7');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('in Chinese too', () => {
    bar({ progress: { phase: 'read', rows: 100_000, done: 5_000, fraction: 0.02 }, onCancel: () => undefined }, 'zh');
    expect(screen.getByRole('progressbar', { name: '正在读取：第 5,000 行，共 100,000 行' })).toBeTruthy();
  });

  it('while cancelling, says so and offers Cancel no more; past the point of return, says why', () => {
    const { unmount } = bar({ progress: { phase: 'write', rows: 10, done: 5, fraction: 0.7 }, onCancel: () => undefined, cancelling: true });
    expect(screen.getByRole('progressbar', { name: 'Cancelling: putting the sheet back as it was…' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
    unmount();
    bar({ progress: { phase: 'write', rows: 10, done: 10, fraction: 0.99, committed: true }, onCancel: () => undefined });
    expect(screen.getByText('Finishing: too far along to cancel.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
