import { useEffect, useRef, useState } from 'react';

/** Items fetched at a time: one request brings a screenful and the next. */
export const PAGE = 100;

type Pages<T> = { key: string; map: Map<number, readonly T[]> };

/**
 * Items of a long list that lives elsewhere (the preview's worker) or here,
 * fetched a page at a time for the indexes shown. `key` names the list as
 * arranged now (a new filter is a new key): pages of an old key are dropped.
 * Returns the item at an index, or undefined while its page is on its way.
 */
export function usePagedItems<T>(key: string, fetch: (from: number, count: number) => Promise<readonly T[]>, shown: readonly number[]): (index: number) => T | undefined {
  const [pages, setPages] = useState<Pages<T>>({ key, map: new Map() });
  const asked = useRef<{ key: string; set: Set<number> }>({ key, set: new Set() });
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);
  if (asked.current.key !== key) asked.current = { key, set: new Set() };
  const wanted = [...new Set(shown.map((i) => Math.floor(i / PAGE)))];
  const wantedKey = wanted.join(',');
  useEffect(() => {
    const mine = asked.current;
    for (const page of wanted) {
      if (mine.set.has(page)) continue;
      mine.set.add(page);
      fetch(page * PAGE, PAGE).then(
        (items) => {
          // Kept only while this arrangement is still the one shown.
          if (mounted.current && asked.current === mine) setPages((p) => ({ key, map: new Map(p.key === key ? p.map : []).set(page, items) }));
        },
        // A list gone with its worker (after Cancel): the lines stay blank, the rest of the pane works.
        () => mine.set.delete(page),
      );
    }
  }, [key, wantedKey]);
  return (index) => (pages.key === key ? pages.map.get(Math.floor(index / PAGE))?.[index % PAGE] : undefined);
}
