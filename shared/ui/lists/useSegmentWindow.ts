import { useEffect, useState, type RefObject } from 'react';
import { segmentWindow, type Segment } from './segmentWindow';

/** Pixels drawn beyond the visible box on each side, so a quick scroll shows no gap. */
const OVERSCAN = 400;

/**
 * The lines of a scrolling list (`scroller`) to draw now: those in view and a
 * margin around them. Follows scrolling and resizing; the list's lines are
 * runs of equal height (see segmentWindow), so no line is ever measured.
 */
export function useSegmentWindow(scroller: RefObject<HTMLElement | null>, segments: readonly Segment[]) {
  const [box, setBox] = useState({ top: 0, height: 0 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setBox((b) => (b.top === el.scrollTop && b.height === el.clientHeight ? b : { top: el.scrollTop, height: el.clientHeight }));
    update();
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scroller, segments]);
  return segmentWindow(segments, Math.max(0, box.top - OVERSCAN), box.top + box.height + OVERSCAN);
}
