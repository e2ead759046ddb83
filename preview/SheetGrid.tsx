import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../shared/core/i18n/lang';
import { previewText } from './previewStrings';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { MarkSeverity } from '../shared/core/port/workbookPort';
import type { RowWindow, SheetListing } from './worker/protocol';

const FILLS: Record<MarkSeverity, string> = { error: '#FFC7CE', warning: '#FFEB9C', stale: '#E7E6E6', info: '#DDEBF7' };
const BLOCK = 100;
const ROW_HEIGHT = 24;
const CELL_WIDTH = 140;
const ROW_NUMBER_WIDTH = 56;
/** A cell's padding and border, outside its width. */
const CELL_EDGES = 13;

const useStyles = makeStyles({
  // Contained: a grid redrawn (new marks after a check) is laid out and painted on its own, not with the pane.
  wrap: { overflow: 'auto', flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke1}`, contain: 'strict' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '0 6px', height: `${ROW_HEIGHT - 1}px`, whiteSpace: 'nowrap', width: `${CELL_WIDTH}px`, maxWidth: `${CELL_WIDTH}px`, overflow: 'hidden', textOverflow: 'ellipsis', color: '#000' },
  // One sticky header row (not a sticky layer per cell).
  thead: { position: 'sticky', top: 0, zIndex: 1 },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  spacer: { padding: 0, border: 'none' },
  rowNumber: { width: `${ROW_NUMBER_WIDTH}px`, minWidth: `${ROW_NUMBER_WIDTH}px`, color: tokens.colorNeutralForeground3, textAlign: 'end' },
});

export interface GridSource {
  rows(sheet: string, from: number, count: number): Promise<RowWindow>;
}

/**
 * The sheet as the preview's stand-in for Excel: values as typed, Dossier's
 * marks as fills, notes as tooltips. Only the rows in view are drawn, fetched
 * a hundred at a time from the vault worker, so 100,000 rows scroll freely.
 */
export function SheetGrid({ source, sheet, version, selected, onEdit, lang }: { lang: Lang; source: GridSource; sheet: SheetListing; version: number; selected: { row: number; col: number } | null; onEdit: (row: number, col: number, text: string) => void }) {
  const styles = useStyles();
  const parent = useRef<HTMLDivElement>(null);
  const [blocks, setBlocks] = useState<Map<number, RowWindow>>(new Map());
  const asked = useRef(new Set<number>());
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  const body = Math.max(0, sheet.rows - 1);
  const virtual = useVirtualizer({ count: body, getScrollElement: () => parent.current, estimateSize: () => ROW_HEIGHT, overscan: 20 });
  // Columns too: a 26-column sheet in a 1,200 px window shows 8; laying out the rest of every drawn row was most of opening a big file's main-thread work.
  const across = useVirtualizer({ horizontal: true, count: sheet.columns, getScrollElement: () => parent.current, estimateSize: () => CELL_WIDTH + CELL_EDGES, paddingStart: ROW_NUMBER_WIDTH + CELL_EDGES, overscan: 2 });

  useEffect(() => {
    asked.current = new Set();
    setBlocks(new Map());
  }, [sheet.name, version]);
  const items = virtual.getVirtualItems();
  const wanted = new Set<number>([0]);
  for (const item of items) wanted.add(Math.floor((item.index + 1) / BLOCK));
  const key = [...wanted].join(',');
  useEffect(() => {
    for (const b of wanted) {
      if (asked.current.has(b)) continue;
      asked.current.add(b);
      void source.rows(sheet.name, b * BLOCK, BLOCK).then((w) => setBlocks((m) => new Map(m).set(b, w)));
    }
  }, [key, sheet.name, version, source, blocks]);
  useEffect(() => {
    if (selected && selected.row > 1) virtual.scrollToIndex(selected.row - 2, { align: 'center' });
    if (selected && selected.col > 0) across.scrollToIndex(selected.col - 1, { align: 'auto' });
  }, [selected]);

  const rowAt = (r: number) => {
    const w = blocks.get(Math.floor(r / BLOCK));
    return w?.rows[r - w.from];
  };
  const markAt = (r: number, c: number) => blocks.get(Math.floor(r / BLOCK))?.marks.find((m) => m.row === r && m.col === c);
  const commit = () => {
    if (!editing) return;
    onEdit(editing.row, editing.col, editing.text);
    setEditing(null);
  };
  const cellOf = (r: number, c: number, head: boolean) => {
    const text = rowAt(r)?.[c] ?? '';
    const mark = markAt(r, c);
    const isSelected = selected?.row === r + 1 && selected.col === c + 1;
    return (
      <td
        key={c}
        data-cell={`${r + 1}:${c + 1}`}
        onDoubleClick={() => setEditing({ row: r, col: c, text })}
        title={mark?.note}
        className={`${styles.cell} ${head ? styles.head : ''}`}
        style={{ backgroundColor: mark ? FILLS[mark.severity] : undefined, outline: isSelected ? '2px solid #217346' : undefined }}
      >
        {editing?.row === r && editing.col === c ? (
          <input
            aria-label={`Edit ${r + 1}:${c + 1}`}
            autoFocus
            value={editing.text}
            onChange={(e) => setEditing({ ...editing, text: e.target.value })}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') setEditing(null);
            }}
          />
        ) : (
          text
        )}
      </td>
    );
  };
  const shown = across.getVirtualItems();
  const columns = shown.map((item) => item.index);
  const left = (shown[0]?.start ?? 0) - (ROW_NUMBER_WIDTH + CELL_EDGES);
  const right = across.getTotalSize() - (shown[shown.length - 1]?.end ?? 0);
  // The columns not drawn, as one empty cell each side, so the table keeps its width and the drawn ones their place.
  const spacers = (cells: JSX.Element[]) => [left > 0 ? <td key="left" aria-hidden className={styles.spacer} style={{ width: left }} /> : null, ...cells, right > 0 ? <td key="right" aria-hidden className={styles.spacer} style={{ width: right }} /> : null];
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <>
      <div ref={parent} className={styles.wrap}>
        {/* A set width makes the layout fixed (columns from the first row), not measured over every cell drawn. */}
        <table className={styles.table} style={{ width: ROW_NUMBER_WIDTH + CELL_EDGES + sheet.columns * (CELL_WIDTH + CELL_EDGES) }} aria-label={`Sheet ${sheet.name}`} aria-rowcount={sheet.rows} data-rows={sheet.rows}>
          <thead className={styles.thead}>
            <tr data-row={1}>
              <td className={`${styles.cell} ${styles.rowNumber} ${styles.head}`}>1</td>
              {spacers(columns.map((c) => cellOf(0, c, true)))}
            </tr>
          </thead>
          <tbody>
            {top > 0 && <tr aria-hidden style={{ height: top }} />}
            {items.map((item) => {
              const r = item.index + 1;
              return (
                <tr key={r} data-row={r + 1} aria-rowindex={r + 1} style={{ height: ROW_HEIGHT }}>
                  <td className={`${styles.cell} ${styles.rowNumber}`}>{r + 1}</td>
                  {spacers(columns.map((c) => cellOf(r, c, false)))}
                </tr>
              );
            })}
            {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
          </tbody>
        </table>
      </div>
      <Caption1>{previewText(lang, 'rows', { count: sheet.rows.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') })}</Caption1>
    </>
  );
}
