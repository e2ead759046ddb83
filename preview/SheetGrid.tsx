import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CellValue } from '../shared/core/cell';
import { cellToText } from '../shared/core/normalize/cellToText';
import type { MarkSeverity } from '../shared/core/port/workbookPort';
import type { MemoryWorkbook } from '../shared/memory/memoryWorkbook';

const FILLS: Record<MarkSeverity, string> = { error: '#FFC7CE', warning: '#FFEB9C', stale: '#E7E6E6', info: '#DDEBF7' };
const SHOWN_ROWS = 300;

const useStyles = makeStyles({
  wrap: { overflow: 'auto', maxHeight: 'calc(100vh - 120px)', border: `1px solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: '2px 6px', whiteSpace: 'nowrap', maxWidth: '220px', overflow: 'hidden', textOverflow: 'ellipsis' },
  head: { position: 'sticky', top: 0, backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  rowNumber: { color: tokens.colorNeutralForeground3, textAlign: 'end' },
});

/** The sheet as the preview's stand-in for Excel: values as typed, Dossier's marks as fills, notes as tooltips. */
export function SheetGrid({ workbook, sheet, selected, onEdited }: { workbook: MemoryWorkbook; sheet: string; selected: { row: number; col: number } | null; onEdited: () => void }) {
  const styles = useStyles();
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | null>(null);
  // A real cell edit through the port, as a person typing in Excel would make it.
  const commit = async () => {
    if (!editing) return;
    await workbook.writeValues(sheet, editing.row, editing.col, [[editing.text === '' ? null : editing.text]]);
    setEditing(null);
    onEdited();
  };
  if (!workbook.hasSheet(sheet)) return <Caption1>{sheet}</Caption1>;
  const data = workbook.sheet(sheet);
  const marks = new Map(data.marks.map((m) => [`${m.row}:${m.col}`, m]));
  const rows = data.values.slice(0, SHOWN_ROWS + 1);
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const text = (cell: CellValue | undefined) => cellToText(cell ?? null);
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label={`Sheet ${sheet}`}>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} data-row={r + 1}>
              <td className={`${styles.cell} ${styles.rowNumber}`}>{r + 1}</td>
              {Array.from({ length: width }, (_, c) => {
                const mark = marks.get(`${r}:${c}`);
                const isSelected = selected?.row === r + 1 && selected.col === c + 1;
                return (
                  <td
                    key={c}
                    data-cell={`${r + 1}:${c + 1}`}
                    onDoubleClick={() => setEditing({ row: r, col: c, text: text(row[c]) })}
                    title={mark?.note}
                    className={`${styles.cell} ${r === 0 ? styles.head : ''}`}
                    style={{ backgroundColor: mark ? FILLS[mark.severity] : undefined, outline: isSelected ? '2px solid #217346' : undefined }}
                  >
                    {editing?.row === r && editing.col === c ? (
                      <input
                        aria-label={`Edit ${r + 1}:${c + 1}`}
                        autoFocus
                        value={editing.text}
                        onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                        onBlur={() => void commit()}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') void commit();
                          if (e.key === 'Escape') setEditing(null);
                        }}
                      />
                    ) : (
                      text(row[c])
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {data.values.length > SHOWN_ROWS + 1 && <Caption1>{`… ${data.values.length - SHOWN_ROWS - 1} more rows`}</Caption1>}
    </div>
  );
}
